// Build time only: the state in Kubernetes 1.36 of every feature gate a field description of the
// pinned data names as the field's own gate (field-stages.ts). The descriptions lag the gates: in
// 1.36 PodSpec.resources still reads "This is an alpha field" while PodLevelResources has been beta
// and on by default since 1.34, and Probe.terminationGracePeriodSeconds still reads "beta" five
// releases after ProbeTerminationGracePeriod went GA. So a description only says WHICH gate guards a
// field; whether that gate is alpha, beta or GA in 1.36, and on or off by default, comes from here.
//
// Source: the feature gate pages of kubernetes/website
// (content/en/docs/reference/command-line-tools-reference/feature-gates/<Gate>.md, the `stages`
// front matter; https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/),
// read on 2026-12-04: the stage whose fromVersion..toVersion covers 1.36. Each gate was also checked
// against the versioned specs in kubernetes/kubernetes' feature lists (pkg/features/kube_features.go
// and the scheduler's list: `{Version: "1.36", Default: true, PreRelease: Beta}`), which win where
// the page copy we could read lags (SupplementalGroupsPolicy and PodObservedGenerationTracking went
// GA in 1.35; DRAResourceClaimDeviceStatus goes GA in 1.37, not 1.36). `note` says where the page
// copy we read stopped before 1.36 and the 1.36 description decided instead ("This is a beta field",
// "(enabled by default)"): a beta gate is on by default unless its page says otherwise.
// field-stages.ts throws on a gate that is missing here, so a regeneration with a newer release
// cannot pass a gate through unjudged.

export interface GateState {
  stage: 'alpha' | 'beta' | 'ga';
  /** on in a cluster that sets no --feature-gates (GA gates are always on) */
  onByDefault: boolean;
  note?: string;
}

export const FEATURE_GATES_RELEASE = '1.36';

export const FEATURE_GATES: Readonly<Record<string, GateState>> = {
  AnyVolumeDataSource: { stage: 'ga', onByDefault: true, note: 'GA since 1.33' },
  AttachVolumeLimit: { stage: 'ga', onByDefault: true, note: 'GA since 1.17, gate removed' },
  ClusterTrustBundleProjection: { stage: 'beta', onByDefault: false, note: 'beta 1.33-1.36, off by default' },
  CoordinatedLeaderElection: { stage: 'beta', onByDefault: false, note: 'beta since 1.33, off by default' },
  CrossNamespaceVolumeDataSource: { stage: 'alpha', onByDefault: false },
  CSIInlineVolume: { stage: 'ga', onByDefault: true, note: 'GA since 1.25, gate removed' },
  CSIMigration: { stage: 'ga', onByDefault: true, note: 'GA since 1.25, gate removed' },
  CustomResourceDefaulting: { stage: 'ga', onByDefault: true, note: 'GA since 1.17, gate removed' },
  DeploymentReplicaSetTerminatingReplicas: {
    stage: 'beta', onByDefault: true, note: 'page copy read: alpha since 1.33; the 1.36 description: beta, enabled by default',
  },
  DRADeviceBindingConditions: { stage: 'beta', onByDefault: true, note: 'beta since 1.36' },
  DRADeviceTaints: { stage: 'beta', onByDefault: true, note: 'page copy read: alpha since 1.34; the 1.36 description: beta' },
  DRAExtendedResource: { stage: 'beta', onByDefault: true, note: 'page copy read: alpha since 1.34; the 1.36 description: beta' },
  DRAListTypeAttributes: { stage: 'alpha', onByDefault: false, note: 'alpha since 1.36' },
  DRAResourceClaimDeviceStatus: {
    stage: 'beta', onByDefault: true, note: 'beta since 1.33, GA in 1.37 (the page copy read says GA from 1.36; kube_features.go says 1.37)',
  },
  DynamicResourceAllocation: { stage: 'ga', onByDefault: true, note: 'GA since 1.34' },
  EnvFiles: { stage: 'beta', onByDefault: true, note: 'beta since 1.35' },
  HostnameOverride: { stage: 'beta', onByDefault: true, note: 'beta since 1.35' },
  HPAConfigurableTolerance: {
    stage: 'beta', onByDefault: true, note: 'beta and on since 1.35 in kube_features.go (the page copy read says off, with a toVersion typo); GA in 1.37',
  },
  JobPodReplacementPolicy: { stage: 'ga', onByDefault: true, note: 'GA since 1.34' },
  MatchLabelKeysInPodTopologySpread: { stage: 'beta', onByDefault: true, note: 'beta since 1.27' },
  MaxUnavailableStatefulSet: {
    stage: 'beta', onByDefault: false,
    note: 'the page: beta, on in 1.35.0-1.35.3, off from 1.35.4 through 1.36, on again in 1.37 (a kube_features.go copy from before 1.35.4 says on)',
  },
  MutableCSINodeAllocatableCount: { stage: 'beta', onByDefault: true, note: 'beta, on by default since 1.35' },
  PodLevelResources: { stage: 'beta', onByDefault: true, note: 'beta since 1.34' },
  PodObservedGenerationTracking: { stage: 'ga', onByDefault: true, note: 'GA since 1.35 (kube_features.go; the page copy read stops at beta 1.34)' },
  ProbeTerminationGracePeriod: { stage: 'ga', onByDefault: true, note: 'GA since 1.28, gate removed' },
  ShardedListAndWatch: { stage: 'alpha', onByDefault: false, note: 'alpha since 1.36' },
  SupplementalGroupsPolicy: { stage: 'ga', onByDefault: true, note: 'GA since 1.35 (kube_features.go; the page copy read stops at beta 1.33)' },
  VolumeLimitScaling: { stage: 'alpha', onByDefault: false, note: 'alpha since 1.35' },
  VolumeScheduling: { stage: 'ga', onByDefault: true, note: 'GA since 1.13, gate removed' },
};

/**
 * Fields whose description states a stage ("This field is beta.") without naming a gate: the gate
 * that guards each, from its feature gate page (the page names the field).
 */
export const UNNAMED_GATES: Readonly<Record<string, string>> = {
  'io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy.maxUnavailable': 'MaxUnavailableStatefulSet',
  'io.k8s.api.batch.v1.JobStatus.terminating': 'JobPodReplacementPolicy',
  'io.k8s.api.resource.v1.DeviceClassSpec.extendedResourceName': 'DRAExtendedResource',
  'io.k8s.api.storage.v1.CSIDriverSpec.volumeLifecycleModes': 'CSIInlineVolume',
  'io.k8s.api.storage.v1.CSINodeDriver.allocatable': 'AttachVolumeLimit',
};
