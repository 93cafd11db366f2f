// Which names the API server accepts, kind by kind. Each kind's validation passes its own name
// function to ValidateObjectMeta (kubernetes/kubernetes pkg/apis/<group>/validation/validation.go);
// afterwards rest.BeforeCreate (k8s.io/apiserver/pkg/registry/rest/create.go) checks every name
// again with path.ValidatePathSegmentName, so that rule is the floor for all kinds. The same
// function checks metadata.generateName with prefix=true (a suffix will follow the prefix).
// tests/unit/validator/name-rules.test.ts keeps this table in step with the kinds we know.
import { isDns1035Label, isDnsLabel, isDnsSubdomain, isIpAddress, isPathSegmentName, maskTrailingDash } from './names.ts';
import { isRecord } from './resources.ts';

export type NameFamily =
  | 'dns-subdomain' | 'dns-label' | 'service' | 'path-segment' | 'ip-address'
  | 'custom-resource-definition' | 'api-service' | 'cronjob' | 'job' | 'priority-class' | 'nameless';

/** `Kind` for the core group, `group/Kind` for the others (the apiVersion without its version). */
const FAMILIES: Record<NameFamily, readonly string[]> = {
  // apimachineryvalidation.NameIsDNSSubdomain, under the names ValidatePodName, ValidateSecretName,
  // ValidateConfigMapName, ValidateNodeName, ValidateClassName, ValidateServiceAccountName, ... in
  // pkg/apis/core/validation; ValidateDeploymentName, ValidateStatefulSetName, ... in
  // pkg/apis/apps/validation; the others pass NameIsDNSSubdomain directly. Core v1 Events are not
  // here: only events.k8s.io validates an Event's name (ValidateEventCreate skips it for v1).
  // Binding, Eviction, Scale and TokenRequest are posted to a subresource of the object they name,
  // so their name is that Pod's, workload's or ServiceAccount's.
  'dns-subdomain': [
    'Binding', 'ConfigMap', 'Endpoints', 'LimitRange', 'Node', 'PersistentVolume', 'PersistentVolumeClaim', 'Pod',
    'PodTemplate', 'ReplicationController', 'ResourceQuota', 'Secret', 'ServiceAccount',
    'admissionregistration.k8s.io/MutatingAdmissionPolicy', 'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/MutatingWebhookConfiguration', 'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding', 'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
    'apps/ControllerRevision', 'apps/DaemonSet', 'apps/Deployment', 'apps/ReplicaSet', 'apps/StatefulSet',
    'authentication.k8s.io/TokenRequest', 'autoscaling/HorizontalPodAutoscaler', 'autoscaling/Scale',
    'coordination.k8s.io/Lease', 'discovery.k8s.io/EndpointSlice', 'events.k8s.io/Event',
    'flowcontrol.apiserver.k8s.io/FlowSchema', 'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
    'networking.k8s.io/Ingress', 'networking.k8s.io/IngressClass', 'networking.k8s.io/NetworkPolicy',
    'networking.k8s.io/ServiceCIDR', 'node.k8s.io/RuntimeClass', 'policy/Eviction',
    'resource.k8s.io/DeviceClass', 'resource.k8s.io/ResourceClaim', 'resource.k8s.io/ResourceClaimTemplate',
    'resource.k8s.io/ResourceSlice', 'storage.k8s.io/CSIDriver', 'storage.k8s.io/CSINode',
    'storage.k8s.io/CSIStorageCapacity', 'storage.k8s.io/StorageClass', 'storage.k8s.io/VolumeAttachment',
    'storage.k8s.io/VolumeAttributesClass',
  ],
  // ValidateNamespaceName = NameIsDNSLabel: a namespace becomes a DNS label of Service names.
  'dns-label': ['Namespace'],
  // ValidateServiceName = NameIsDNS1035Label, relaxed to NameIsDNSLabel (a leading digit allowed) by the
  // RelaxedServiceNameValidation gate: alpha in 1.34, beta in 1.36 (KEP-5311).
  service: ['Service'],
  // Only the registry's floor: minimalNameRequirements (= path.IsValidPathSegmentName) in
  // pkg/apis/rbac/validation, so `system:kube-scheduler` is a valid ClusterRole; certificates'
  // ValidateCertificateRequestName returns nothing; PodDisruptionBudget and core v1 Event pass no
  // name function at all; ComponentStatus is read-only.
  'path-segment': [
    'ComponentStatus', 'Event', 'certificates.k8s.io/CertificateSigningRequest', 'policy/PodDisruptionBudget',
    'rbac.authorization.k8s.io/ClusterRole', 'rbac.authorization.k8s.io/ClusterRoleBinding',
    'rbac.authorization.k8s.io/Role', 'rbac.authorization.k8s.io/RoleBinding',
  ],
  // ValidateIPAddressName (pkg/apis/networking/validation): the name is the allocated address.
  'ip-address': ['networking.k8s.io/IPAddress'],
  // ValidateCustomResourceDefinition: a DNS subdomain that equals spec.names.plural + "." + spec.group.
  'custom-resource-definition': ['apiextensions.k8s.io/CustomResourceDefinition'],
  // ValidateAPIService (kube-aggregator): a path segment that equals spec.version + "." + spec.group.
  'api-service': ['apiregistration.k8s.io/APIService'],
  // ValidateCronJobCreate: ValidateReplicationControllerName, and at most 52 characters (the Jobs it
  // creates append an 11-character suffix and must stay a 63-character label value).
  cronjob: ['batch/CronJob'],
  // ValidateJob: ValidateReplicationControllerName; without spec.manualSelector the job strategy copies
  // the name into the Pod template's job-name labels, whose values take at most 63 characters.
  job: ['batch/Job'],
  // ValidatePriorityClass: NameIsDNSSubdomain, and names starting with system- are reserved for the
  // classes the API server creates itself (IsKnownSystemPriorityClass).
  'priority-class': ['scheduling.k8s.io/PriorityClass'],
  // Create-only requests: the API answers them and stores nothing, so they need no name.
  nameless: [
    'authentication.k8s.io/SelfSubjectReview', 'authentication.k8s.io/TokenReview',
    'authorization.k8s.io/LocalSubjectAccessReview', 'authorization.k8s.io/SelfSubjectAccessReview',
    'authorization.k8s.io/SelfSubjectRulesReview', 'authorization.k8s.io/SubjectAccessReview',
  ],
};

const BY_KIND = new Map<string, NameFamily>(
  Object.entries(FAMILIES).flatMap(([family, kinds]) => kinds.map((key) => [key, family as NameFamily] as const)),
);

export function nameKey(apiVersion: string, kind: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? kind : `${apiVersion.slice(0, slash)}/${kind}`;
}

/** Every kind the table names, for the completeness test. */
export const NAMED_KINDS: readonly string[] = [...BY_KIND.keys()];

/**
 * The family of a kind. Kinds the table does not know are custom resources, whose names the
 * apiextensions server checks as DNS subdomains (customresource validator, NameIsDNSSubdomain).
 */
export function nameFamilyOf(apiVersion: string, kind: string): NameFamily {
  return BY_KIND.get(nameKey(apiVersion, kind)) ?? 'dns-subdomain';
}

export interface NameProblem {
  messageId: string;
  data?: Record<string, string | number>;
  /** accepted by the pinned release, rejected by older ones */
  warning?: true;
}

const SYSTEM_PRIORITY_CLASSES = new Set(['system-cluster-critical', 'system-node-critical']);

/** What is wrong with a name (or, with `prefix`, a generateName) of this family; undefined when nothing. */
export function nameProblem(family: NameFamily, name: string, prefix: boolean, object: Record<string, unknown>): NameProblem | undefined {
  const masked = prefix ? maskTrailingDash(name) : name;
  const spec = isRecord(object.spec) ? object.spec : {};
  switch (family) {
    case 'nameless':
    case 'dns-subdomain':
      return isDnsSubdomain(masked) ? undefined : { messageId: 'subdomain' };
    case 'dns-label':
      return isDnsLabel(masked) ? undefined : { messageId: 'label' };
    case 'service':
      if (!isDnsLabel(masked)) return { messageId: 'label' };
      return isDns1035Label(masked) ? undefined : { messageId: 'rfc1035', warning: true };
    case 'path-segment':
      return isPathSegmentName(name, prefix) ? undefined : { messageId: 'path-segment' };
    case 'ip-address':
      return isIpAddress(name) ? undefined : { messageId: 'ip-address' };
    case 'custom-resource-definition': {
      if (!isDnsSubdomain(masked)) return { messageId: 'subdomain' };
      const names = isRecord(spec.names) ? spec.names : {};
      if (typeof names.plural !== 'string' || typeof spec.group !== 'string') return undefined; // reported as missing fields
      const expected = `${names.plural}.${spec.group}`;
      return name === expected ? undefined : { messageId: 'crd-name', data: { expected } };
    }
    case 'api-service': {
      if (!isPathSegmentName(name)) return { messageId: 'path-segment' };
      if (typeof spec.version !== 'string') return undefined;
      const expected = `${spec.version}.${typeof spec.group === 'string' ? spec.group : ''}`;
      return name === expected ? undefined : { messageId: 'api-service-name', data: { expected } };
    }
    case 'cronjob':
      if (!isDnsSubdomain(masked)) return { messageId: 'subdomain' };
      return prefix || name.length <= 52 ? undefined : { messageId: 'cronjob-length', data: { length: name.length } };
    case 'job':
      if (!isDnsSubdomain(masked)) return { messageId: 'subdomain' };
      return prefix || name.length <= 63 || spec.manualSelector === true ? undefined : { messageId: 'job-length', data: { length: name.length } };
    case 'priority-class':
      if (!isDnsSubdomain(masked)) return { messageId: 'subdomain' };
      // a generated name (prefix + random characters) is never one of the system classes
      return !name.startsWith('system-') || (!prefix && SYSTEM_PRIORITY_CLASSES.has(name)) ? undefined : { messageId: 'priority-class-system' };
  }
}
