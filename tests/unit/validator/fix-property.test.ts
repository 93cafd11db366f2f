// Property test of the fixes (issue 13.5): on generated manifests with the slips the fixes are for
// (removed apiVersions, a missing selector, field names and enum values in the wrong case, quoted or
// unquoted scalars, old Ingress backends), in block and flow style with comments everywhere, every safe
// fix applied alone leaves its rule with fewer reports, breaks no YAML and keeps everything outside its
// edits; fixing until stable leaves no safe fix and every comment. Workloads of the removed versions, with
// their (update) strategy, revisionHistoryLimit and progressDeadlineSeconds left out or set, keep the update
// behaviour their old version defaulted to once migrated (modelled on the upstream defaults.go files).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { applyEdits, fixText } from '../../../src/lib/validator/fix/apply.ts';
import { validate, type Diagnostic } from '../../../src/lib/validator/index.ts';
import type { TextEdit } from '../../../src/lib/validator/types.ts';

const options = { schema: apiSchema, bestPractices: false };

/** A YAML line with, sometimes, a comment after it or on a line of its own above it. */
const commented = (line: string, comment: number, where: number): string => {
  const indent = line.match(/^ */)?.[0] ?? '';
  if (where === 1) return `${line} # c${comment}`;
  if (where === 2 && !line.trimStart().startsWith('- ')) return `${indent}# c${comment}\n${line}`;
  return line;
};

/** A workload's (update) strategy: left out, empty, flow, or a type, with a rolling update that sets one field. */
function strategyLines(kind: string, strategy: string): string[] {
  if (kind === 'ReplicaSet' || strategy === 'none') return [];
  const key = kind === 'Deployment' ? 'strategy' : 'updateStrategy';
  const rolling = kind === 'Deployment' ? 'maxSurge: 2' : kind === 'DaemonSet' ? 'maxUnavailable: 2' : 'partition: 0';
  switch (strategy) {
    case 'empty': return [`  ${key}:`];
    case 'flow': return [`  ${key}: {}`];
    case 'partial': return [`  ${key}:`, '    type: RollingUpdate', '    rollingUpdate:', `      ${rolling}`];
    case 'OnDelete': return kind === 'Deployment' ? [] : [`  ${key}:`, '    type: OnDelete'];
    case 'Recreate': return kind === 'Deployment' ? [`  ${key}: {type: Recreate}`] : [];
    default: return [`  ${key}:`, `    type: ${strategy}`];
  }
}

const deployment = fc.record({
  apiVersion: fc.constantFrom('apps/v1', 'extensions/v1beta1', 'apps/v1beta2', 'apps/v1beta1'),
  kind: fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'),
  selector: fc.boolean(),
  flowLabels: fc.boolean(),
  labels: fc.subarray(['app: web', 'tier: front', 'track: "1"'], { minLength: 1 }),
  replicas: fc.constantFrom('2', '"2"', "'3'"),
  pullKey: fc.constantFrom('imagePullPolicy', 'imagePullpolicy', 'ImagePullPolicy'),
  pull: fc.constantFrom('Always', 'always', '"ifNotPresent"', 'NEVER'),
  port: fc.constantFrom('80', '"80"'),
  env: fc.constantFrom('"8080"', '8080', 'yes', 'true', '1.5'),
  // the fields whose defaults apps/v1 changed, left out or set (a Deployment's strategy, the others' updateStrategy)
  strategy: fc.constantFrom('none', 'empty', 'flow', 'Recreate', 'RollingUpdate', 'partial', 'OnDelete'),
  history: fc.boolean(),
  deadline: fc.boolean(),
}).map((m) => {
  const labels = m.flowLabels ? [`      labels: {${m.labels.join(', ')}}`] : ['      labels:', ...m.labels.map((l) => `        ${l}`)];
  return [
    `apiVersion: ${m.apiVersion}`, `kind: ${m.kind}`, 'metadata:', '  name: web', 'spec:', `  replicas: ${m.replicas}`,
    ...strategyLines(m.kind, m.strategy),
    ...(m.history && m.kind !== 'ReplicaSet' ? ['  revisionHistoryLimit: 4'] : []),
    ...(m.deadline && m.kind === 'Deployment' ? ['  progressDeadlineSeconds: 90'] : []),
    ...(m.selector ? ['  selector:', '    matchLabels:', `      ${m.labels[0]}`] : []),
    '  template:', '    metadata:', ...labels, '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27',
    `        ${m.pullKey}: ${m.pull}`, '        ports:', `        - containerPort: ${m.port}`, '        env:', '        - name: PORT', `          value: ${m.env}`,
  ];
});

const ingress = fc.record({
  apiVersion: fc.constantFrom('extensions/v1beta1', 'networking.k8s.io/v1beta1'),
  defaultBackend: fc.boolean(),
  flowBackend: fc.boolean(),
  pathType: fc.boolean(),
  port: fc.constantFrom('80', 'http', '"8080"'),
  // a second path whose backend is an alias of the first's
  alias: fc.boolean(),
}).map((m) => {
  const anchor = m.alias ? ' &web' : '';
  return [
    `apiVersion: ${m.apiVersion}`, 'kind: Ingress', 'metadata:', '  name: web', 'spec:',
    ...(m.defaultBackend ? ['  backend:', '    serviceName: fallback', `    servicePort: ${m.port}`] : []),
    '  rules:', '  - http:', '      paths:', '      - path: /', ...(m.pathType ? ['        pathType: Prefix'] : []),
    ...(m.flowBackend ? [`        backend:${anchor} {serviceName: web, servicePort: ${m.port}}`] : [`        backend:${anchor}`, '          serviceName: web', `          servicePort: ${m.port}`]),
    ...(m.alias ? ['      - path: /b', '        backend: *web'] : []),
  ];
});

/** a kubelet's client certificate request (system:node:node-1 in system:nodes), from the migration fixture */
const NODE_CLIENT_CSR = readFileSync(new URL('../../fixtures/validator/migrations/csr.before.yaml', import.meta.url), 'utf8').match(/request: (LS0\S+)/)?.[1] ?? '';

/** The removed betas whose migration is the apiVersion plus a few renames, quoted, anchored, flow or block. */
const beta = fc.record({
  which: fc.constantFrom('hpa', 'cronjob', 'pdb', 'endpointslice', 'priority', 'storage', 'csr', 'crd'),
  quote: fc.constantFrom('', '"', "'"),
  anchor: fc.boolean(),
  flow: fc.boolean(),
  selector: fc.constantFrom('none', 'empty', 'labels'),
  flowcontrol: fc.constantFrom('v1beta1', 'v1beta2', 'v1beta3'),
  shares: fc.constantFrom('0', '10'),
  topology: fc.constantFrom('both', 'host', 'empty', 'other'),
}).map((m) => {
  const apiVersion = (version: string) => `apiVersion: ${m.anchor ? '&v ' : ''}${m.quote}${version}${m.quote}`;
  const used = m.anchor ? ['  annotations:', '    example.com/written-for: *v'] : [];
  switch (m.which) {
    case 'hpa': return [apiVersion('autoscaling/v2beta2'), 'kind: HorizontalPodAutoscaler', 'metadata:', '  name: web', ...used, 'spec:',
      '  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}', '  maxReplicas: 3', '  metrics:', '  - type: Resource', '    resource:', '      name: cpu',
      ...(m.flow ? ['      target: {type: Utilization, averageUtilization: 70}'] : ['      target:', '        type: Utilization', '        averageUtilization: 70'])];
    case 'cronjob': return [apiVersion('batch/v1beta1'), 'kind: CronJob', 'metadata:', '  name: nightly', ...used, 'spec:', '  schedule: "0 3 * * *"', '  jobTemplate:', '    spec:', '      template:', '        spec:',
      '          restartPolicy: OnFailure', ...(m.flow ? ['          containers: [{name: job, image: "busybox:1.37"}]'] : ['          containers:', '          - name: job', '            image: busybox:1.37'])];
    case 'pdb': {
      const selector = { none: [], empty: m.flow ? ['  selector: {}'] : ['  selector:', '    matchLabels: {}'], labels: m.flow ? ['  selector: {matchLabels: {app: web}}'] : ['  selector:', '    matchLabels:', '      app: web'] }[m.selector];
      return [apiVersion('policy/v1beta1'), 'kind: PodDisruptionBudget', 'metadata:', '  name: web', ...used, 'spec:', '  minAvailable: 1', ...selector];
    }
    case 'endpointslice': {
      const keys = { both: ['kubernetes.io/hostname: node-1', 'topology.kubernetes.io/zone: zone-a'], host: ['kubernetes.io/hostname: node-1'], empty: [], other: ['example.com/rack: r1'] }[m.topology];
      const topology = m.flow || keys.length === 0 ? [`  topology: {${keys.join(', ')}}`] : ['  topology:', ...keys.map((k) => `    ${k}`)];
      return [apiVersion('discovery.k8s.io/v1beta1'), 'kind: EndpointSlice', 'metadata:', '  name: web-abc', ...used, 'addressType: IPv4', 'endpoints:', '- addresses: [10.0.0.1]', ...topology, '  conditions: {ready: true}'];
    }
    case 'priority': {
      const field = m.flowcontrol === 'v1beta3' ? 'nominalConcurrencyShares' : 'assuredConcurrencyShares';
      return [apiVersion(`flowcontrol.apiserver.k8s.io/${m.flowcontrol}`), 'kind: PriorityLevelConfiguration', 'metadata:', '  name: batch', ...used, 'spec:', '  type: Limited',
        ...(m.flow ? [`  limited: {${field}: ${m.shares}, limitResponse: {type: Reject}}`] : ['  limited:', `    ${field}: ${m.shares}`, '    limitResponse:', '      type: Reject'])];
    }
    case 'csr': {
      // a node's client certificate request (kubelet client signer), or with usages left out (legacy-unknown: a suggestion)
      const usages = { none: [], empty: ['  usages:'], labels: m.flow ? ['  usages: [digital signature, key encipherment, client auth]'] : ['  usages:', '  - digital signature', '  - key encipherment', '  - client auth'] }[m.selector];
      return [apiVersion('certificates.k8s.io/v1beta1'), 'kind: CertificateSigningRequest', 'metadata:', '  name: node-csr', ...used, 'spec:', `  request: ${NODE_CLIENT_CSR}`, ...usages];
    }
    case 'crd': {
      // spec.version or two versions, the schema block or flow, printer columns or not, preserveUnknownFields false or left out (a suggestion)
      const versions = m.topology === 'both' || m.topology === 'host'
        ? ['  versions:', '  - name: v1', '    served: true', '    storage: true', '  - name: v1beta1', '    served: true', '    storage: false'] : ['  version: v1'];
      const validation = m.flow ? ['  validation: {openAPIV3Schema: {type: object, properties: {spec: {type: object}}}}']
        : ['  validation:', '    openAPIV3Schema:', '      type: object', '      properties:', '        spec:', '          type: object', '          properties: {size: {type: integer}}'];
      const columns = m.shares === '10' ? ['  additionalPrinterColumns:', '  - name: Size', '    type: integer', '    JSONPath: .spec.size'] : [];
      return [apiVersion('apiextensions.k8s.io/v1beta1'), 'kind: CustomResourceDefinition', 'metadata:', '  name: things.example.com', ...used, 'spec:', '  group: example.com',
        '  names: {plural: things, kind: Thing}', ...(m.selector === 'none' ? [] : ['  preserveUnknownFields: false']), ...versions, ...validation, ...columns];
    }
    default: return [apiVersion('storage.k8s.io/v1beta1'), 'kind: StorageClass', 'metadata:', '  name: fast', ...used, 'provisioner: ebs.csi.aws.com', m.flow ? 'parameters: {type: gp3}' : 'reclaimPolicy: Delete'];
  }
});

/** A Service and the Deployment it selects, whose containers may not declare its targetPort. */
const servicePorts = fc.record({
  // '': no targetPort, the port is the target
  target: fc.constantFrom('8080', '80', 'http', '"web"', "'metrics'", ''),
  declared: fc.subarray(['80', '9090', '8080'], { minLength: 1 }),
  named: fc.boolean(),
  flowPorts: fc.boolean(),
}).map((m) => {
  const names: Record<string, string> = { 80: 'web', 9090: 'metrics', 8080: 'alt' };
  const ports = m.declared.flatMap((port) => (m.named ? [`        - name: ${names[port]}`, `          containerPort: ${port}`] : [`        - containerPort: ${port}`]));
  return [
    'apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  selector:', '    app: web',
    ...(m.flowPorts ? [`  ports: [{port: 80${m.target ? `, targetPort: ${m.target}` : ''}}]`] : ['  ports:', '  - port: 80', ...(m.target ? [`    targetPort: ${m.target}`] : [])]),
    '---', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  selector: {matchLabels: {app: web}}', '  template:', '    metadata:', '      labels: {app: web}',
    '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27', '        ports:', ...ports,
  ];
});

const manifest = fc.tuple(fc.oneof(deployment, ingress, beta, servicePorts), fc.array(fc.nat(2), { minLength: 30, maxLength: 30 }))
  .map(([lines, where]) => `${lines.map((line, i) => commented(line, i, where[i] ?? 0)).join('\n')}\n`);

const comments = (text: string) => [...text.matchAll(/# c\d+/g)].map((m) => m[0]).sort();
const count = (diagnostics: Diagnostic[], ruleId: string) => diagnostics.filter((d) => d.ruleId === ruleId).length;
const broken = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.ruleId === 'yaml-syntax' || d.ruleId === 'duplicate-key');

/** The text outside the edits, in order: what must come through a fix unchanged. */
function outside(text: string, edits: readonly TextEdit[]): string[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    parts.push(text.slice(at, edit.start));
    at = edit.end;
  }
  return [...parts, text.slice(at)];
}

/** rules whose suggestions are checked like the safe fixes: each one clears what it was offered for */
const SUGGESTIONS_CHECKED = new Set(['service-target-port', 'api-version-not-served']);

describe('fixes on generated manifests', () => {
  test('the generator makes what the fixes are for: most manifests carry safe fixes of several rules', () => {
    const sample = fc.sample(manifest, { numRuns: 240, seed: 13 });
    const diagnostics = sample.map((text) => validate(text, options).diagnostics);
    const checked = diagnostics.map((list) => list.filter((d) => d.fixes?.some((f) => f.safety === 'safe' || SUGGESTIONS_CHECKED.has(d.ruleId))));
    expect(checked.filter((list) => list.length > 0).length).toBeGreaterThan(160);
    const withFix = (safety: string) => new Set(diagnostics.flat().filter((d) => d.fixes?.some((f) => f.safety === safety)).map((d) => d.ruleId));
    expect(withFix('safe')).toEqual(new Set(['api-version-not-served', 'workload-selector', 'schema-unknown-field', 'schema-enum', 'schema-type-mismatch']));
    expect(new Set([...withFix('suggestion')].filter((id) => SUGGESTIONS_CHECKED.has(id)))).toEqual(SUGGESTIONS_CHECKED);
  });
  test('each safe fix alone, and each suggestion of the targetPort and migration rules: its rule reports less, the YAML still loads, the rest of the text and every comment stay', () => {
    fc.assert(fc.property(manifest, (text) => {
      const before = validate(text, options).diagnostics;
      expect(broken(before)).toEqual([]);
      for (const d of before) {
        for (const fix of d.fixes?.filter((f) => f.safety === 'safe' || SUGGESTIONS_CHECKED.has(d.ruleId)) ?? []) {
          const fixed = applyEdits(text, fix.edits);
          // the pieces between the edits come through in order, each where the edits leave it
          let at = 0;
          const pieces = outside(text, fix.edits);
          const edits = [...fix.edits].sort((a, b) => a.start - b.start);
          pieces.forEach((piece, i) => {
            expect(fixed.slice(at, at + piece.length)).toBe(piece);
            at += piece.length + (edits[i]?.text.length ?? 0);
          });
          const after = validate(fixed, options).diagnostics;
          expect(count(after, d.ruleId), `${d.ruleId} ${fix.label}\n${fixed}`).toBeLessThan(count(before, d.ruleId));
          expect(broken(after), fixed).toEqual([]);
          expect(comments(fixed)).toEqual(comments(text));
        }
      }
    }), { numRuns: 200 });
  });
  test('fixing until stable leaves no safe fix, no removed apiVersion and every comment', () => {
    fc.assert(fc.property(manifest, (text) => {
      const run = fixText(text, options);
      expect(run.result.diagnostics.filter((d) => d.fixes?.some((f) => f.safety === 'safe')), run.text).toEqual([]);
      // what is left of the removed apiVersions is what only a suggestion migrates (a PDB with an empty or no
      // selector, a CSR whose signer v1beta1 would have left to legacy-unknown, a CRD v1 would start pruning)
      const removed = run.result.diagnostics.filter((d) => d.ruleId === 'api-version-not-served');
      expect(removed.map((d) => d.messageId).filter((id) => !id.startsWith('removed-pdb-') && id !== 'removed-csr-legacy-unknown' && id !== 'removed-crd-prunes'), run.text).toEqual([]);
      expect(broken(run.result.diagnostics), run.text).toEqual([]);
      expect(comments(run.text)).toEqual(comments(text));
    }), { numRuns: 200 });
  });
  test('a workload migrated to apps/v1 keeps the update behaviour its old version defaulted to', () => {
    fc.assert(fc.property(deployment, fc.array(fc.nat(2), { minLength: 30, maxLength: 30 }), (lines, where) => {
      const text = `${lines.map((line, i) => commented(line, i, where[i] ?? 0)).join('\n')}\n`;
      const old = yaml.load(text) as Workload;
      fc.pre(old.apiVersion !== 'apps/v1');
      const fixed = yaml.load(fixText(text, options, 'all').text) as Workload;
      expect(fixed.apiVersion).toBe('apps/v1');
      expect(updateBehaviour('apps/v1', fixed), text).toEqual(updateBehaviour(old.apiVersion, old));
    }), { numRuns: 200 });
  });
});

interface Workload { apiVersion: string; kind: string; spec?: Record<string, any> | null }

const MAX_INT32 = 2147483647;

/**
 * What the API server would have made of a workload's update fields in `apiVersion`, modelled here on
 * kubernetes/kubernetes pkg/apis/{extensions/v1beta1,apps/v1beta1,apps/v1beta2,apps/v1}/defaults.go on
 * its own (not from the migration's table), so the two are checked against each other.
 */
function updateBehaviour(apiVersion: string, workload: Workload): Record<string, unknown> {
  const spec = workload.spec ?? {};
  const extensions = apiVersion === 'extensions/v1beta1';
  const appsV1beta1 = apiVersion === 'apps/v1beta1';
  switch (workload.kind) {
    case 'Deployment': {
      const type = spec.strategy?.type ?? 'RollingUpdate';
      const rolling = spec.strategy?.rollingUpdate ?? {};
      const step = extensions ? 1 : '25%';
      return {
        type,
        maxSurge: type === 'RollingUpdate' ? rolling.maxSurge ?? step : undefined,
        maxUnavailable: type === 'RollingUpdate' ? rolling.maxUnavailable ?? step : undefined,
        revisionHistoryLimit: spec.revisionHistoryLimit ?? (extensions ? MAX_INT32 : appsV1beta1 ? 2 : 10),
        progressDeadlineSeconds: spec.progressDeadlineSeconds ?? (extensions ? MAX_INT32 : 600),
      };
    }
    case 'DaemonSet': {
      const type = spec.updateStrategy?.type ?? (extensions ? 'OnDelete' : 'RollingUpdate');
      return { type, maxUnavailable: type === 'RollingUpdate' ? spec.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1 : undefined, revisionHistoryLimit: spec.revisionHistoryLimit ?? 10 };
    }
    case 'StatefulSet': {
      const type = spec.updateStrategy?.type ?? (appsV1beta1 ? 'OnDelete' : 'RollingUpdate');
      return { type, podManagementPolicy: spec.podManagementPolicy ?? 'OrderedReady', revisionHistoryLimit: spec.revisionHistoryLimit ?? 10 };
    }
    // a ReplicaSet's one default (replicas 1) is the same in every version
    default: return {};
  }
}
