// Removed API versions migrated in place (issue 13.2): each tests/fixtures/validator/migrations/NAME.before.yaml
// is fixed (every fix, suggestions included) into NAME.after.yaml, byte for byte; the comments inside the
// changed blocks, flow style and anchors survive, and nothing removed is left.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { fixText } from '../../../src/lib/validator/fix/apply.ts';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { REMOVED_APIS } from '../../../src/lib/k8s/removed-apis.ts';
import { MIGRATION_NOTES, migrationDetails } from '../../../src/lib/validator/fix/migration-notes.ts';

const dir = fileURLToPath(new URL('../../fixtures/validator/migrations/', import.meta.url));
const names = readdirSync(dir).filter((file) => file.endsWith('.before.yaml')).map((file) => file.replace('.before.yaml', ''));
const options = { schema: apiSchema, bestPractices: false };
const comments = (text: string) => text.split('\n').flatMap((line) => line.match(/#.*$/) ?? []);

describe.each(names)('%s', (name) => {
  const before = readFileSync(`${dir}${name}.before.yaml`, 'utf8');
  const after = readFileSync(`${dir}${name}.after.yaml`, 'utf8');
  test('fixes into the after file, keeping every comment', () => {
    const run = fixText(before, options, 'all');
    expect(run.text).toBe(after);
    expect(comments(run.text)).toEqual(comments(before));
  });
  test('the after file has no removed API and nothing more to fix', () => {
    expect(validate(after, options).diagnostics.filter((d) => d.ruleId === 'api-version-not-served')).toEqual([]);
    expect(validate(after, options).diagnostics.filter((d) => d.severity === 'error' && d.category !== 'cross-document')).toEqual([]);
    expect(fixText(after, options, 'all').text).toBe(after);
  });
});

const migrations = (name: string) => validate(readFileSync(`${dir}${name}.before.yaml`, 'utf8'), options).diagnostics
  .filter((d) => d.ruleId === 'api-version-not-served');

test('a webhook migration that has to assume sideEffects: None is a suggestion; the others are safe', () => {
  const safety = (name: string) => migrations(name).map((d) => d.fixes?.[0]?.safety);
  expect(safety('webhook')).toEqual(['suggestion']);
  expect(safety('webhook-mutating')).toEqual(['safe']);
  expect(safety('ingress')).toEqual(['safe']);
});

test('a PodDisruptionBudget whose selector is empty ({}: none in v1beta1, every Pod of the namespace in v1) or absent migrates as a suggestion, saying so', () => {
  expect(migrations('pdb').map((d) => `${d.messageId} ${d.fixes?.[0]?.safety}`)).toEqual([
    'removed safe', 'removed-pdb-empty-selector suggestion', 'removed-pdb-no-selector suggestion',
  ]);
  const [, empty] = migrations('pdb');
  expect(empty && formatMessage(empty, 'en')).toContain('in policy/v1beta1 it selected no Pods, in policy/v1 it selects every Pod in the namespace');
  expect(empty && formatMessage(empty, 'ko')).toContain('policy/v1에서는 네임스페이스의 모든 파드를 골라');
  // matchLabels: {} is as empty as {}
  const text = 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec: {minAvailable: 1, selector: {matchLabels: {}}}\n';
  expect(validate(text, options).diagnostics.map((d) => d.messageId)).toEqual(['removed-pdb-empty-selector']);
});

test('an EndpointSlice topology that is anchored or aliased is left for the schema rules: its text is shared', () => {
  const text = ['apiVersion: discovery.k8s.io/v1beta1', 'kind: EndpointSlice', 'metadata: {name: web-abc}', 'addressType: IPv4', 'endpoints:',
    '- addresses: [10.0.0.1]', '  topology: &node1 {kubernetes.io/hostname: node-1}', '- addresses: [10.0.0.2]', '  topology: *node1', ''].join('\n');
  const run = fixText(text, options, 'all');
  expect(run.text).toBe(text.replace('discovery.k8s.io/v1beta1', 'discovery.k8s.io/v1'));
  expect(run.result.diagnostics.filter((d) => d.ruleId === 'yaml-syntax')).toEqual([]);
});

test('an Ingress backend shared through an anchor migrates once, and a pathType goes after the alias, not into its anchor', () => {
  const text = ['apiVersion: extensions/v1beta1', 'kind: Ingress', 'metadata: {name: web}', 'spec:', '  rules:', '  - http:', '      paths:',
    '      - path: /a', '        backend: &web', '          serviceName: web', '          servicePort: 80', '      - path: /b', '        backend: *web', ''].join('\n');
  expect(fixText(text, options, 'all').text).toBe(['apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata: {name: web}', 'spec:', '  rules:', '  - http:', '      paths:',
    '      - path: /a', '        backend: &web', '          service:', '            name: web', '            port:', '              number: 80', '        pathType: ImplementationSpecific',
    '      - path: /b', '        backend: *web', '        pathType: ImplementationSpecific', ''].join('\n'));
});

// Removed APIs with a successor that no fixture migrates, and why
const NOT_MIGRATED: Record<string, string> = {
  'extensions/v1beta1 PodSecurityPolicy': 'its successor policy/v1beta1 is gone too: the message explains Pod Security Admission (below)',
  'extensions/v1beta1 Scale': 'a subresource, read and written through its parent, never applied',
  'apps/v1beta1 Scale': 'a subresource, read and written through its parent, never applied',
  'apps/v1beta2 Scale': 'a subresource, read and written through its parent, never applied',
  'policy/v1beta1 Eviction': 'a subresource posted to a Pod, never applied',
  'apps/v1beta1 ControllerRevision': 'written by the workload controllers, not by hand',
  'apps/v1beta2 ControllerRevision': 'written by the workload controllers, not by hand',
};

test('every removed API with a successor in the migration guide is migrated by a fixture, or listed with its reason', () => {
  const migrated = new Set<string>();
  for (const name of names) {
    const result = validate(readFileSync(`${dir}${name}.before.yaml`, 'utf8'), options);
    for (const d of result.diagnostics.filter((x) => x.ruleId === 'api-version-not-served' && x.fixes)) {
      const doc = result.documents[d.document];
      migrated.add(`${doc?.apiVersion} ${doc?.kind}`);
    }
  }
  const withSuccessor = REMOVED_APIS.filter((r) => r.replacement).map((r) => `${r.apiVersion} ${r.kind}`);
  expect(withSuccessor.filter((api) => !migrated.has(api)).sort()).toEqual(Object.keys(NOT_MIGRATED).sort());
});

test('PodSecurityPolicy has no successor: the message explains Pod Security Admission, with no fix', () => {
  const [d] = validate('apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\n', options).diagnostics;
  expect([d?.messageId, d?.fixes]).toEqual(['removed-psp', undefined]);
});

test('extensions/v1beta1 PodSecurityPolicy went in 1.16 and its successor policy/v1beta1 in 1.25, as removed-apis.ts says', () => {
  const [d] = validate('apiVersion: extensions/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\n', options).diagnostics;
  expect([d?.messageId, d?.fixes]).toEqual(['removed-psp-moved', undefined]);
  expect(d && formatMessage(d, 'en')).toContain('PodSecurityPolicy (extensions/v1beta1) was removed in Kubernetes 1.16, and its successor policy/v1beta1 in Kubernetes 1.25');
  expect(d && formatMessage(d, 'ko')).toContain('쿠버네티스 1.16에서 제거되었고, 그 뒤를 이은 policy/v1beta1 역시 쿠버네티스 1.25에서');
  const [policy] = validate('apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\n', options).diagnostics;
  expect(policy && formatMessage(policy, 'en')).toContain('was removed in Kubernetes 1.25 with no replacement API');
  expect(policy && formatMessage(policy, 'en')).not.toContain('1.16');
});

test('a workload migration that writes old defaults says which, the apps/v1 default each replaces, and names them in its label', () => {
  const found = migrations('workload-defaults');
  expect(found.map((d) => `${d.messageId} ${d.fixes?.[0]?.safety} ${d.fixes?.[0]?.label}`)).toEqual([
    'removed-old-defaults safe apps/v1 + progressDeadlineSeconds: 2147483647, strategy.rollingUpdate.maxUnavailable: 1',
    'removed-old-defaults safe apps/v1 + revisionHistoryLimit: 2147483647',
    'removed-old-defaults safe apps/v1 + revisionHistoryLimit: 2147483647, progressDeadlineSeconds: 2147483647, strategy.rollingUpdate.maxSurge: 1, strategy.rollingUpdate.maxUnavailable: 1',
    'removed-old-defaults safe apps/v1 + revisionHistoryLimit: 2147483647, progressDeadlineSeconds: 2147483647, strategy.rollingUpdate.maxSurge: 1, strategy.rollingUpdate.maxUnavailable: 1',
    'removed-old-defaults safe apps/v1 + revisionHistoryLimit: 2',
    'removed-old-defaults safe apps/v1 + updateStrategy.type: OnDelete',
    // a DaemonSet that says RollingUpdate, and apps/v1beta2 (which defaulted as apps/v1 does): nothing to write
    'removed safe apps/v1',
    'removed-old-defaults safe apps/v1 + updateStrategy.type: OnDelete',
    'removed safe apps/v1',
  ]);
  const [first] = found;
  expect(first && formatMessage(first, 'en')).toContain('so the fix writes the old defaults to keep the behaviour (the apps/v1 default in parentheses): spec.progressDeadlineSeconds: 2147483647 (600), spec.strategy.rollingUpdate.maxUnavailable: 1 (25%).');
  expect(first && formatMessage(first, 'ko')).toContain('apps/v1의 기본값이 extensions/v1beta1과 달라서, 동작이 바뀌지 않도록 수정이 예전 기본값을 적는다');
  const statefulSet = found[7];
  expect(statefulSet && formatMessage(statefulSet, 'ko')).toContain('spec.updateStrategy.type: OnDelete (RollingUpdate)');
});

test('old defaults go only where the old version would have set them', () => {
  const deployment = (apiVersion: string, spec: string) => `apiVersion: ${apiVersion}\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: d}}\n${spec}  template:\n    metadata: {labels: {app: d}}\n    spec: {containers: [{name: c, image: "nginx:1.27"}]}\n`;
  const labels = (text: string) => validate(text, options).diagnostics.map((d) => d.fixes?.[0]?.label);
  // a Recreate Deployment has no rolling update to default; every field set leaves nothing to write
  expect(labels(deployment('extensions/v1beta1', '  strategy: {type: Recreate}\n  revisionHistoryLimit: 3\n  progressDeadlineSeconds: 60\n'))).toEqual(['apps/v1']);
  expect(labels(deployment('extensions/v1beta1', '  strategy:\n    type: "RollingUpdate"\n    rollingUpdate: {maxSurge: 0, maxUnavailable: 1}\n  revisionHistoryLimit: 3\n  progressDeadlineSeconds: 60\n'))).toEqual(['apps/v1']);
  // apps/v1beta1 and apps/v1beta2 defaulted the rolling update to 25% and the deadline to 600 s, as apps/v1 does
  expect(labels(deployment('apps/v1beta1', '  revisionHistoryLimit: 3\n'))).toEqual(['apps/v1']);
  expect(labels(deployment('apps/v1beta2', ''))).toEqual(['apps/v1']);
  // a StatefulSet update strategy with a rollingUpdate and no type is left alone (apps/v1beta1 refused it with OnDelete)
  const statefulSet = 'apiVersion: apps/v1beta1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  serviceName: s\n  selector: {matchLabels: {app: s}}\n  updateStrategy: {rollingUpdate: {partition: 1}}\n  template:\n    metadata: {labels: {app: s}}\n    spec: {containers: [{name: c, image: "postgres:17"}]}\n';
  expect(labels(statefulSet)).toEqual(['apps/v1']);
  // an aliased strategy is shared text: left alone
  const aliased = deployment('extensions/v1beta1', '  revisionHistoryLimit: 3\n  progressDeadlineSeconds: 60\n  strategy: *s\n').replace('metadata: {name: d}', 'metadata: {name: d, annotations: &s {type: RollingUpdate}}');
  expect(labels(aliased).at(-1)).toBe('apps/v1');
});

test('a webhook migration names the v1beta1 defaults it writes, each with the v1 default it replaces; one set by hand is not named', () => {
  const [validating] = migrations('webhook');
  expect([validating?.messageId, validating?.fixes?.[0]?.label]).toEqual(['removed-old-defaults',
    'admissionregistration.k8s.io/v1 + webhooks[0].failurePolicy: Ignore, webhooks[0].matchPolicy: Exact, webhooks[0].timeoutSeconds: 30']);
  expect(validating && formatMessage(validating, 'en')).toContain('(the admissionregistration.k8s.io/v1 default in parentheses): webhooks[0].failurePolicy: Ignore (Fail), webhooks[0].matchPolicy: Exact (Equivalent), webhooks[0].timeoutSeconds: 30 (10).');
  const [mutating] = migrations('webhook-mutating');
  expect(mutating?.fixes?.[0]?.label).toBe('admissionregistration.k8s.io/v1 + webhooks[0].matchPolicy: Exact, webhooks[0].timeoutSeconds: 30');
});

test('a default field written empty (null) is read as left out: the old default goes in its place', () => {
  const text = 'apiVersion: apps/v1beta1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  revisionHistoryLimit:   # empty\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n    spec: {containers: [{name: c, image: "nginx:1.27"}]}\n';
  expect(fixText(text, options, 'all').text).toBe(text.replace('apps/v1beta1', 'apps/v1').replace('revisionHistoryLimit:   # empty', 'revisionHistoryLimit: 2   # empty'));
});

test('a CertificateSigningRequest gets the signerName and usages v1beta1 defaulted, said in the message and the label', () => {
  const found = migrations('csr');
  expect(found.map((d) => `${d.messageId} ${d.fixes?.[0]?.safety} ${d.fixes?.[0]?.label}`)).toEqual([
    'removed-csr-defaults safe certificates.k8s.io/v1 + signerName: kubernetes.io/kube-apiserver-client-kubelet',
    'removed-csr-defaults safe certificates.k8s.io/v1 + signerName: kubernetes.io/kubelet-serving',
    'removed-csr-defaults safe certificates.k8s.io/v1 + usages: [digital signature, key encipherment]',
  ]);
  const [client, , usages] = found;
  expect(client && formatMessage(client, 'en')).toContain('certificates.k8s.io/v1 requires spec.signerName and spec.usages, which certificates.k8s.io/v1beta1 filled in when left out, so the fix writes what it filled in: spec.signerName: kubernetes.io/kube-apiserver-client-kubelet.');
  expect(usages && formatMessage(usages, 'ko')).toContain('비워 두면 certificates.k8s.io/v1beta1이 채워 주었으므로 수정이 그 값을 적는다: spec.usages: [digital signature, key encipherment].');
});

describe('a CertificateSigningRequest v1beta1 would have given kubernetes.io/legacy-unknown', () => {
  const before = readFileSync(`${dir}csr.before.yaml`, 'utf8');
  // the node's serving request asked for client auth: no kubelet signer takes that set of usages
  const [, serving = ''] = before.split('---\n');
  const notKubelet = serving.replace('[digital signature, server auth]', '[digital signature, client auth, server auth]');
  test('is a suggestion that says so in both languages and writes no signer', () => {
    const [d] = validate(notKubelet, options).diagnostics;
    expect([d?.messageId, d?.fixes?.[0]?.safety, d?.fixes?.[0]?.label]).toEqual(['removed-csr-legacy-unknown', 'suggestion', 'certificates.k8s.io/v1']);
    expect(d && formatMessage(d, 'en')).toContain('so certificates.k8s.io/v1beta1 would have given it kubernetes.io/legacy-unknown, a signer certificates.k8s.io/v1 cannot request');
    expect(d && formatMessage(d, 'ko')).toContain('서명자를 kubernetes.io/legacy-unknown으로 채웠겠지만, certificates.k8s.io/v1은 이 서명자로 요청을 만들 수 없다');
    const run = fixText(notKubelet, options, 'all');
    expect(run.text).toBe(notKubelet.replace('certificates.k8s.io/v1beta1', 'certificates.k8s.io/v1'));
    // what is left is the signer to choose
    expect(run.result.diagnostics.map((x) => `${x.ruleId} ${x.path.join('.')}`)).toEqual(['schema-required-field spec.signerName']);
    expect(fixText(notKubelet, options, 'safe').text).toBe(notKubelet);
  });
  test('as is any request that is not a readable CSR, or no node\'s, or with usages defaulted to ones no kubelet signer takes', () => {
    const spec = (request: string, usages: string) => `apiVersion: certificates.k8s.io/v1beta1\nkind: CertificateSigningRequest\nmetadata: {name: r}\nspec:\n  request: ${request}\n${usages}`;
    const user = before.match(/name: jane\nspec:\n {2}request: (\S+)/)?.[1] ?? '';
    const client = before.match(/request: (LS0\S+)\n {2}usages:\n {2}- digital/)?.[1] ?? '';
    expect([user.length > 100, client.length > 100]).toEqual([true, true]);
    const messageOf = (text: string) => validate(text, options).diagnostics.map((d) => d.messageId);
    expect(messageOf(spec('bm90IGEgUEVNIGJsb2Nr', '  usages: [client auth]\n'))).toEqual(['removed-csr-legacy-unknown']);
    expect(messageOf(spec(user, '  usages: [digital signature, client auth]\n'))).toEqual(['removed-csr-legacy-unknown']);
    expect(messageOf(spec(client, ''))).toEqual(['removed-csr-legacy-unknown']);
    expect(messageOf(spec(client, '  usages: [digital signature, client auth]\n'))).toEqual(['removed-csr-defaults']);
    // an empty list is no nil: v1beta1 kept it (and v1 refuses it), so no usages are written
    expect(validate(spec(client, '  usages: []\n'), options).diagnostics.map((d) => d.fixes?.[0]?.label)).toEqual(['certificates.k8s.io/v1']);
  });
});

test('APIService apiregistration.k8s.io/v1beta1 -> v1 changes no field: the apiVersion alone, and v1 accepts the rest', () => {
  const text = ['apiVersion: apiregistration.k8s.io/v1beta1', 'kind: APIService', 'metadata: {name: v1beta1.custom.metrics.k8s.io}', 'spec:',
    '  service: {name: adapter, namespace: monitoring, port: 443}', '  group: custom.metrics.k8s.io', '  version: v1beta1',
    '  caBundle: LS0tLS1CRUdJTg==   # the adapter\'s CA', '  groupPriorityMinimum: 100', '  versionPriority: 100', ''].join('\n');
  const [d] = validate(text, options).diagnostics;
  expect([d?.messageId, d?.fixes?.[0]?.safety, d?.fixes?.[0]?.label]).toEqual(['removed', 'safe', 'apiregistration.k8s.io/v1']);
  const run = fixText(text, options);
  expect(run.text).toBe(text.replace('apiregistration.k8s.io/v1beta1', 'apiregistration.k8s.io/v1'));
  expect(run.result.diagnostics).toEqual([]);
});

describe('CustomResourceDefinition apiextensions.k8s.io/v1beta1 -> v1', () => {
  const crd = (spec: string[], apiVersion = 'apiextensions.k8s.io/v1beta1') => [`apiVersion: ${apiVersion}`, 'kind: CustomResourceDefinition', 'metadata: {name: things.example.com}', 'spec:',
    '  group: example.com', '  names: {plural: things, kind: Thing}', ...spec, ''].join('\n');
  const schema = ['  validation:', '    openAPIV3Schema:', '      type: object', '      properties: {spec: {type: object}}'];

  test('says what moved and what it wrote, in both languages; safe when preserveUnknownFields was false', () => {
    const found = migrations('crd');
    expect(found.map((d) => `${d.messageId} ${d.fixes?.[0]?.safety}`)).toEqual(['removed-crd safe', 'removed-crd safe', 'removed-crd safe']);
    const [first, second] = found;
    expect(first && formatMessage(first, 'en')).toContain('The fix moves what apiextensions.k8s.io/v1 keeps elsewhere and writes what it requires: spec.validation -> spec.versions[].schema, spec.subresources -> spec.versions[].subresources, spec.additionalPrinterColumns -> spec.versions[].additionalPrinterColumns, JSONPath -> jsonPath, spec.version -> spec.versions[0], spec.scope: Namespaced.');
    expect(second && formatMessage(second, 'en')).toContain('spec.conversion.webhookClientConfig -> spec.conversion.webhook.clientConfig, spec.conversion.webhook.conversionReviewVersions: [v1beta1]');
    expect(first && formatMessage(first, 'ko')).toContain('수정은 apiextensions.k8s.io/v1이 다른 곳에 두는 필드를 옮기고 필수 필드를 적는다: spec.validation -> spec.versions[].schema');
  });

  test('preserveUnknownFields left out: v1beta1 kept unknown fields, v1 prunes them, so a suggestion that says so', () => {
    const text = crd(['  version: v1', ...schema]);
    const [d] = validate(text, options).diagnostics;
    expect([d?.messageId, d?.fixes?.[0]?.safety]).toEqual(['removed-crd-prunes', 'suggestion']);
    expect(d && formatMessage(d, 'en')).toContain('and apiextensions.k8s.io/v1 drops them (pruning), so this fix is a suggestion: where unknown fields must stay, put x-kubernetes-preserve-unknown-fields: true in the schema.');
    expect(d && formatMessage(d, 'ko')).toContain('apiextensions.k8s.io/v1은 그런 필드를 지운다(pruning). 그래서 이 수정은 제안이다.');
    expect(fixText(text, options, 'safe').text).toBe(text);
    const run = fixText(text, options, 'all');
    expect(run.text).toBe(crd(['  versions:', '  - name: v1', '    served: true', '    storage: true', '    schema:', '      openAPIV3Schema:', '        type: object', '        properties: {spec: {type: object}}', '  scope: Namespaced'], 'apiextensions.k8s.io/v1'));
    expect(run.result.diagnostics).toEqual([]);
  });

  test('preserveUnknownFields: true is not allowed in v1: said, left in place, and reported by crd-schema-structural after the move', () => {
    const text = crd(['  scope: Namespaced', '  version: v1', '  preserveUnknownFields: true', ...schema]);
    const [d] = validate(text, options).diagnostics;
    expect([d?.messageId, d?.fixes?.[0]?.safety]).toEqual(['removed-crd-preserve-unknown-fields', 'suggestion']);
    expect(d && formatMessage(d, 'en')).toContain('But spec.preserveUnknownFields: true is not allowed in apiextensions.k8s.io/v1: remove it and put x-kubernetes-preserve-unknown-fields: true at the root of each version\'s schema (openAPIV3Schema)');
    expect(d && formatMessage(d, 'ko')).toContain('spec.preserveUnknownFields: true를 쓸 수 없다');
    const run = fixText(text, options, 'all');
    expect(run.text).toContain('  preserveUnknownFields: true\n');
    expect(run.result.diagnostics.map((x) => `${x.ruleId} ${x.messageId} ${x.path.join('.')}`)).toEqual(['crd-schema-structural spec-preserve spec.preserveUnknownFields']);
  });

  test('a schema that is not structural is reported by the CRD rules where it moved', () => {
    const text = crd(['  scope: Namespaced', '  version: v1', '  preserveUnknownFields: false', '  validation:', '    openAPIV3Schema:', '      properties:   # no type', '        spec: {type: object}']);
    const run = fixText(text, options, 'all');
    expect(run.text).toContain('    schema:\n      openAPIV3Schema:\n        properties:   # no type\n          spec: {type: object}\n');
    expect(run.result.diagnostics.map((x) => `${x.ruleId} ${x.path.join('.')}`)).toEqual(['crd-schema-structural spec.versions.0.schema.openAPIV3Schema']);
  });

  test('an anchored schema keeps its anchor, the other versions alias it; columns of a version get jsonPath in place', () => {
    const text = crd(['  scope: Cluster', '  preserveUnknownFields: false', '  versions:', '  - name: v2', '    served: true', '    storage: true',
      '    additionalPrinterColumns: [{name: Size, type: integer, JSONPath: .spec.size}]', '  - {name: v1, served: true, storage: false}',
      '  validation: &schema {openAPIV3Schema: {type: object}}']);
    const run = fixText(text, options, 'all');
    expect(run.text).toBe(crd(['  scope: Cluster', '  preserveUnknownFields: false', '  versions:', '  - name: v2', '    served: true', '    storage: true',
      '    additionalPrinterColumns: [{name: Size, type: integer, jsonPath: .spec.size}]', '    schema: &schema {openAPIV3Schema: {type: object}}',
      '  - {name: v1, served: true, storage: false, schema: *schema}'], 'apiextensions.k8s.io/v1'));
    expect(run.result.diagnostics).toEqual([]);
  });

  test('spec.version next to spec.versions goes; a schema written before the versions moves down into them', () => {
    const text = crd(['  scope: Namespaced', '  preserveUnknownFields: false', '  version: v1   # must match versions[0]', '  validation:', '    openAPIV3Schema: {type: object}   # every version',
      '  versions:', '  - name: v1', '    served: true', '    storage: true']);
    const run = fixText(text, options, 'all');
    // the comment of the line that goes stays, on a line of its own
    expect(run.text).toBe(crd(['  scope: Namespaced', '  preserveUnknownFields: false', '  # must match versions[0]', '  versions:', '  - name: v1', '    served: true', '    storage: true',
      '    schema:', '      openAPIV3Schema: {type: object}   # every version'], 'apiextensions.k8s.io/v1'));
    expect(comments(run.text)).toEqual(comments(text));
    expect(run.result.diagnostics).toEqual([]);
  });

  test('a block that cannot be moved cleanly (block lines into a flow version) leaves the CRD without a fix', () => {
    const text = crd(['  scope: Namespaced', '  preserveUnknownFields: false', '  versions: [{name: v1, served: true, storage: true}]', ...schema]);
    const [d] = validate(text, options).diagnostics;
    expect([d?.ruleId, d?.messageId, d?.fixes]).toEqual(['api-version-not-served', 'removed', undefined]);
    // nor a flow spec whose cut would take a comment with it
    const flow = ['apiVersion: apiextensions.k8s.io/v1beta1', 'kind: CustomResourceDefinition', 'metadata: {name: things.example.com}',
      'spec: {group: example.com, names: {plural: things, kind: Thing}, scope: Namespaced, preserveUnknownFields: false, version: v1,  # the one',
      '  validation: {openAPIV3Schema: {type: object}}}', ''].join('\n');
    expect(validate(flow, options).diagnostics.map((x) => [x.messageId, x.fixes])).toEqual([['removed', undefined]]);
  });
});

test('the rules page notes what a migration changes besides the apiVersion for exactly the kinds whose fixture migration does more, or can be a suggestion', () => {
  const more = new Set<string>();
  for (const name of names) {
    const result = validate(readFileSync(`${dir}${name}.before.yaml`, 'utf8'), options);
    for (const d of result.diagnostics.filter((x) => x.ruleId === 'api-version-not-served')) {
      const fix = d.fixes?.[0];
      if (fix && (fix.edits.length > 1 || fix.safety === 'suggestion')) more.add(result.documents[d.document]?.kind ?? '');
    }
  }
  // every such kind has a note, and every note (of a group of kinds, such as the workloads) a kind that is such
  const noted = new Set(MIGRATION_NOTES.flatMap((note) => note.kinds));
  expect([...more].filter((kind) => !noted.has(kind))).toEqual([]);
  expect(MIGRATION_NOTES.filter((note) => !note.kinds.some((kind) => more.has(kind))).map((note) => note.kinds)).toEqual([]);
  const { notes, plain } = migrationDetails('en');
  expect(notes.find((n) => n.kinds === 'CertificateSigningRequest')).toMatchObject({ from: 'certificates.k8s.io/v1beta1', to: 'certificates.k8s.io/v1' });
  expect(notes.find((n) => n.kinds === 'CustomResourceDefinition')).toMatchObject({ from: 'apiextensions.k8s.io/v1beta1', to: 'apiextensions.k8s.io/v1' });
  expect(notes.find((n) => n.kinds.startsWith('Deployment'))?.from).toBe('extensions/v1beta1, apps/v1beta1, apps/v1beta2');
  expect(plain).toContain('APIService');
  expect(plain).not.toContain('PodSecurityPolicy');
  expect(plain.filter((kind) => more.has(kind))).toEqual([]);
});
