// feature-gated-field (issue 11.2): fields behind a feature gate that is not GA in 1.36, against the
// real API data and the generated field-stages.json.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { releaseCatalog } from '../../../src/lib/k8s/release-catalog.ts';
import { fieldStage, fieldStages } from '../../../src/lib/k8s/field-stages.ts';
import type { ApiSchema } from '../../../src/lib/k8s/types.ts';
import { yaml } from './helpers.ts';

const gated = (text: string, schema: ApiSchema = apiSchema) =>
  validate(text, { schema, bestPractices: false }).diagnostics.filter((d) => d.ruleId === 'feature-gated-field');
const view = (text: string, schema?: ApiSchema) =>
  gated(text, schema).map((d) => `${d.severity} ${d.messageId} ${d.fieldPath}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);

// PersistentVolumeClaim spec.dataSourceRef.namespace: CrossNamespaceVolumeDataSource, alpha since 1.26
const crossNamespaceClaim = yaml(
  'apiVersion: v1', 'kind: PersistentVolumeClaim', 'metadata:', '  name: restored', 'spec:',
  '  accessModes: [ReadWriteOnce]', '  resources:', '    requests:', '      storage: 10Gi',
  '  dataSourceRef:', '    apiGroup: snapshot.storage.k8s.io', '    kind: VolumeSnapshot', '    name: nightly', '    namespace: backups',
);
// a Deployment's pod template with pod-level resources: PodLevelResources, beta and on since 1.34
const podLevelResources = yaml(
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:',
  '  selector:', '    matchLabels:', '      app: web', '  template:', '    metadata:', '      labels:', '        app: web',
  '    spec:', '      resources:', '        limits:', '          cpu: "1"', '      containers:', '      - name: web', '        image: nginx:1.30',
);

describe('feature-gated-field', () => {
  test('the data holds the fields the tests use', () => {
    expect(fieldStage('io.k8s.api.core.v1.TypedObjectReference', 'namespace')).toEqual({ stage: 'alpha', gates: ['CrossNamespaceVolumeDataSource'], onByDefault: false });
    expect(fieldStage('io.k8s.api.core.v1.PodSpec', 'resources')).toEqual({ stage: 'beta', gates: ['PodLevelResources'], onByDefault: true });
    expect(fieldStage('io.k8s.api.core.v1.PodSpec', 'containers')).toBeUndefined();
    expect(fieldStage('io.k8s.api.core.v1.PodSpec', 'constructor')).toBeUndefined();
  });

  test('an alpha field: a warning at its key, in both languages', () => {
    const found = gated(crossNamespaceClaim);
    expect(view(crossNamespaceClaim)).toEqual(['warning alpha-off spec.dataSourceRef.namespace@14:5-14:14']);
    expect(formatMessage(found[0]!, 'en')).toBe('namespace is an alpha field of Kubernetes 1.36: the API server drops it silently unless the CrossNamespaceVolumeDataSource feature gate is on.');
    expect(formatMessage(found[0]!, 'ko')).toBe('namespace는 쿠버네티스 1.36의 알파 필드다. CrossNamespaceVolumeDataSource 기능 게이트를 켜지 않은 API 서버는 이 필드를 아무 말 없이 버린다.');
  });

  test('a beta field whose gate is on by default: info, saying it is beta, in a Pod template', () => {
    const found = gated(podLevelResources);
    expect(view(podLevelResources)).toEqual(['info beta-on spec.template.spec.resources@14:7-14:16']);
    expect(formatMessage(found[0]!, 'en')).toBe('resources is a beta field of Kubernetes 1.36: its PodLevelResources feature gate is on by default, but a cluster that turns the gate off drops the field silently.');
    expect(formatMessage(found[0]!, 'ko')).toBe('resources는 쿠버네티스 1.36의 베타 필드다. PodLevelResources 기능 게이트가 기본으로 켜져 있어 받아들여지지만, 게이트를 끈 클러스터의 API 서버는 이 필드를 아무 말 없이 버린다.');
  });

  test('a beta field whose gate ships off (MaxUnavailableStatefulSet in 1.36): a warning', () => {
    const text = yaml(
      'apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: db', 'spec:', '  serviceName: db',
      '  selector:', '    matchLabels:', '      app: db', '  updateStrategy:', '    rollingUpdate:', '      maxUnavailable: 2',
      '  template:', '    metadata:', '      labels:', '        app: db', '    spec:', '      containers:', '      - name: db', '        image: postgres:17.2',
    );
    const found = gated(text);
    expect(view(text)).toEqual(['warning beta-off spec.updateStrategy.rollingUpdate.maxUnavailable@12:7-12:21']);
    expect(formatMessage(found[0]!, 'en')).toBe('maxUnavailable is a beta field of Kubernetes 1.36 whose MaxUnavailableStatefulSet feature gate is off by default: the API server drops it silently unless the gate is on.');
    expect(formatMessage(found[0]!, 'ko')).toContain('maxUnavailable은 쿠버네티스 1.36의 베타 필드인데, MaxUnavailableStatefulSet 기능 게이트가 기본으로 꺼져 있다.');
  });

  test('a field behind two gates (ResourceSlice device bindsToNode): both named', () => {
    const text = yaml(
      'apiVersion: resource.k8s.io/v1', 'kind: ResourceSlice', 'metadata:', '  name: node-1-gpu', 'spec:',
      '  driver: gpu.example.com', '  nodeName: node-1', '  pool:', '    name: node-1', '    generation: 1', '    resourceSliceCount: 1',
      '  devices:', '  - name: gpu-0', '    bindsToNode: true',
    );
    const found = gated(text);
    expect(view(text)).toEqual(['info beta-on-gates spec.devices[0].bindsToNode@14:5-14:16']);
    expect(formatMessage(found[0]!, 'en')).toBe('bindsToNode is a beta field of Kubernetes 1.36: its feature gates DRADeviceBindingConditions, DRAResourceClaimDeviceStatus are on by default, but a cluster that turns one off drops the field silently.');
    expect(formatMessage(found[0]!, 'ko')).toBe('bindsToNode는 쿠버네티스 1.36의 베타 필드다. 기능 게이트 DRADeviceBindingConditions, DRAResourceClaimDeviceStatus가 모두 기본으로 켜져 있어 받아들여지지만, 그중 하나라도 끈 클러스터의 API 서버는 이 필드를 아무 말 없이 버린다.');
  });

  test('inside lists and maps: every item, with its index', () => {
    const text = yaml(
      'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', 'spec:', '  containers:', '  - name: a', '    image: busybox:1.37',
      '  topologySpreadConstraints:',
      '  - maxSkew: 1', '    topologyKey: zone', '    whenUnsatisfiable: DoNotSchedule', '    matchLabelKeys: [pod-template-hash]',
      '  - maxSkew: 1', '    topologyKey: host', '    whenUnsatisfiable: DoNotSchedule',
      '  - maxSkew: 1', '    topologyKey: rack', '    whenUnsatisfiable: DoNotSchedule', '    matchLabelKeys: [pod-template-hash]',
    );
    expect(view(text).map((line) => line.split('@')[0])).toEqual([
      'info beta-on spec.topologySpreadConstraints[0].matchLabelKeys',
      'info beta-on spec.topologySpreadConstraints[2].matchLabelKeys',
    ]);
  });

  test('a field without a gate, a null field, and a gated field name in a place the type does not have it: nothing', () => {
    expect(gated(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', 'spec:', '  containers:', '  - name: a', '    image: busybox:1.37'))).toEqual([]);
    expect(gated(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', 'spec:', '  resources:', '  containers:', '  - name: a', '    image: busybox:1.37'))).toEqual([]);
    // resources of a container is GA; only the PodSpec's is gated
    expect(gated(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', 'spec:', '  containers:', '  - name: a', '    image: busybox:1.37', '    resources:', '      limits:', '        cpu: "1"'))).toEqual([]);
  });

  test('status is the controllers\' to write: nothing for a gated status field', () => {
    const text = yaml(
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:',
      '  selector:', '    matchLabels:', '      app: web', '  template:', '    metadata:', '      labels:', '        app: web',
      '    spec:', '      containers:', '      - name: web', '        image: nginx:1.30', 'status:', '  replicas: 2', '  terminatingReplicas: 1',
    );
    expect(fieldStage('io.k8s.api.apps.v1.DeploymentStatus', 'terminatingReplicas')?.stage).toBe('beta');
    expect(gated(text)).toEqual([]);
  });

  test('checked against an older release: nothing, since the stages are 1.36\'s', () => {
    const older = releaseCatalog.releaseSchema('1.34');
    if (!older) throw new Error('no data for 1.34');
    expect(older.kubernetesVersion).toBe('1.34');
    // 1.34 has PodSpec.resources and dataSourceRef.namespace too: the schema walk accepts them, this rule is silent
    expect(gated(podLevelResources, older)).toEqual([]);
    expect(gated(crossNamespaceClaim, older)).toEqual([]);
  });

  test('a custom resource with a field of the same name: nothing', () => {
    expect(gated(yaml('apiVersion: example.com/v1', 'kind: Widget', 'metadata:', '  name: a', 'spec:', '  resources: {}'))).toEqual([]);
  });
});

describe('feature-gated-field through types that refer back to each other', () => {
  // A's first field leads to B, whose only field leads back to A: while A is being visited, B has no
  // answer of its own yet. A's second field reaches a gated type, so B does too, through A: a "no"
  // remembered for B would hide the gated field under b.a.c.
  const typed = 'io.k8s.api.core.v1.TypedObjectReference';
  const cyclic: ApiSchema = {
    kubernetesVersion: fieldStages.kubernetesVersion,
    kinds: [{ kind: 'Loop', group: 'example.com', version: 'v1', apiVersion: 'example.com/v1', type: 'A' }],
    types: {
      A: { fields: { apiVersion: { shape: { t: 'string' } }, kind: { shape: { t: 'string' } }, b: { shape: { t: 'object', ref: 'B' } }, c: { shape: { t: 'object', ref: typed } } } },
      B: { fields: { a: { shape: { t: 'object', ref: 'A' } } } },
      [typed]: apiSchema.types[typed]!,
    },
  };
  test('a gated field reached through the cycle is reported, twice in one run as in a fresh one', () => {
    const text = yaml('apiVersion: example.com/v1', 'kind: Loop', 'b:', '  a:', '    c: {kind: X, name: y, namespace: z}');
    const expected = ['warning alpha-off b.a.c.namespace@5:27-5:36'];
    expect(view(text, cyclic)).toEqual(expected);
    expect(view(`${text}---\n${text}`, cyclic)).toEqual([...expected, 'warning alpha-off b.a.c.namespace@11:27-11:36']);
  });
});
