// Custom resources checked against the CRDs of the same input: one test per schema keyword (valid and
// invalid, exact positions), versions, scope, order and files. The CR comes first, so its lines are
// fixed: 1 apiVersion, 2 kind, 3 metadata, 4 name, 5 spec, 6... the spec lines.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatMessage, validate, validateAll } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { backupExample } from '../../../src/lib/validator/crd-examples.ts';

const options = { schema: apiSchema, bestPractices: false };
const crdOf = (props: string[], extra: Parameters<typeof backupExample>[2] = {}) => backupExample(props, [], extra).split('---\n')[0] as string;
const cr = (spec: string[], head: string[] = ['apiVersion: example.com/v1', 'kind: Backup', 'metadata:', '  name: nightly']) =>
  `${[...head, 'spec:', ...spec].join('\n')}\n`;
/** The CR, then its CRD with `props` under spec.properties (each line indented as there). */
const paste = (props: string[], spec: string[]) => `${cr(spec)}---\n${crdOf(props.map((line) => `              ${line}`))}`;
const found = (text: string) => validate(text, options).diagnostics
  .map((d) => `${d.ruleId}/${d.messageId}@${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.fieldPath}`);
const field = (name: string, ...schema: string[]) => [`${name}:`, ...schema.map((line) => `  ${line}`)];

describe('schema keywords', () => {
  test('type', () => {
    const props = field('keep', 'type: integer');
    expect(found(paste(props, ['  keep: 7']))).toEqual([]);
    expect(found(paste(props, ['  keep: "7"']))).toEqual(['schema-type-mismatch/remove-quotes@6:9-6:12 spec.keep']);
    expect(found(paste(field('name', 'type: string'), ['  name: 8080']))).toEqual(['schema-type-mismatch/needs-quotes@6:9-6:13 spec.name']);
    expect(found(paste(field('enabled', 'type: boolean'), ['  enabled: [1]']))).toEqual(['schema-type-mismatch/mismatch@6:12-6:15 spec.enabled']);
  });

  test('required, in a nested object; a null that is not nullable counts as missing', () => {
    const props = field('target', 'type: object', 'required: [bucket]', 'properties:', '  bucket: {type: string}');
    expect(found(paste(props, ['  target:', '    bucket: b']))).toEqual([]);
    expect(found(paste(props, ['  target: {}']))).toEqual(['schema-required-field/missing@6:3-6:9 spec.target.bucket']);
    expect(found(paste(props, ['  target:', '    bucket:']))).toEqual(['schema-required-field/missing@7:5-7:11 spec.target.bucket']);
  });

  test('enum of strings (with the case fix) and of numbers', () => {
    const props = field('mode', 'type: string', 'enum: [Full, Incremental]');
    expect(found(paste(props, ['  mode: Full']))).toEqual([]);
    const text = paste(props, ['  mode: full']);
    expect(found(text)).toEqual(['schema-enum/not-allowed@6:9-6:13 spec.mode']);
    expect(validate(text, options).diagnostics[0]?.fixes?.[0]?.label).toBe('Full');
    const numbers = field('level', 'type: integer', 'enum: [1, 3]');
    expect(found(paste(numbers, ['  level: 3']))).toEqual([]);
    const [d] = validate(paste(numbers, ['  level: 2']), options).diagnostics;
    expect(`${d?.ruleId}@${d?.line}:${d?.column}`).toBe('schema-enum@6:10');
    expect(formatMessage(d!, 'en')).toBe('2 is not an allowed value; allowed values: 1, 3.');
  });

  test('pattern', () => {
    const props = field('bucket', 'type: string', 'pattern: "^[a-z0-9-]+$"');
    expect(found(paste(props, ['  bucket: my-bucket']))).toEqual([]);
    const text = paste(props, ['  bucket: My_Bucket']);
    expect(found(text)).toEqual(['schema-format/pattern@6:11-6:20 spec.bucket']);
    expect(formatMessage(validate(text, options).diagnostics[0]!, 'ko')).toBe('My_Bucket은 스키마가 요구하는 패턴 ^[a-z0-9-]+$와 맞지 않는다.');
  });

  test('pattern: RE2 flags translate; RE2-only syntax is not tried; catastrophic patterns do not hang', () => {
    expect(found(paste(field('a', 'type: string', 'pattern: "(?i)^abc$"'), ['  a: ABC']))).toEqual([]);
    expect(found(paste(field('a', 'type: string', 'pattern: "^[[:alpha:]]+$"'), ['  a: "a1"']))).toEqual(['schema-format/pattern@6:6-6:10 spec.a']);
    expect(found(paste(field('a', 'type: string', 'pattern: "^(?P<x>a)$"'), ['  a: b']))).toEqual([]);
    const started = Date.now();
    const hostile = paste(field('a', 'type: string', 'pattern: "^(a+)+$"'), [`  a: ${'a'.repeat(40)}b`]);
    expect(found(hostile)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
    // short values are still checked with such a pattern
    expect(found(paste(field('a', 'type: string', 'pattern: "^(a+)+$"'), ['  a: aab']))).toEqual(['schema-format/pattern@6:6-6:9 spec.a']);
  });

  test.each([
    ['ipv4', '10.0.0.1', '10.0.0.256'],
    ['ipv6', '2001:db8::1', '2001:db8:::1'],
    ['cidr', '10.0.0.0/8', '10.0.0.0/33'],
    ['hostname', 'api.example.com', 'api_example.com'],
    ['date-time', '2025-01-31T09:00:00Z', '2025-02-30T09:00:00Z'],
    ['date', '2024-02-29', '2023-02-29'],
    ['duration', '1h30m', 'soon'],
    ['uuid', '123e4567-e89b-12d3-a456-426614174000', '123e4567'],
    ['email', 'ops@example.com', 'ops.example.com'],
    ['mac', '00:1a:2b:3c:4d:5e', '00:1a:2b:3c:4d'],
    ['uri', 'https://example.com/x', 'example.com'],
    ['k8s-short-name', 'web-1', 'Web-1'],
  ])('format %s', (format, good, bad) => {
    const props = field('v', 'type: string', `format: ${format}`);
    expect(found(paste(props, [`  v: "${good}"`]))).toEqual([]);
    const text = paste(props, [`  v: "${bad}"`]);
    expect(found(text)).toEqual([`schema-format/format@6:6-6:${8 + bad.length} spec.v`]);
  });

  test('format byte and quantity reuse the built-in checks; unknown formats are ignored', () => {
    expect(found(paste(field('v', 'type: string', 'format: byte'), ['  v: "not base64!"']))[0]).toMatch(/^base64-format\/.*@6:6-6:19 spec\.v$/);
    expect(found(paste(field('v', 'type: string', 'format: quantity'), ['  v: 64MB']))[0]).toMatch(/^quantity-format\/.*@6:6-6:10 spec\.v$/);
    expect(found(paste(field('v', 'type: string', 'format: fancy-thing'), ['  v: anything']))).toEqual([]);
  });

  test('minimum, maximum and their exclusive forms (booleans in OpenAPI v3.0)', () => {
    const props = field('keep', 'type: integer', 'minimum: 1', 'maximum: 30');
    expect(found(paste(props, ['  keep: 30']))).toEqual([]);
    expect(found(paste(props, ['  keep: 0']))).toEqual(['schema-bounds/minimum@6:9-6:10 spec.keep']);
    expect(found(paste(props, ['  keep: 31']))).toEqual(['schema-bounds/maximum@6:9-6:11 spec.keep']);
    const exclusive = field('ratio', 'type: number', 'minimum: 0', 'exclusiveMinimum: true', 'maximum: 1', 'exclusiveMaximum: true');
    expect(found(paste(exclusive, ['  ratio: 0.5']))).toEqual([]);
    expect(found(paste(exclusive, ['  ratio: 0']))).toEqual(['schema-bounds/exclusive-minimum@6:10-6:11 spec.ratio']);
    expect(found(paste(exclusive, ['  ratio: 1']))).toEqual(['schema-bounds/exclusive-maximum@6:10-6:11 spec.ratio']);
  });

  test('multipleOf', () => {
    const props = field('step', 'type: number', 'multipleOf: 0.5');
    expect(found(paste(props, ['  step: 2.5']))).toEqual([]);
    expect(found(paste(props, ['  step: 2.2']))).toEqual(['schema-bounds/multiple-of@6:9-6:12 spec.step']);
  });

  test('minLength and maxLength count characters (runes), not UTF-16 units', () => {
    const props = field('label', 'type: string', 'minLength: 2', 'maxLength: 3');
    expect(found(paste(props, ['  label: 한글😀']))).toEqual([]);
    expect(found(paste(props, ['  label: a']))).toEqual(['schema-bounds/min-length@6:10-6:11 spec.label']);
    const text = paste(props, ['  label: abcd']);
    expect(found(text)).toEqual(['schema-bounds/max-length@6:10-6:14 spec.label']);
    expect(formatMessage(validate(text, options).diagnostics[0]!, 'en')).toBe('It has 4 characters; at most 3 are allowed.');
  });

  test('minItems, maxItems and uniqueItems (which the API server refuses in the CRD: crd-schema-keyword)', () => {
    const props = field('tags', 'type: array', 'minItems: 1', 'maxItems: 2', 'uniqueItems: true', 'items: {type: string}');
    const refused = 'crd-schema-keyword/unique-items@33:17-33:28 spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.tags.uniqueItems';
    expect(found(paste(props, ['  tags: [a, b]']))).toEqual([refused]);
    expect(found(paste(props, ['  tags: []']))).toEqual(['schema-bounds/min-items@6:9-6:11 spec.tags', refused]);
    expect(found(paste(props, ['  tags: [a, b, c]']))).toEqual(['schema-bounds/max-items@6:9-6:18 spec.tags', refused]);
    expect(found(paste(props, ['  tags: [a, a]']))).toEqual(['schema-list-duplicate/duplicate@6:13-6:14 spec.tags[1]', refused]);
  });

  test('minProperties and maxProperties on a map (additionalProperties)', () => {
    const props = field('env', 'type: object', 'minProperties: 1', 'maxProperties: 2', 'additionalProperties: {type: string}');
    expect(found(paste(props, ['  env: {A: "1"}']))).toEqual([]);
    expect(found(paste(props, ['  env: {}']))).toEqual(['schema-bounds/min-properties@6:8-6:10 spec.env']);
    expect(found(paste(props, ['  env: {A: "1", B: "2", C: "3"}']))).toEqual(['schema-bounds/max-properties@6:8-6:32 spec.env']);
    expect(found(paste(props, ['  env: {A: 1}']))).toEqual(['schema-type-mismatch/needs-quotes@6:12-6:13 spec.env.A']);
  });

  test('additionalProperties: false and an object without properties prune (strictly: refuse) every field', () => {
    // additionalProperties next to properties: the API server refuses the CRD (crd-schema-keyword)
    expect(found(paste(field('o', 'type: object', 'additionalProperties: false', 'properties:', '  a: {type: string}'), ['  o: {a: x, other: y}'])))
      .toEqual([
        'schema-unknown-field/unknown@6:13-6:18 spec.o.other',
        'crd-schema-keyword/additional-with-properties@31:17-31:37 spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.o.additionalProperties',
      ]);
    expect(found(paste(field('o', 'type: object'), ['  o: {a: x}']))).toEqual(['schema-unknown-field/unknown@6:7-6:8 spec.o.a']);
  });

  test('nullable: a null item is refused unless nullable; a null property is dropped', () => {
    expect(found(paste(field('tags', 'type: array', 'items: {type: string}'), ['  tags: [a, null]'])))
      .toEqual(['schema-type-mismatch/mismatch@6:13-6:17 spec.tags[1]']);
    expect(found(paste(field('tags', 'type: array', 'items: {type: string, nullable: true}'), ['  tags: [a, null]']))).toEqual([]);
    expect(found(paste(field('name', 'type: string'), ['  name: null']))).toEqual([]);
  });

  test('x-kubernetes-int-or-string', () => {
    const props = field('port', 'x-kubernetes-int-or-string: true');
    expect(found(paste(props, ['  port: 80']))).toEqual([]);
    expect(found(paste(props, ['  port: http']))).toEqual([]);
    expect(found(paste(props, ['  port: 1.5']))).toEqual(['schema-type-mismatch/mismatch@6:9-6:12 spec.port']);
  });

  test('x-kubernetes-embedded-resource needs apiVersion and kind; its metadata is ObjectMeta', () => {
    const props = field('template', 'type: object', 'x-kubernetes-embedded-resource: true', 'x-kubernetes-preserve-unknown-fields: true');
    expect(found(paste(props, ['  template:', '    apiVersion: v1', '    kind: ConfigMap', '    metadata: {name: a}', '    data: {a: b}']))).toEqual([]);
    expect(found(paste(props, ['  template:', '    apiVersion: v1', '    metadata: {nme: a}']))).toEqual([
      'schema-required-field/missing@6:3-6:11 spec.template.kind',
      'schema-unknown-field/unknown-suggest@8:16-8:19 spec.template.metadata.nme',
    ]);
  });

  test('x-kubernetes-preserve-unknown-fields: unknown fields allowed there, strict again where a nested schema declares properties', () => {
    const props = field('config', 'type: object', 'x-kubernetes-preserve-unknown-fields: true', 'properties:',
      '  tls:', '    type: object', '    properties:', '      enabled: {type: boolean}');
    expect(found(paste(props, ['  config:', '    anything: {deep: [1]}', '    tls:', '      enabled: true']))).toEqual([]);
    expect(found(paste(props, ['  config:', '    anything: 1', '    tls:', '      enabld: true']))).toEqual([
      'schema-unknown-field/unknown-suggest@9:7-9:13 spec.config.tls.enabld',
    ]);
  });

  test('x-kubernetes-list-type set and map: duplicates are errors at the duplicate item', () => {
    const set = field('hosts', 'type: array', 'x-kubernetes-list-type: set', 'items: {type: string}');
    expect(found(paste(set, ['  hosts: [a, b]']))).toEqual([]);
    expect(found(paste(set, ['  hosts: [a, b, a]']))).toEqual(['schema-list-duplicate/duplicate@6:17-6:18 spec.hosts[2]']);
    const map = field('ports', 'type: array', 'x-kubernetes-list-type: map', 'x-kubernetes-list-map-keys: [name, protocol]', 'items:',
      '  type: object', '  required: [name, protocol]', '  properties:', '    name: {type: string}', '    protocol: {type: string}', '    port: {type: integer}');
    expect(found(paste(map, ['  ports:', '  - {name: web, protocol: TCP, port: 80}', '  - {name: web, protocol: UDP, port: 80}']))).toEqual([]);
    const text = paste(map, ['  ports:', '  - name: web', '    protocol: TCP', '  - name: web', '    protocol: TCP', '    port: 81']);
    expect(found(text)).toEqual(['schema-list-duplicate/map-key@9:5-9:9 spec.ports[1]']);
    expect(formatMessage(validate(text, options).diagnostics[0]!, 'en'))
      .toBe('An item with name=web, protocol=TCP is already in this list (item 1); this list cannot hold two items with the same key.');
  });

  test('unknown fields: did-you-mean as for built-in kinds; apiVersion, kind and metadata are always known', () => {
    const props = field('schedule', 'type: string');
    expect(found(paste(props, ['  schedul: x']))).toEqual(['schema-unknown-field/unknown-suggest@6:3-6:10 spec.schedul']);
    expect(found(cr(['  schedule: x'], ['apiVersion: example.com/v1', 'kind: Backup', 'metadata:', '  name: nightly', '  labls: {a: b}'])
      + `---\n${crdOf(props.map((l) => `              ${l}`))}`)).toEqual(['schema-unknown-field/unknown-suggest@5:3-5:8 metadata.labls']);
  });

  test('fields named like Object.prototype members are fields like any other, in the schema and in the resource', () => {
    expect(found(paste(field('valueOf', 'type: boolean'), ['  valueOf: true', '  constructor: 1']))).toEqual(['schema-unknown-field/unknown@7:3-7:14 spec.constructor']);
    expect(found(paste(field('__proto__', 'type: integer'), ['  __proto__: x']))).toEqual(['schema-type-mismatch/mismatch@6:14-6:15 spec.__proto__']);
    // the built-in kinds share the walker: this crashed every schema rule before
    expect(found('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  constructor: 1\n  containers: [{name: a, image: nginx:1.30}]\n')).toEqual(['schema-unknown-field/unknown@6:3-6:14 spec.constructor']);
  });

  test('keywords the walk does not know (anyOf) never make a custom resource fail; CEL rules are evaluated (tests/unit/validator/cel)', () => {
    const props = field('size', 'type: integer', 'x-kubernetes-validations:', '- rule: self > 100', '  message: too small', 'anyOf:', '- minimum: 1000');
    expect(found(paste(props, ['  size: 5']))).toEqual(['schema-validation-rule/failed@6:3-6:7 spec.size']);
    expect(found(paste(props, ['  size: 500']))).toEqual([]);
  });
});

describe('the CRDs of the input', () => {
  const props = field('keep', 'type: integer', 'minimum: 1').map((line) => `              ${line}`);

  test('order does not matter; CRDs and custom resources in different files (validateAll) find each other', () => {
    const crd = crdOf(props);
    const bad = cr(['  keep: 0']);
    expect(found(`${crd}---\n${bad}`).map((d) => d.split(' ')[0])).toEqual(['schema-bounds/minimum@31:9-31:10']);
    const [crFile, crdFile] = validateAll([bad, crd], options);
    expect(crFile?.diagnostics.map((d) => `${d.ruleId}@${d.line}:${d.column}`)).toEqual(['schema-bounds@6:9']);
    expect(crdFile?.diagnostics).toEqual([]);
    expect(crFile?.documents[0]?.status).toBe('invalid');
  });

  test('a version the CRD does not serve is an error on the apiVersion naming the served ones, with the fix', () => {
    const v1beta1 = ['  - name: v1beta1', '    served: false', '    storage: false', '    schema:', '      openAPIV3Schema: {type: object}'];
    const text = `${cr(['  keep: 0'], ['apiVersion: example.com/v1beta1', 'kind: Backup', 'metadata:', '  name: nightly'])}---\n${crdOf(props, { versions: v1beta1 })}`;
    const result = validate(text, options);
    expect(found(text)).toEqual(['crd-version-not-served/not-served@1:13-1:32 apiVersion']);
    expect(formatMessage(result.diagnostics[0]!, 'en')).toBe('The CustomResourceDefinition in this input does not serve Backup as example.com/v1beta1; served versions: example.com/v1.');
    expect(result.diagnostics[0]?.fixes?.[0]?.label).toBe('example.com/v1');
    const v2 = `${cr([], ['apiVersion: example.com/v2', 'kind: Backup', 'metadata:', '  name: nightly'])}---\n${crdOf(props)}`;
    expect(found(v2)).toEqual(['crd-version-not-served/not-served@1:13-1:27 apiVersion']);
  });

  test('a deprecated version is a warning with the CRD\'s deprecationWarning, or the default text', () => {
    const deprecated = (lines: string[]) => crdOf(props).replace('    served: true\n', `    served: true\n${lines.join('\n')}\n`);
    const own = validate(`${cr(['  keep: 2'])}---\n${deprecated(['    deprecated: true', '    deprecationWarning: use example.com/v2'])}`, options).diagnostics;
    expect(own.map((d) => `${d.ruleId} ${d.severity}@${d.line}:${d.column} ${formatMessage(d, 'en')}`)).toEqual(['crd-version-not-served warning@1:13 use example.com/v2']);
    const plain = validate(`${cr(['  keep: 2'])}---\n${deprecated(['    deprecated: true'])}`, options).diagnostics;
    expect(plain.map((d) => formatMessage(d, 'en'))).toEqual(['example.com/v1 Backup is deprecated']);
    expect(plain.map((d) => formatMessage(d, 'ko'))).toEqual(['example.com/v1 Backup은 지원 중단(deprecated)되었다.']);
  });

  test('scope: a namespace on a cluster-scoped custom resource is flagged; on a namespaced one it is fine', () => {
    const head = ['apiVersion: example.com/v1', 'kind: Backup', 'metadata:', '  name: nightly', '  namespace: ops'];
    expect(found(`${cr(['  keep: 2'], head)}---\n${crdOf(props, { scope: 'Cluster' })}`)).toEqual(['custom-resource-scope/cluster-namespace@5:14-5:17 metadata.namespace']);
    expect(found(`${cr(['  keep: 2'], head)}---\n${crdOf(props)}`)).toEqual([]);
  });
});

describe('property: random schemas with random values', () => {
  const leafSchema = fc.oneof(
    fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean') }, { requiredKeys: ['type'] }),
    fc.record({
      type: fc.constant('string'), pattern: fc.constantFrom('^a+$', '(a|b)*c', '[[:digit:]]', '^(x+)+$', '(?i)abc', '\\', '[z-a]'),
      format: fc.constantFrom('ipv4', 'date-time', 'uuid', 'byte', 'quantity', 'nonsense', 'duration'),
      minLength: fc.nat(5), maxLength: fc.nat(5), enum: fc.array(fc.string(), { maxLength: 3 }),
    }, { requiredKeys: ['type'] }),
    fc.record({
      type: fc.constantFrom('integer', 'number'), minimum: fc.integer(), maximum: fc.integer(), multipleOf: fc.constantFrom(0, 0.1, 2, -1),
      exclusiveMinimum: fc.boolean(), exclusiveMaximum: fc.boolean(), nullable: fc.boolean(),
    }, { requiredKeys: ['type'] }),
    fc.constant({ 'x-kubernetes-int-or-string': true }),
    fc.constant({ 'x-kubernetes-preserve-unknown-fields': true }),
    fc.anything({ maxDepth: 2 }),
  );
  const { schema } = fc.letrec((tie) => ({
    schema: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafSchema, tie('object'), tie('array')),
    object: fc.record({
      type: fc.constant('object'), properties: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'metadata', 'kind'), tie('schema'), { maxKeys: 3 }),
      required: fc.array(fc.constantFrom('a', 'b', 'zz'), { maxLength: 2 }), additionalProperties: fc.oneof(fc.boolean(), tie('schema')),
      'x-kubernetes-preserve-unknown-fields': fc.boolean(), 'x-kubernetes-embedded-resource': fc.boolean(),
      minProperties: fc.nat(3), maxProperties: fc.nat(3),
    }, { requiredKeys: ['type'] }),
    array: fc.record({
      type: fc.constant('array'), items: tie('schema'), uniqueItems: fc.boolean(), minItems: fc.nat(3), maxItems: fc.nat(3),
      'x-kubernetes-list-type': fc.constantFrom('set', 'map', 'atomic', 7), 'x-kubernetes-list-map-keys': fc.array(fc.constantFrom('a', 'b', 1)),
    }, { requiredKeys: ['type'] }),
  }));

  test('never throw, never an internal error, always a result per document', () => {
    fc.assert(fc.property(schema, fc.jsonValue({ maxDepth: 4 }), (spec, value) => {
      const crd = {
        apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'backups.example.com' },
        spec: {
          group: 'example.com', names: { kind: 'Backup', plural: 'backups' }, scope: 'Namespaced',
          versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', properties: { spec } } } }],
        },
      };
      const resource = { apiVersion: 'example.com/v1', kind: 'Backup', metadata: { name: 'a' }, spec: value };
      const text = `${JSON.stringify(resource)}\n---\n${JSON.stringify(crd)}\n`;
      const result = validate(text, options);
      expect(result.documents).toHaveLength(2);
      expect(result.diagnostics.filter((d) => d.ruleId === 'internal-error').map((d) => d.data.reason)).toEqual([]);
      for (const d of result.diagnostics) expect(formatMessage(d, 'en').length).toBeGreaterThan(0);
    }), { numRuns: 600 });
  }, 60_000);
});
