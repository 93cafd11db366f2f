// Property test: whatever is pasted, validate() returns, and every diagnostic is well formed and points
// inside the text. 11,000 inputs: manifests mutated at random, generated objects dumped to YAML, raw strings.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatMessage, rules, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { internalMessages } from '../../../src/lib/validator/internal.ts';
import { SLOT } from '../../../src/lib/i18n/template.ts';

const dir = fileURLToPath(new URL('../../fixtures/validator/manifests/', import.meta.url));
const seeds = [
  ...readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(`${dir}${f}`, 'utf8')),
  ...rules.flatMap((rule) => [rule.docs.bad, rule.docs.good]),
];
const ruleById = new Map(rules.map((rule) => [rule.id, rule]));

/** Every invariant a consumer relies on. */
function checkResult(text: string, result: ReturnType<typeof validate>): void {
  const lines = text.split('\n');
  const documentIndexes = new Set(result.documents.map((d) => d.index));
  for (const d of result.diagnostics) {
    expect(['error', 'warning', 'info']).toContain(d.severity);
    const messages = ruleById.get(d.ruleId)?.messages ?? (d.ruleId === 'internal-error' ? internalMessages : undefined);
    expect(messages?.[d.messageId], `${d.ruleId}/${d.messageId}`).toBeDefined();
    // an internal error is a bug: fail loudly with its reason
    expect(d.ruleId, String(d.data.reason)).not.toBe('internal-error');
    for (const lang of ['ko', 'en'] as const) {
      expect(formatMessage(d, lang).length).toBeGreaterThan(0);
      // every placeholder of the template has data (a value may itself contain braces: a name like "{0}")
      for (const [, name] of (messages?.[d.messageId]?.[lang] ?? '').matchAll(SLOT)) {
        expect(d.data, `${d.ruleId}/${d.messageId} ${lang} {${name}}`).toHaveProperty(name as string);
      }
    }
    expect(0 <= d.start && d.start <= d.end && d.end <= text.length, `${d.ruleId} ${d.start}-${d.end}/${text.length}`).toBe(true);
    expectPosition(lines, text, d.start, d.line, d.column);
    expectPosition(lines, text, d.end, d.endLine, d.endColumn);
    expect(d.line < d.endLine || (d.line === d.endLine && d.column <= d.endColumn)).toBe(true);
    if (result.documents.length > 0 && d.ruleId !== 'input-limits') expect(documentIndexes.has(d.document)).toBe(true);
    for (const edit of d.fixes?.flatMap((fix) => fix.edits) ?? []) expect(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length).toBe(true);
  }
  for (const doc of result.documents) {
    expect(doc.line).toBeGreaterThanOrEqual(1);
    expect(doc.line).toBeLessThanOrEqual(lines.length);
    expect(['valid', 'invalid', 'error', 'skipped', 'not-checked']).toContain(doc.status);
  }
}

/** line:column must be a real place in the text, and agree with the offset. */
function expectPosition(lines: string[], text: string, offset: number, line: number, column: number): void {
  expect(line).toBeGreaterThanOrEqual(1);
  expect(line).toBeLessThanOrEqual(lines.length);
  expect(column).toBeGreaterThanOrEqual(1);
  expect(column).toBeLessThanOrEqual((lines[line - 1] as string).length + 1);
  const lineStart = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const bom = line === 1 && text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : 0;
  expect(lineStart + column - 1 + bom).toBe(offset);
}

const FRAGMENTS = ['\n', ' ', '  ', '\t', ':', ': ', '- ', '-', '"', "'", '{', '}', '[', ']', ',', '#', '---\n', '...\n', '&a ', '*a', '<<: *a\n', '!!str ', '? ', '|\n', '>-\n', '\r\n', '\uFEFF', 'yes', '0755', '1e3', 'null', '~', 'Ω한글', '\\', '%YAML 1.1\n'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -2, max: 2 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case 'insert': return text.slice(0, at) + m.text + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate-line': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i] as string);
      return lines.join('\n');
    }
    case 'indent': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      lines[i] = m.by > 0 ? ' '.repeat(m.by) + lines[i] : (lines[i] as string).replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
  }
}

const KEYS = ['apiVersion', 'kind', 'metadata', 'name', 'namespace', 'labels', 'spec', 'containers', 'image', 'env', 'value', 'ports', 'port', 'replicas', 'selector', 'matchLabels', 'template', 'data', 'items', 'resources', 'limits', 'cpu', 'memory', 'volumes', 'volumeMounts', 'schedule', 'rules', 'x'];
const KINDS = ['Pod', 'Deployment', 'Service', 'ConfigMap', 'Secret', 'List', 'CronJob', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Job', 'Nope'];
const objectArb = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 }),
})).map;
const manifestArb = fc.record({
  apiVersion: fc.constantFrom('v1', 'apps/v1', 'batch/v1', 'networking.k8s.io/v1', 'extensions/v1beta1', 'policy/v1', 'autoscaling/v2'),
  kind: fc.constantFrom(...KINDS),
  metadata: fc.record({ name: fc.string({ maxLength: 10 }) }),
  spec: objectArb,
});

const schemaOptions = { schema: apiSchema };

describe('validate() on hostile and random input', () => {
  test('mutated manifests (7,000)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (seed, mutations, withSchema) => {
        const text = mutations.reduce(mutate, seed);
        checkResult(text, validate(text, withSchema ? schemaOptions : {}));
      }),
      { numRuns: 7000 },
    );
  }, 120_000);

  test('generated objects dumped as YAML or JSON, several per paste (3,000)', () => {
    fc.assert(
      fc.property(fc.array(manifestArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (manifests, asJson) => {
        const text = manifests.map((m) => (asJson ? JSON.stringify(m, null, 2) : yaml.dump(m, { noRefs: true }))).join('\n---\n');
        checkResult(text, validate(text, schemaOptions));
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  test('arbitrary strings (1,000)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkResult(text, validate(text, schemaOptions));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
