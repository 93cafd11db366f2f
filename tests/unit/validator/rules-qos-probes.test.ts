// resources-missing (with the QoS class the kubelet computes) and probes-missing: one warning per
// container, naming exactly what is missing.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { podQosClass } from '../../../src/lib/validator/qos.ts';
import { yaml } from './helpers.ts';

const of = (rule: string, text: string) => validate(text, { schema: apiSchema }).diagnostics.filter((d) => d.ruleId === rule);
const seen = (rule: string, text: string) => of(rule, text).map((d) => `${d.messageId} ${d.data.container ?? ''} ${d.data.missing ?? ''} ${d.data.qos ?? ''}@${d.fieldPath}`.replace(/ +/g, ' '));
const pod = (...specLines: string[]) => yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: web}', 'spec:', ...specLines);
const container = (name: string, ...lines: string[]) => [`  - name: ${name}`, '    image: nginx:1.27', ...lines];

describe('podQosClass, as ComputePodQOS', () => {
  const c = (resources: object) => ({ name: 'c', image: 'x', resources });
  test.each([
    ['nothing set', { containers: [{ name: 'c' }] }, 'BestEffort'],
    ['a memory request', { containers: [c({ requests: { memory: '1Gi' } })] }, 'Burstable'],
    ['a CPU limit only', { containers: [c({ limits: { cpu: '1' } })] }, 'Burstable'],
    ['limits only, cpu and memory: requests default to them', { containers: [c({ limits: { cpu: '1', memory: '1Gi' } })] }, 'Guaranteed'],
    ['equal in other units', { containers: [c({ requests: { cpu: '1000m', memory: '1024Mi' }, limits: { cpu: '1', memory: '1Gi' } })] }, 'Guaranteed'],
    ['request below limit', { containers: [c({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } })] }, 'Burstable'],
    ['one of two containers without limits', { containers: [c({ limits: { cpu: '1', memory: '1Gi' } }), { name: 'd' }] }, 'Burstable'],
    ['an init container without limits', { initContainers: [{ name: 'i' }], containers: [c({ limits: { cpu: '1', memory: '1Gi' } })] }, 'Burstable'],
    ['an init container with a request', { initContainers: [c({ requests: { cpu: '1' } })], containers: [{ name: 'd' }] }, 'Burstable'],
    ['zero quantities count as unset', { containers: [c({ requests: { cpu: '0', memory: '0' } })] }, 'BestEffort'],
    ['other resources do not count', { containers: [c({ limits: { 'nvidia.com/gpu': 1 } })] }, 'BestEffort'],
    ['Pod-level limits decide over containers', { resources: { limits: { cpu: '1', memory: '1Gi' } }, containers: [{ name: 'd' }] }, 'Guaranteed'],
    ['Pod-level requests only', { resources: { requests: { cpu: '1' } }, containers: [c({ limits: { cpu: '1', memory: '1Gi' } })] }, 'Burstable'],
  ])('%s', (_name, spec, expected) => {
    expect(podQosClass(spec as Record<string, unknown>)).toBe(expected);
  });
});

describe('resources-missing', () => {
  test('a memory request only: the CPU request and the memory limit are missing, Burstable (not BestEffort)', () => {
    const text = pod('  containers:', ...container('web', '    resources: {requests: {memory: 128Mi}}'));
    expect(seen('resources-missing', text)).toEqual(['missing web requests.cpu, limits.memory Burstable@spec.containers[0].name']);
    expect(formatMessage(of('resources-missing', text)[0]!, 'en')).toBe(
      'Container web is missing requests.cpu, limits.memory; the scheduler reserves nothing that is not requested. The Pod\'s QoS class is Burstable.');
  });
  test('a CPU limit only sets the CPU request: the memory request and limit are missing', () => {
    expect(seen('resources-missing', pod('  containers:', ...container('web', '    resources: {limits: {cpu: 500m}}'))))
      .toEqual(['missing web requests.memory, limits.memory Burstable@spec.containers[0].name']);
  });
  test('nothing at all in a Pod of one container: BestEffort', () => {
    const text = pod('  containers:', ...container('web'));
    expect(seen('resources-missing', text)).toEqual(['requests web @spec.containers[0].name']);
    expect(formatMessage(of('resources-missing', text)[0]!, 'en')).toContain('BestEffort');
  });
  test('nothing in one container while another has requests: the Pod is Burstable, and says so', () => {
    const text = pod('  containers:', ...container('web', '    resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 64Mi}}'), ...container('log'));
    expect(seen('resources-missing', text)).toEqual(['missing log requests.cpu, requests.memory, limits.memory Burstable@spec.containers[1].name']);
  });
  test('only the memory limit missing', () => {
    expect(seen('resources-missing', pod('  containers:', ...container('web', '    resources: {requests: {cpu: 100m, memory: 64Mi}}'))))
      .toEqual(['memory-limit web Burstable@spec.containers[0].resources']);
  });
  test('complete: nothing', () => {
    expect(seen('resources-missing', pod('  containers:', ...container('web', '    resources: {limits: {cpu: 100m, memory: 64Mi}}')))).toEqual([]);
  });
  test('Pod-level resources set: containers need none, the Pod level is checked', () => {
    const complete = pod('  resources: {limits: {cpu: "1", memory: 1Gi}}', '  containers:', ...container('web'), ...container('log'));
    expect(seen('resources-missing', complete)).toEqual([]);
    const partial = pod('  resources: {requests: {cpu: "1"}}', '  containers:', ...container('web'));
    expect(seen('resources-missing', partial)).toEqual(['pod-level requests.memory, limits.memory Burstable@spec.resources']);
  });
  test('init containers are not asked for resources', () => {
    const text = pod('  initContainers:', ...container('init'), '  containers:', ...container('web', '    resources: {limits: {cpu: 100m, memory: 64Mi}}'));
    expect(seen('resources-missing', text)).toEqual([]);
  });
});

describe('probes-missing', () => {
  const deployment = (...containerLines: string[]) => yaml('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:',
    '  selector: {matchLabels: {app: web}}', '  template:', '    metadata: {labels: {app: web}}', '    spec:', '      containers:',
    ...containerLines.map((l) => `    ${l}`));
  const ports = '    ports: [{containerPort: 80}]';
  const readiness = '    readinessProbe: {httpGet: {path: /, port: 80}}';
  const liveness = '    livenessProbe: {tcpSocket: {port: 80}}';
  test('ports and no probes: one warning naming both', () => {
    const text = deployment(...container('web', ports));
    expect(seen('probes-missing', text)).toEqual(['both web @spec.template.spec.containers[0].name']);
    expect(formatMessage(of('probes-missing', text)[0]!, 'en')).toBe(
      'Container web has no readiness or liveness probe; it may receive traffic before it is ready, and the kubelet cannot restart a hung process.');
  });
  test('no ports: no readiness is expected, only liveness', () => {
    expect(seen('probes-missing', deployment(...container('worker')))).toEqual(['liveness worker @spec.template.spec.containers[0].name']);
  });
  test('ports and a liveness probe: readiness only; a readiness probe: liveness only; both: nothing', () => {
    expect(seen('probes-missing', deployment(...container('web', ports, liveness)))).toEqual(['readiness web @spec.template.spec.containers[0].name']);
    expect(seen('probes-missing', deployment(...container('web', ports, readiness)))).toEqual(['liveness web @spec.template.spec.containers[0].name']);
    expect(seen('probes-missing', deployment(...container('web', ports, readiness, liveness)))).toEqual([]);
  });
  test('one warning per container', () => {
    expect(seen('probes-missing', deployment(...container('web', ports), ...container('sidecar')))).toEqual([
      'both web @spec.template.spec.containers[0].name', 'liveness sidecar @spec.template.spec.containers[1].name',
    ]);
  });
  test('init containers, Jobs and CronJobs are not checked', () => {
    const withInit = pod('  initContainers:', ...container('init', ports), '  containers:', ...container('web', readiness, liveness));
    expect(seen('probes-missing', withInit)).toEqual([]);
    const job = yaml('apiVersion: batch/v1', 'kind: Job', 'metadata: {name: once}', 'spec:', '  template:', '    spec:', '      restartPolicy: Never',
      '      containers:', ...container('run', ports).map((l) => `    ${l}`));
    expect(seen('probes-missing', job)).toEqual([]);
    const cron = yaml('apiVersion: batch/v1', 'kind: CronJob', 'metadata: {name: nightly}', 'spec:', '  schedule: "0 3 * * *"', '  jobTemplate:',
      '    spec:', '      template:', '        spec:', '          restartPolicy: Never', '          containers:', ...container('run', ports).map((l) => `        ${l}`));
    expect(seen('probes-missing', cron)).toEqual([]);
  });
});
