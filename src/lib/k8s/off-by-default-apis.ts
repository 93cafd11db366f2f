// API versions the pinned release (Kubernetes 1.36) has but does not serve until the cluster
// operator turns them on with kube-apiserver --runtime-config=<group>/<version>=true.
//
// Why every one of these is off: since 1.24 (KEP-3136, "Beta APIs are off by default") the API
// server's DefaultAPIResourceConfigSource (kubernetes/kubernetes pkg/controlplane/instance.go,
// with the generic groups in pkg/controlplane/apiserver) enables only the stable group-versions and
// disables alphaAPIGroupVersionsDisabledByDefault and betaAPIGroupVersionsDisabledByDefault; its
// legacyBetaEnabledByDefaultResources list lost its last entries (flowcontrol v1beta3) in 1.32, so in
// 1.36 no alpha or beta version is on by default.
//
// Which kinds exist: the types of k8s.io/api v0.36.3 (= Kubernetes 1.36.3; repository
// kubernetes/api, tag v0.36.3), read from each alpha and beta package's register.go and
// zz_generated.prerelease-lifecycle.go. A kind whose APILifecycleRemoved() is 1.36 or earlier is not
// served even with --runtime-config (the API server drops it), so it is left out (those versions
// are "not served"); alpha packages without lifecycle data are listed when the API server has
// storage for them. Webhook payloads (admission, imagepolicy) and discovery documents are not
// objects one applies, and are left out too. kubernetes-models, our schema source, carries only
// what is on by default, so these kinds have no field schema here.

export interface OffByDefaultApi {
  apiVersion: string;
  kind: string;
}

const group = (apiVersion: string, ...kinds: string[]): OffByDefaultApi[] => kinds.map((kind) => ({ apiVersion, kind }));

export const OFF_BY_DEFAULT_APIS: readonly OffByDefaultApi[] = [
  ...group('admissionregistration.k8s.io/v1alpha1', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'),
  ...group('admissionregistration.k8s.io/v1beta1', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'),
  ...group('certificates.k8s.io/v1alpha1', 'ClusterTrustBundle'),
  ...group('certificates.k8s.io/v1beta1', 'ClusterTrustBundle', 'PodCertificateRequest'),
  ...group('coordination.k8s.io/v1alpha2', 'LeaseCandidate'),
  ...group('coordination.k8s.io/v1beta1', 'LeaseCandidate'),
  ...group('internal.apiserver.k8s.io/v1alpha1', 'StorageVersion'),
  ...group('networking.k8s.io/v1beta1', 'IPAddress', 'ServiceCIDR'),
  ...group('resource.k8s.io/v1alpha3', 'DeviceTaintRule', 'ResourcePoolStatusRequest'),
  ...group('resource.k8s.io/v1beta1', 'DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'),
  ...group('resource.k8s.io/v1beta2', 'DeviceClass', 'DeviceTaintRule', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'),
  ...group('scheduling.k8s.io/v1alpha2', 'Workload', 'PodGroup'),
  ...group('storage.k8s.io/v1beta1', 'VolumeAttributesClass'),
  ...group('storagemigration.k8s.io/v1beta1', 'StorageVersionMigration'),
];

const itemKindOf = (kind: string): string => (kind.endsWith('List') ? kind.slice(0, -'List'.length) : kind);

/** Whether (apiVersion, kind) exists but is off by default. List kinds follow their item kind. */
export function findOffByDefaultApi(apiVersion: string, kind: string): OffByDefaultApi | undefined {
  const itemKind = itemKindOf(kind);
  return OFF_BY_DEFAULT_APIS.find((api) => api.apiVersion === apiVersion && api.kind === itemKind);
}

/** Every off-by-default apiVersion of a kind, e.g. StorageVersionMigration -> [storagemigration.k8s.io/v1beta1]. */
export function offByDefaultVersionsOf(kind: string): string[] {
  const itemKind = itemKindOf(kind);
  return OFF_BY_DEFAULT_APIS.filter((api) => api.kind === itemKind).map((api) => api.apiVersion);
}
