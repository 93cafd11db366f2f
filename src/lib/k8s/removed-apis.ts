// API versions that older Kubernetes releases served and that are gone now.
// kubernetes-models merges the OpenAPI specs of older releases into the latest
// one so that old manifests still type-check; this table is how the generator
// tells those leftovers from what the pinned release serves, and the kind
// catalogue (content/kinds/*.yaml) must list the same removals (a test checks).
// Source: https://kubernetes.io/docs/reference/using-api/deprecation-guide/
// Whole group-versions stopped being served at once (apps/v1beta1, apps/v1beta2
// and extensions/v1beta1 for workloads in 1.16, the *v1beta1 groups in 1.22 and
// 1.25), so kinds the guide does not name individually (ControllerRevision,
// SelfSubjectRulesReview, subresource kinds) are listed with their group-version.

export interface RemovedApi {
  apiVersion: string;
  kind: string;
  /** the first release that no longer serves it */
  removedIn: string;
  /** the apiVersion to migrate to, or null when the kind itself is gone */
  replacement: string | null;
}

const row = (apiVersion: string, kind: string, removedIn: string, replacement: string | null): RemovedApi => ({
  apiVersion,
  kind,
  removedIn,
  replacement,
});

export const REMOVED_APIS: readonly RemovedApi[] = [
  // 1.16: workloads out of extensions/v1beta1, apps/v1beta1 and apps/v1beta2
  row('extensions/v1beta1', 'DaemonSet', '1.16', 'apps/v1'),
  row('extensions/v1beta1', 'Deployment', '1.16', 'apps/v1'),
  row('extensions/v1beta1', 'ReplicaSet', '1.16', 'apps/v1'),
  row('extensions/v1beta1', 'NetworkPolicy', '1.16', 'networking.k8s.io/v1'),
  // PodSecurityPolicy moved to policy/v1beta1 in 1.16 and was removed altogether in 1.25
  row('extensions/v1beta1', 'PodSecurityPolicy', '1.16', 'policy/v1beta1'),
  row('extensions/v1beta1', 'DeploymentRollback', '1.16', null),
  row('extensions/v1beta1', 'Scale', '1.16', 'autoscaling/v1'),
  row('apps/v1beta1', 'ControllerRevision', '1.16', 'apps/v1'),
  row('apps/v1beta1', 'Deployment', '1.16', 'apps/v1'),
  row('apps/v1beta1', 'DeploymentRollback', '1.16', null),
  row('apps/v1beta1', 'Scale', '1.16', 'autoscaling/v1'),
  row('apps/v1beta1', 'StatefulSet', '1.16', 'apps/v1'),
  row('apps/v1beta2', 'ControllerRevision', '1.16', 'apps/v1'),
  row('apps/v1beta2', 'DaemonSet', '1.16', 'apps/v1'),
  row('apps/v1beta2', 'Deployment', '1.16', 'apps/v1'),
  row('apps/v1beta2', 'ReplicaSet', '1.16', 'apps/v1'),
  row('apps/v1beta2', 'Scale', '1.16', 'autoscaling/v1'),
  row('apps/v1beta2', 'StatefulSet', '1.16', 'apps/v1'),
  // 1.22
  row('admissionregistration.k8s.io/v1beta1', 'MutatingWebhookConfiguration', '1.22', 'admissionregistration.k8s.io/v1'),
  row('admissionregistration.k8s.io/v1beta1', 'ValidatingWebhookConfiguration', '1.22', 'admissionregistration.k8s.io/v1'),
  row('apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition', '1.22', 'apiextensions.k8s.io/v1'),
  row('apiregistration.k8s.io/v1beta1', 'APIService', '1.22', 'apiregistration.k8s.io/v1'),
  row('authentication.k8s.io/v1beta1', 'TokenReview', '1.22', 'authentication.k8s.io/v1'),
  row('authorization.k8s.io/v1beta1', 'LocalSubjectAccessReview', '1.22', 'authorization.k8s.io/v1'),
  row('authorization.k8s.io/v1beta1', 'SelfSubjectAccessReview', '1.22', 'authorization.k8s.io/v1'),
  row('authorization.k8s.io/v1beta1', 'SelfSubjectRulesReview', '1.22', 'authorization.k8s.io/v1'),
  row('authorization.k8s.io/v1beta1', 'SubjectAccessReview', '1.22', 'authorization.k8s.io/v1'),
  row('certificates.k8s.io/v1beta1', 'CertificateSigningRequest', '1.22', 'certificates.k8s.io/v1'),
  row('coordination.k8s.io/v1beta1', 'Lease', '1.22', 'coordination.k8s.io/v1'),
  row('extensions/v1beta1', 'Ingress', '1.22', 'networking.k8s.io/v1'),
  row('networking.k8s.io/v1beta1', 'Ingress', '1.22', 'networking.k8s.io/v1'),
  row('networking.k8s.io/v1beta1', 'IngressClass', '1.22', 'networking.k8s.io/v1'),
  row('rbac.authorization.k8s.io/v1beta1', 'ClusterRole', '1.22', 'rbac.authorization.k8s.io/v1'),
  row('rbac.authorization.k8s.io/v1beta1', 'ClusterRoleBinding', '1.22', 'rbac.authorization.k8s.io/v1'),
  row('rbac.authorization.k8s.io/v1beta1', 'Role', '1.22', 'rbac.authorization.k8s.io/v1'),
  row('rbac.authorization.k8s.io/v1beta1', 'RoleBinding', '1.22', 'rbac.authorization.k8s.io/v1'),
  row('scheduling.k8s.io/v1beta1', 'PriorityClass', '1.22', 'scheduling.k8s.io/v1'),
  row('storage.k8s.io/v1beta1', 'CSIDriver', '1.22', 'storage.k8s.io/v1'),
  row('storage.k8s.io/v1beta1', 'CSINode', '1.22', 'storage.k8s.io/v1'),
  row('storage.k8s.io/v1beta1', 'StorageClass', '1.22', 'storage.k8s.io/v1'),
  row('storage.k8s.io/v1beta1', 'VolumeAttachment', '1.22', 'storage.k8s.io/v1'),
  // 1.25
  row('batch/v1beta1', 'CronJob', '1.25', 'batch/v1'),
  row('discovery.k8s.io/v1beta1', 'EndpointSlice', '1.25', 'discovery.k8s.io/v1'),
  row('events.k8s.io/v1beta1', 'Event', '1.25', 'events.k8s.io/v1'),
  row('autoscaling/v2beta1', 'HorizontalPodAutoscaler', '1.25', 'autoscaling/v2'),
  row('policy/v1beta1', 'PodDisruptionBudget', '1.25', 'policy/v1'),
  // no replacement kind: Pod Security Admission (namespace labels) took over
  row('policy/v1beta1', 'PodSecurityPolicy', '1.25', null),
  // policy/v1beta1 has no resources left after 1.25; eviction is posted as policy/v1
  row('policy/v1beta1', 'Eviction', '1.25', 'policy/v1'),
  row('node.k8s.io/v1beta1', 'RuntimeClass', '1.25', 'node.k8s.io/v1'),
  // 1.26
  row('flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema', '1.26', 'flowcontrol.apiserver.k8s.io/v1'),
  row('flowcontrol.apiserver.k8s.io/v1beta1', 'PriorityLevelConfiguration', '1.26', 'flowcontrol.apiserver.k8s.io/v1'),
  row('autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.26', 'autoscaling/v2'),
  // 1.27
  row('storage.k8s.io/v1beta1', 'CSIStorageCapacity', '1.27', 'storage.k8s.io/v1'),
  // 1.29
  row('flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema', '1.29', 'flowcontrol.apiserver.k8s.io/v1'),
  row('flowcontrol.apiserver.k8s.io/v1beta2', 'PriorityLevelConfiguration', '1.29', 'flowcontrol.apiserver.k8s.io/v1'),
  // 1.32
  row('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.32', 'flowcontrol.apiserver.k8s.io/v1'),
  row('flowcontrol.apiserver.k8s.io/v1beta3', 'PriorityLevelConfiguration', '1.32', 'flowcontrol.apiserver.k8s.io/v1'),
];

/** Whether (apiVersion, kind) is a removed API. List kinds follow their item kind. */
export function findRemovedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  const itemKind = kind.endsWith('List') ? kind.slice(0, -'List'.length) : kind;
  return REMOVED_APIS.find((r) => r.apiVersion === apiVersion && r.kind === itemKind);
}
