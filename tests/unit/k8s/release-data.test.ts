// The older releases' API data (issue 11.1): rebuilt from the newest release's and the committed deltas
// (generated/releases/), checked against facts of the official release notes, feature pages and the
// deprecated-API migration guide, and against removed-apis.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { createReleaseCatalog } from '../../../src/lib/k8s/release-data.ts';
import type { ReleaseDelta } from '../../../src/lib/k8s/release-delta.ts';
import { RELEASE_DATA } from '../../../src/lib/k8s/releases.ts';
import { REMOVED_APIS } from '../../../src/lib/k8s/removed-apis.ts';

const releasesDir = join(import.meta.dirname, '..', '..', '..', 'src', 'lib', 'k8s', 'generated', 'releases');
const loaded: string[] = [];
const catalog = createReleaseCatalog(apiSchema, (release) => {
  loaded.push(release);
  return JSON.parse(readFileSync(join(releasesDir, `${release}.json`), 'utf8')) as ReleaseDelta;
});
const WITH_DATA = RELEASE_DATA.filter((r) => r.source).map((r) => r.release);
const minor = (release: string): number => Number(release.split('.')[1]);

const schema = (release: string) => {
  const data = catalog.releaseSchema(release);
  if (!data) throw new Error(`no data for ${release}`);
  return data;
};
const hasField = (release: string, type: string, field: string): boolean => schema(release).types[type]?.fields[field] !== undefined;
const serves = (release: string, apiVersion: string, kind: string): boolean =>
  catalog.servedVersions(kind, release)!.includes(apiVersion);

const CORE = 'io.k8s.api.core.v1';

// Each fact: the release it belongs to, what the official source says, and the check on the data.
const FACTS: Array<{ release: string; fact: string; holds: () => boolean }> = [
  // https://kubernetes.io/blog/2023/05/12/in-place-pod-resize-alpha/ (v1.27, alpha)
  { release: '1.27', fact: 'in-place Pod resize adds Container.resizePolicy', holds: () => hasField('1.27', `${CORE}.Container`, 'resizePolicy') && !hasField('1.27', `${CORE}.Container`, 'restartPolicy') },
  // deprecation guide, v1.27: storage.k8s.io/v1beta1 CSIStorageCapacity no longer served
  { release: '1.27', fact: 'CSIStorageCapacity served as storage.k8s.io/v1 only', holds: () => serves('1.27', 'storage.k8s.io/v1', 'CSIStorageCapacity') && !serves('1.27', 'storage.k8s.io/v1beta1', 'CSIStorageCapacity') },
  // https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/ (v1.28, alpha): an init container's restartPolicy
  { release: '1.28', fact: 'sidecar containers: Container.restartPolicy', holds: () => hasField('1.28', `${CORE}.Container`, 'restartPolicy') && !hasField('1.27', `${CORE}.Container`, 'restartPolicy') },
  // v1.28 release notes: SelfSubjectReview (kubectl auth whoami) GA as authentication.k8s.io/v1
  { release: '1.28', fact: 'SelfSubjectReview GA', holds: () => serves('1.28', 'authentication.k8s.io/v1', 'SelfSubjectReview') && !serves('1.27', 'authentication.k8s.io/v1', 'SelfSubjectReview') },
  // deprecation guide, v1.29: flowcontrol.apiserver.k8s.io/v1beta2 no longer served; v1 new in 1.29
  { release: '1.29', fact: 'flowcontrol v1beta2 removed, v1 added', holds: () => !serves('1.29', 'flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema') && serves('1.28', 'flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema') && serves('1.29', 'flowcontrol.apiserver.k8s.io/v1', 'FlowSchema') && !serves('1.28', 'flowcontrol.apiserver.k8s.io/v1', 'FlowSchema') },
  // https://kubernetes.io/blog/2023/12/15/kubernetes-1-29-volume-attributes-class/ (v1.29, alpha)
  { release: '1.29', fact: 'PersistentVolumeClaimSpec.volumeAttributesClassName', holds: () => hasField('1.29', `${CORE}.PersistentVolumeClaimSpec`, 'volumeAttributesClassName') && !hasField('1.28', `${CORE}.PersistentVolumeClaimSpec`, 'volumeAttributesClassName') },
  // v1.30 release blog: ValidatingAdmissionPolicy GA (admissionregistration.k8s.io/v1)
  { release: '1.30', fact: 'ValidatingAdmissionPolicy GA', holds: () => serves('1.30', 'admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicy') && !serves('1.29', 'admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicy') },
  // https://kubernetes.io/blog/2024/04/23/recursive-read-only-mounts/ (v1.30, alpha)
  { release: '1.30', fact: 'VolumeMount.recursiveReadOnly', holds: () => hasField('1.30', `${CORE}.VolumeMount`, 'recursiveReadOnly') && !hasField('1.29', `${CORE}.VolumeMount`, 'recursiveReadOnly') },
  // https://kubernetes.io/blog/2024/08/16/kubernetes-1-31-image-volume-source/ (v1.31, alpha)
  { release: '1.31', fact: 'image volumes: Volume.image', holds: () => hasField('1.31', `${CORE}.Volume`, 'image') && !hasField('1.30', `${CORE}.Volume`, 'image') },
  // deprecation guide: flowcontrol.apiserver.k8s.io/v1beta3 served until v1.32 (deprecated since 1.29)
  { release: '1.31', fact: 'flowcontrol v1beta3 still served', holds: () => serves('1.31', 'flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema') && serves('1.31', 'flowcontrol.apiserver.k8s.io/v1', 'FlowSchema') },
  // pod-level resources came in v1.32 (its release blog); both Event APIs (core v1, events.k8s.io/v1) are stable and served
  { release: '1.31', fact: 'no PodSpec.resources yet; Event served in both groups', holds: () => !hasField('1.31', `${CORE}.PodSpec`, 'resources') && serves('1.31', 'v1', 'Event') && serves('1.31', 'events.k8s.io/v1', 'Event') },
  // deprecation guide, v1.32: flowcontrol.apiserver.k8s.io/v1beta3 no longer served
  { release: '1.32', fact: 'flowcontrol v1beta3 removed', holds: () => !serves('1.32', 'flowcontrol.apiserver.k8s.io/v1beta3', 'PriorityLevelConfiguration') && serves('1.30', 'flowcontrol.apiserver.k8s.io/v1beta3', 'PriorityLevelConfiguration') },
  // https://kubernetes.io/blog/2024/12/11/kubernetes-v1-32-release/ : pod-level resources (alpha); image volumes came in 1.31
  { release: '1.32', fact: 'PodSpec.resources; Volume.image', holds: () => hasField('1.32', `${CORE}.PodSpec`, 'resources') && !hasField('1.30', `${CORE}.PodSpec`, 'resources') && hasField('1.32', `${CORE}.Volume`, 'image') && !hasField('1.30', `${CORE}.Volume`, 'image') },
  // https://kubernetes.io/blog/2025/05/14/kubernetes-v1-33-updates-to-container-lifecycle/ : stop signals (alpha)
  { release: '1.33', fact: 'Lifecycle.stopSignal', holds: () => hasField('1.33', `${CORE}.Lifecycle`, 'stopSignal') && !hasField('1.32', `${CORE}.Lifecycle`, 'stopSignal') },
  // v1.33 release blog: multiple Service CIDRs GA (networking.k8s.io/v1 ServiceCIDR and IPAddress)
  { release: '1.33', fact: 'ServiceCIDR and IPAddress GA', holds: () => serves('1.33', 'networking.k8s.io/v1', 'ServiceCIDR') && serves('1.33', 'networking.k8s.io/v1', 'IPAddress') && !serves('1.32', 'networking.k8s.io/v1', 'ServiceCIDR') },
  // https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/ : GA (storage.k8s.io/v1) in v1.34
  { release: '1.34', fact: 'VolumeAttributesClass GA', holds: () => serves('1.34', 'storage.k8s.io/v1', 'VolumeAttributesClass') && !serves('1.33', 'storage.k8s.io/v1', 'VolumeAttributesClass') },
  // v1.34 release blog: dynamic resource allocation GA (resource.k8s.io/v1)
  { release: '1.34', fact: 'DRA GA', holds: () => serves('1.34', 'resource.k8s.io/v1', 'ResourceClaim') && !serves('1.33', 'resource.k8s.io/v1', 'ResourceClaim') },
  // v1.34 release blog: Pod hostnameOverride (alpha)
  { release: '1.34', fact: 'PodSpec.hostnameOverride', holds: () => hasField('1.34', `${CORE}.PodSpec`, 'hostnameOverride') && !hasField('1.33', `${CORE}.PodSpec`, 'hostnameOverride') },
  // https://kubernetes.io/blog/2025/12/29/kubernetes-v1-35-introducing-workload-aware-scheduling/ and
  // https://kubernetes.io/docs/concepts/workloads/pods/workload-reference/ (v1.35, alpha): a Pod's spec.workloadRef,
  // which 1.36 replaced by spec.schedulingGroup (scheduling.k8s.io/v1alpha1 gave way to v1alpha2)
  { release: '1.35', fact: 'PodSpec.workloadRef in 1.35 only', holds: () => hasField('1.35', `${CORE}.PodSpec`, 'workloadRef') && !hasField('1.34', `${CORE}.PodSpec`, 'workloadRef') && !hasField('1.36', `${CORE}.PodSpec`, 'workloadRef') && !hasField('1.35', `${CORE}.PodSpec`, 'schedulingGroup') },
  // https://kubernetes.io/docs/concepts/scheduling-eviction/node-declared-features/ (v1.35, alpha): the kubelet
  // reports them in the Node's .status.declaredFeatures
  { release: '1.35', fact: 'NodeStatus.declaredFeatures', holds: () => hasField('1.35', `${CORE}.NodeStatus`, 'declaredFeatures') && !hasField('1.34', `${CORE}.NodeStatus`, 'declaredFeatures') },
  // v1.35 API changes (kubernetes/kubernetes#134984): observedGeneration on CustomResourceDefinition conditions
  { release: '1.35', fact: 'CustomResourceDefinitionCondition.observedGeneration', holds: () => hasField('1.35', 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionCondition', 'observedGeneration') && !hasField('1.34', 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionCondition', 'observedGeneration') },
  // kubernetes/api v0.36.0 core/v1/types.go: PodSpec.SchedulingGroup (+featureGate=GenericWorkload), absent
  // from v0.35.0, where the Pod pointed at its workload with workloadRef (build-api-data.ts's marker)
  { release: '1.36', fact: 'PodSpec.schedulingGroup', holds: () => hasField('1.36', `${CORE}.PodSpec`, 'schedulingGroup') && !hasField('1.35', `${CORE}.PodSpec`, 'schedulingGroup') && !hasField('1.34', `${CORE}.PodSpec`, 'schedulingGroup') },
  // KEP-3962 (kubernetes/enhancements keps/sig-api-machinery/3962-mutating-admission-policies/kep.yaml:
  // alpha v1.32, beta v1.34, stable v1.36): MutatingAdmissionPolicy and its binding served as
  // admissionregistration.k8s.io/v1 from 1.36 (kubernetes/api v0.35.0 has no v1 type); before, the beta
  // needed --runtime-config=admissionregistration.k8s.io/v1beta1=true (kubernetes.io, Mutating Admission
  // Policy, v1.34 [beta]), so a default 1.34 or 1.35 server serves no version of it
  { release: '1.36', fact: 'MutatingAdmissionPolicy GA', holds: () => serves('1.36', 'admissionregistration.k8s.io/v1', 'MutatingAdmissionPolicy') && serves('1.36', 'admissionregistration.k8s.io/v1', 'MutatingAdmissionPolicyBinding') && catalog.servedVersions('MutatingAdmissionPolicy', '1.35')!.length === 0 && catalog.servedVersions('MutatingAdmissionPolicy', '1.34')!.length === 0 },
  // every release with data serves autoscaling/v2 HPAs (GA in v1.23, kubernetes.io/blog/2021/12/07)
  { release: '1.27', fact: 'autoscaling/v2 HorizontalPodAutoscaler served throughout', holds: () => WITH_DATA.every((r) => serves(r, 'autoscaling/v2', 'HorizontalPodAutoscaler')) },
];

describe('release data', () => {
  it('covers 1.27 … 1.36, every release with data, and says what is not its own', () => {
    expect(RELEASE_DATA.map((r) => r.release)).toEqual(['1.27', '1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36']);
    expect(RELEASE_DATA.filter((r) => !r.source).map((r) => r.release)).toEqual([]);
    // 1.35 comes from Pulumi's field set: required flags are 1.36's (RELEASES.md)
    expect(RELEASE_DATA.filter((r) => !r.required).map((r) => r.release)).toEqual(['1.35']);
    expect(RELEASE_DATA.filter((r) => !r.complete).map((r) => r.release)).toEqual(['1.31']);
    expect(catalog.servedVersions('Pod', '1.35')).toEqual(['v1']);
    expect(() => catalog.releaseSchema('1.26')).toThrow(/not one of/);
  });

  it('rebuilds a release lazily, once, with the newest release as is', () => {
    loaded.length = 0;
    expect(catalog.releaseSchema('1.36')).toBe(apiSchema);
    expect(loaded).toEqual([]);
    const first = schema('1.33');
    expect(schema('1.33')).toBe(first);
    expect(loaded).toEqual(['1.33']);
    expect(first.kubernetesVersion).toBe('1.33');
  });

  it('leaves out the enums the packages do not have', () => {
    const protocol = (release: string) => schema(release).types[`${CORE}.ContainerPort`]!.fields.protocol!.shape;
    expect(protocol('1.36')).toMatchObject({ t: 'string', enum: ['SCTP', 'TCP', 'UDP'] });
    for (const release of WITH_DATA.filter((r) => r !== '1.36')) expect(protocol(release)).toEqual({ t: 'string' });
  });

  it('every type a release refers to is in its data', () => {
    for (const release of WITH_DATA) {
      const data = schema(release);
      const missing: string[] = [];
      const visit = (shape: { t: string; ref?: string; items?: unknown; values?: unknown }): void => {
        if (shape.ref && !(shape.ref in data.types)) missing.push(shape.ref);
        if (shape.items) visit(shape.items as typeof shape);
        if (shape.values) visit(shape.values as typeof shape);
      };
      for (const type of Object.values(data.types)) for (const field of Object.values(type.fields)) visit(field.shape);
      for (const kind of data.kinds) if (!(kind.type in data.types)) missing.push(kind.type);
      expect(missing, release).toEqual([]);
    }
  });

  for (const { release, fact, holds } of FACTS) {
    it(`${release}: ${fact}`, () => expect(holds()).toBe(true));
  }

  it('has at least two facts for each release with data', () => {
    for (const release of WITH_DATA) {
      expect(FACTS.filter((f) => f.release === release).length, release).toBeGreaterThanOrEqual(2);
    }
  });

  it('serves what the migration guide (removed-apis.ts) says, in every release with data', () => {
    const disagree: string[] = [];
    for (const release of WITH_DATA) {
      for (const { apiVersion, kind, removedIn } of REMOVED_APIS) {
        const served = catalog.servedVersions(kind, release)!;
        const gone = minor(release) >= minor(removedIn);
        // a removed version is not served from its removal on, and is served before it
        if (served.includes(apiVersion) === gone) disagree.push(`${release} ${apiVersion} ${kind}: served ${!gone ? 'expected' : 'unexpected'}`);
      }
    }
    // the release that stops serving a version serves its replacement (1.29's flowcontrol v1beta2 -> v1)
    for (const { apiVersion, kind, removedIn, replacement } of REMOVED_APIS) {
      if (!replacement || !WITH_DATA.includes(removedIn)) continue;
      if (!catalog.servedVersions(kind, removedIn)!.includes(replacement)) disagree.push(`${removedIn} ${kind}: ${apiVersion} gone, ${replacement} not served`);
    }
    expect(disagree).toEqual([]);
    // the guide's removals in 1.27 … 1.36 all fall on releases with data, so the checks above reach them
    expect(REMOVED_APIS.filter((r) => minor(r.removedIn) >= 27).every((r) => WITH_DATA.includes(r.removedIn))).toBe(true);
  });

  it('gives the served versions of a kind per release, from the data', () => {
    const timeline = (kind: string) => Object.fromEntries(WITH_DATA.map((release) => [release, catalog.servedVersions(kind, release)!.join(' ')]));
    const flow = 'flowcontrol.apiserver.k8s.io';
    expect(timeline('FlowSchema')).toEqual({
      '1.27': `${flow}/v1beta2 ${flow}/v1beta3`,
      '1.28': `${flow}/v1beta2 ${flow}/v1beta3`,
      '1.29': `${flow}/v1 ${flow}/v1beta3`,
      '1.30': `${flow}/v1 ${flow}/v1beta3`,
      '1.31': `${flow}/v1 ${flow}/v1beta3`,
      '1.32': `${flow}/v1`,
      '1.33': `${flow}/v1`,
      '1.34': `${flow}/v1`,
      '1.35': `${flow}/v1`,
      '1.36': `${flow}/v1`,
    });
    // resource.k8s.io: alpha and beta versions are off by default, v1 (GA) from 1.34
    const claims = timeline('ResourceClaim');
    expect(Object.entries(claims).filter(([, versions]) => versions !== '').map(([release]) => release)).toEqual(['1.34', '1.35', '1.36']);
    expect(claims['1.34']).toBe('resource.k8s.io/v1');
    expect(new Set(Object.values(timeline('HorizontalPodAutoscaler')))).toEqual(new Set(['autoscaling/v1 autoscaling/v2']));
  });

  it('answers when a field came and went', () => {
    expect(catalog.fieldSince(`${CORE}.Lifecycle`, 'stopSignal')).toEqual({ since: '1.33', earliest: '1.33' });
    // 1.31's data is partly 1.36's, so field histories skip it: image volumes came in 1.31 or 1.32
    expect(catalog.fieldSince(`${CORE}.Volume`, 'image')).toEqual({ since: '1.32', earliest: '1.31' });
    expect(catalog.fieldSince(`${CORE}.PodSpec`, 'containers')).toEqual({ since: '1.27', earliest: '1.27' });
    expect(catalog.fieldSince(`${CORE}.PodSpec`, 'noSuchField')).toBeUndefined();
    // 1.35's field set is its own (Pulumi's): a field of 1.35 alone came and went
    expect(catalog.fieldSince(`${CORE}.PodSpec`, 'workloadRef')).toEqual({ since: '1.35', earliest: '1.35', removedIn: '1.36' });
    expect(catalog.fieldSince(`${CORE}.PodSpec`, 'schedulingGroup')).toEqual({ since: '1.36', earliest: '1.36' });
    // a field of 1.27 … 1.34 that 1.36 no longer has
    const gone = WITH_DATA.slice(0, -1)
      .flatMap((release) => Object.entries(schema(release).types).flatMap(([key, type]) => Object.keys(type.fields).map((f) => [key, f] as const)))
      .find(([key, field]) => key in apiSchema.types && !(field in apiSchema.types[key]!.fields));
    expect(gone).toBeDefined();
    expect(catalog.fieldSince(gone![0], gone![1])?.removedIn).toBeDefined();
  });
});
