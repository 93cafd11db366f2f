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
  'apiextensions.k8s.io/v1beta1 CustomResourceDefinition': 'v1 wants a structural schema per version, written by the CRD\'s author: the schema and crd-* rules say what is missing',
  'certificates.k8s.io/v1beta1 CertificateSigningRequest': 'v1 requires spec.signerName, which only the requester knows; the required-field rule reports it',
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
