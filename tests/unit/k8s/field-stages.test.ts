// The generator's reading of the upstream descriptions (generate/field-stages.ts): each phrasing of the
// 1.36 descriptions, the ones that must not count, and the checks that keep the gate table honest.
import { describe, expect, test } from 'vitest';
import { buildFieldStages, parseStageClaim } from '../../../src/lib/k8s/generate/field-stages.ts';
import { FEATURE_GATES } from '../../../src/lib/k8s/generate/feature-gates.ts';
import { fieldStages } from '../../../src/lib/k8s/field-stages.ts';
import type { ApiDocs } from '../../../src/lib/k8s/types.ts';

describe('parseStageClaim: the phrasings of the 1.36 descriptions', () => {
  test.each([
    ['This is an alpha field and requires enabling the PodLevelResources feature gate.', 'alpha', ['PodLevelResources']],
    ['This is a beta field and requires enabling DeploymentReplicaSetTerminatingReplicas feature (enabled by default).', 'beta', ['DeploymentReplicaSetTerminatingReplicas']],
    ['This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.', 'beta', ['ProbeTerminationGracePeriod']],
    ['This is a beta field and requires enabling the DRADeviceBindingConditions and DRAResourceClaimDeviceStatus feature gates.', 'beta', ['DRADeviceBindingConditions', 'DRAResourceClaimDeviceStatus']],
    ['This is an beta field and requires the HPAConfigurableTolerance feature gate to be enabled.', 'beta', ['HPAConfigurableTolerance']],
    ['This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).', 'beta', ['MatchLabelKeysInPodTopologySpread']],
    ['(Alpha) Using this field requires the CoordinatedLeaderElection feature gate to be enabled.', 'alpha', ['CoordinatedLeaderElection']],
    ['(Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature.', 'alpha', ['SupplementalGroupsPolicy']],
    ['(Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.', 'alpha', ['CrossNamespaceVolumeDataSource']],
    ['This is an alpha feature and requires the VolumeLimitScaling feature gate to be enabled.', 'alpha', ['VolumeLimitScaling']],
    ['Alpha, gated by the ClusterTrustBundleProjection feature gate.', 'alpha', ['ClusterTrustBundleProjection']],
    ['This is a stable field but requires that the DynamicResourceAllocation feature gate is enabled.', 'stable', ['DynamicResourceAllocation']],
    ['This field is beta-level and is only honored by servers that enabled the CSIMigration feature.', 'beta', ['CSIMigration']],
    ['This field is beta-level and is enabled by default.', 'beta', []],
    ['This field is beta.', 'beta', []],
    ['This is a beta field.', 'beta', []],
  ] as const)('%s', (description, stage, gates) => {
    expect(parseStageClaim(description)).toEqual({ stage, gates: [...gates] });
  });

  test.each([
    ['Requires the EnvFiles feature gate to be enabled.', ['EnvFiles']],
    ['The PodObservedGenerationTracking feature gate must be enabled to use this field.', ['PodObservedGenerationTracking']],
    ['This field depends on the DynamicResourceAllocation feature gate.', ['DynamicResourceAllocation']],
    ['This field is only honored by servers that enable the VolumeScheduling feature.', ['VolumeScheduling']],
    ['This feature requires the MutableCSINodeAllocatableCount feature gate to be enabled.', ['MutableCSINodeAllocatableCount']],
    ['This field requires the MutableCSINodeAllocatableCount feature gate being enabled to be set.', ['MutableCSINodeAllocatableCount']],
    ['Defaulting is a beta feature under the CustomResourceDefaulting feature gate.', ['CustomResourceDefaulting']],
  ] as const)('a gate without a stage: %s', (description, gates) => {
    expect(parseStageClaim(description)).toEqual({ gates: [...gates] });
  });

  test.each([
    // a gate that changes what a value may be, not whether the field is kept
    'minReplicas is the lower limit for the number of replicas. minReplicas is allowed to be 0 if the alpha feature gate HPAScaleToZero is enabled and at least one Object or External metric is configured.',
    'Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).',
    'When the DRAListTypeAttributes feature gate is enabled, comparison uses set semantics.',
    'This field is mutable if MutablePVNodeAffinity feature gate is enabled.',
    'During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.',
    // a stage tied to an old release is history
    'This field is beta-level in 1.8',
    'This field is beta in 1.10.',
    // versions named alpha and beta, alphanumerics
    'a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the webhook.',
    'Each key must consist of alphanumeric characters.',
  ])('no claim: %s', (description) => {
    expect(parseStageClaim(description)).toEqual({ gates: [] });
  });

  test('a sentence about another field does not count for this one (PVC dataSourceRef)', () => {
    const description = 'dataSourceRef specifies the object. (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled. (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.';
    expect(parseStageClaim(description)).toEqual({ stage: 'beta', gates: ['AnyVolumeDataSource'] });
  });
});

describe('buildFieldStages', () => {
  const docs = (fields: Record<string, Record<string, string>>): ApiDocs => ({ types: {}, fields });
  const everyGate = Object.fromEntries(Object.keys(FEATURE_GATES).map((gate) => [gate, `Requires the ${gate} feature gate to be enabled.`]));
  const unnamed = {
    'io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy': { maxUnavailable: 'This field is beta-level and is enabled by default.' },
    'io.k8s.api.batch.v1.JobStatus': { terminating: 'This field is beta-level.' },
    'io.k8s.api.resource.v1.DeviceClassSpec': { extendedResourceName: 'This is a beta field.' },
    'io.k8s.api.storage.v1.CSIDriverSpec': { volumeLifecycleModes: 'This field is beta.' },
    'io.k8s.api.storage.v1.CSINodeDriver': { allocatable: 'This field is beta.' },
  };

  test('the stage and default come from the 1.36 gate table, GA gates drop out, a stated stage without a gate uses UNNAMED_GATES', () => {
    const built = buildFieldStages(docs({ T: everyGate, ...unnamed }), '1.36');
    expect(built.fields.T?.PodLevelResources).toEqual({ stage: 'beta', gates: ['PodLevelResources'], onByDefault: true });
    expect(built.fields.T?.ShardedListAndWatch).toEqual({ stage: 'alpha', gates: ['ShardedListAndWatch'], onByDefault: false });
    expect(built.fields.T?.ProbeTerminationGracePeriod).toBeUndefined();
    expect(built.fields['io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy']).toEqual({ maxUnavailable: { stage: 'beta', gates: ['MaxUnavailableStatefulSet'], onByDefault: false } });
    expect(built.fields['io.k8s.api.storage.v1.CSINodeDriver']).toBeUndefined();
  });

  test('refuses a gate the table does not know, a stage without a known gate, unused table entries and another release', () => {
    expect(() => buildFieldStages(docs({ T: { ...everyGate, x: 'Requires the MadeUpGate feature gate to be enabled.' }, ...unnamed }), '1.36')).toThrow(/MadeUpGate/);
    expect(() => buildFieldStages(docs({ T: { ...everyGate, x: 'This is an alpha field.' }, ...unnamed }), '1.36')).toThrow(/T\.x says "alpha" without a gate/);
    expect(() => buildFieldStages(docs({ T: everyGate }), '1.36')).toThrow(/no description uses/);
    expect(() => buildFieldStages(docs({ T: everyGate, ...unnamed }), '1.35')).toThrow(/update the gate table/);
  });

  test('several gates: the field needs all, so alpha when any is alpha and on only when all are on; GA ones drop out', () => {
    const several = {
      both: 'This is a beta field and requires enabling the DRADeviceBindingConditions and DRAResourceClaimDeviceStatus feature gates.',
      mixed: 'This is an alpha field and requires enabling the PodLevelResources and ShardedListAndWatch feature gates.',
      graduated: 'This is a beta field and requires enabling the PodLevelResources and DynamicResourceAllocation feature gates.',
    };
    const built = buildFieldStages(docs({ T: { ...everyGate, ...several }, ...unnamed }), '1.36');
    expect(built.fields.T?.both).toEqual({ stage: 'beta', gates: ['DRADeviceBindingConditions', 'DRAResourceClaimDeviceStatus'], onByDefault: true });
    expect(built.fields.T?.mixed).toEqual({ stage: 'alpha', gates: ['PodLevelResources', 'ShardedListAndWatch'], onByDefault: false });
    expect(built.fields.T?.graduated).toEqual({ stage: 'beta', gates: ['PodLevelResources'], onByDefault: true });
  });

  test('the committed data: 1.36, alpha gates never on by default, every gate in the table', () => {
    expect(fieldStages.kubernetesVersion).toBe('1.36');
    for (const fields of Object.values(fieldStages.fields)) {
      for (const entry of Object.values(fields)) {
        const states = entry.gates.map((gate) => FEATURE_GATES[gate]);
        expect(states.every((state) => state && state.stage !== 'ga')).toBe(true);
        expect(states.some((state) => state?.stage === 'alpha')).toBe(entry.stage === 'alpha');
        if (entry.stage === 'alpha') expect(entry.onByDefault).toBe(false);
      }
    }
  });
});
