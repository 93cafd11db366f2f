// Random CRD schemas with random x-kubernetes-validations, random custom resources: validate never
// throws, every diagnostic is a known rule's with a real line, and every CEL rule ends (the meter).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { rules, validate } from '../../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../../src/lib/k8s/api-schema.ts';

const RULES = [
  'self == self', 'has(self.a)', 'self.size() > 0', 'self.all(x, x == x)', 'self.exists(k, k == "a")', 'self.map(x, x).size() >= 0',
  'self > 0', 'self.startsWith("a")', 'self.matches("^(a+)+$")', 'self.find("[0-9]+") != ""', 'isQuantity(self)', 'quantity(self).sign() >= 0',
  'url(self).getHost() != ""', 'isURL(self)', '!format.dns1123Label().validate(self).hasValue()', 'self.isSorted()', 'self.sum() > 0',
  'sets.contains(self, self)', 'self.?a.orValue(1) == 1', 'type(self) == int ? self > 0 : true', 'self.a.b.c == 1', 'self == oldSelf',
  'self.all(a, self.all(b, self.all(c, true)))', 'cel.bind(x, self, x == self)', 'self.charAt(0) == "a"', 'int(self) > 1',
  'self +', ')', 'self.frobnicate()', '1', '"x"', '', 'self[0] == self[1]', 'self.filter(x, x > 1).size() < 3',
];
const TYPES = ['integer', 'number', 'string', 'boolean', 'array', 'object', 'map', 'int-or-string', 'preserve'] as const;
const KEYS = ['a', 'b', 'c', 'x-y', 'in', '__proto__', 'constructor'];

const ruleArb = fc.record({
  rule: fc.oneof(fc.constantFrom(...RULES), fc.string({ maxLength: 20 })),
  message: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  messageExpression: fc.option(fc.constantFrom('"m " + string(self)', 'self', '1', 'self.a', ''), { nil: undefined }),
  fieldPath: fc.option(fc.constantFrom('.a', '.b.c', "['x-y']", '[0]', 'bad path'), { nil: undefined }),
  reason: fc.option(fc.constantFrom('FieldValueForbidden', 'FieldValueRequired'), { nil: undefined }),
}, { requiredKeys: ['rule'] });

const schemaArb = fc.letrec((tie) => ({
  node: fc.record({
    type: fc.constantFrom(...TYPES),
    validations: fc.array(ruleArb, { maxLength: 3 }),
    items: fc.oneof({ depthSize: 'small' }, fc.constant(undefined), tie('node')),
    properties: fc.oneof({ depthSize: 'small' }, fc.constant(undefined), fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 3 })),
  }),
}));

type SchemaSeed = { type: (typeof TYPES)[number]; validations: Record<string, unknown>[]; items?: unknown; properties?: Record<string, unknown> };

function openApi(seed: SchemaSeed): Record<string, unknown> {
  const validations = seed.validations.length > 0 ? { 'x-kubernetes-validations': seed.validations.map((v) => JSON.parse(JSON.stringify(v))) } : {};
  const child = (value: unknown) => (value ? openApi(value as SchemaSeed) : { type: 'string' });
  switch (seed.type) {
    case 'array': return { type: 'array', items: child(seed.items), ...validations };
    case 'object': return { type: 'object', properties: Object.fromEntries(Object.entries(seed.properties ?? {}).map(([k, v]) => [k, child(v)])), ...validations };
    case 'map': return { type: 'object', additionalProperties: child(seed.items), ...validations };
    case 'int-or-string': return { 'x-kubernetes-int-or-string': true, ...validations };
    case 'preserve': return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, ...validations };
    default: return { type: seed.type, ...validations };
  }
}

const valueArb = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 8 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 6 }),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
})).value;

const ruleIds = new Set(rules.map((rule) => rule.id));

describe('CEL rules on random schemas and values', () => {
  test('validate never throws, and reports only known rules at real lines', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(schemaArb.node, valueArb, (seed, value) => {
      const crd = {
        apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'backups.example.com' },
        spec: {
          group: 'example.com', names: { kind: 'Backup', plural: 'backups' }, scope: 'Namespaced',
          versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', properties: { spec: openApi(seed as SchemaSeed) } } } }],
        },
      };
      const cr = { apiVersion: 'example.com/v1', kind: 'Backup', metadata: { name: 'n' }, spec: value };
      const text = `${JSON.stringify(crd)}\n---\n${JSON.stringify(cr)}\n`;
      const result = validate(text, { schema: apiSchema });
      for (const d of result.diagnostics) {
        seen.add(d.ruleId);
        expect(ruleIds.has(d.ruleId) || d.ruleId === 'internal-error').toBe(true);
        expect(d.line).toBeGreaterThanOrEqual(1);
      }
      expect(result.diagnostics.some((d) => d.ruleId === 'internal-error')).toBe(false);
    }), { numRuns: 300, seed: 20261204 });
    // the runs reached the CEL code: rules failed, did not compile, were skipped
    expect([...seen].filter((id) => id.includes('validation-rule')).sort()).toEqual(['crd-validation-rule-compile', 'crd-validation-rule-transition', 'schema-validation-rule']);
  });
});
