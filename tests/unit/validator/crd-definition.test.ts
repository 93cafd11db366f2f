// The CustomResourceDefinition itself, checked like apiextensions validation: structural schema,
// forbidden keywords, list types, versions and names. Each check with its exact position.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { crdExample } from '../../../src/lib/validator/crd-examples.ts';

const CRD_RULES = ['crd-schema-structural', 'crd-schema-keyword', 'crd-list-type', 'crd-versions', 'crd-names'];
const check = (text: string) => validate(text, { schema: apiSchema, bestPractices: false }).diagnostics.filter((d) => CRD_RULES.includes(d.ruleId));
/** `rule/messageId severity@line:column` of the crd-* diagnostics */
const brief = (text: string) => check(text).map((d) => `${d.ruleId}/${d.messageId} ${d.severity}@${d.line}:${d.column}`);
/** a CRD whose openAPIV3Schema is `lines` (indented 8); openAPIV3Schema is line 16, its lines start on 17 */
const crd = (...lines: string[]) => crdExample({ schema: lines });
const clean = crd('        type: object', '        properties:', '          spec:', '            type: object');

test('a clean CRD has no finding, and the line numbers below count from this layout', () => {
  expect(brief(clean)).toEqual([]);
  expect(clean.split('\n')[15]).toBe('      openAPIV3Schema:');
});

describe('crd-schema-structural', () => {
  test('a property without a type, at its key; int-or-string and preserve-unknown-fields go without', () => {
    const text = crd(
      '        type: object', '        properties:',
      '          spec:', '            properties:',
      '              port: {x-kubernetes-int-or-string: true}',
      '              extra: {x-kubernetes-preserve-unknown-fields: true}',
      '              list:', '                type: array', '                items: {description: no type}',
    );
    expect(brief(text)).toEqual(['crd-schema-structural/type-missing error@19:11', 'crd-schema-structural/type-missing error@25:17']);
    expect(formatMessage(check(text)[0]!, 'ko')).toContain('type이 없다');
  });
  test('the root: no type, a type that is not object, additionalProperties', () => {
    expect(brief(crd('        description: x'))).toEqual(['crd-schema-structural/type-missing error@16:7']);
    expect(brief(crd('        type: array', '        items: {type: string}'))).toEqual(['crd-schema-structural/root-not-object error@17:15']);
    expect(brief(crd('        type: object', '        additionalProperties: {type: string}'))).toEqual(['crd-schema-structural/additional-at-root error@18:9']);
  });
  test('an unknown type, and an array without items', () => {
    expect(brief(crd('        type: object', '        properties:', '          a: {type: text}', '          b: {type: array}'))).toEqual([
      'crd-schema-structural/type-unknown error@19:21',
      'crd-schema-structural/items-missing error@20:15',
    ]);
  });
  test('root metadata: only name and generateName, type object, no default', () => {
    const text = crd(
      '        type: object', '        properties:',
      '          metadata:', '            type: object', '            properties:',
      '              name: {type: string, maxLength: 63}', '              namespace: {type: string}',
      '          kind: {type: string, default: Backup}',
    );
    expect(brief(text)).toEqual(['crd-schema-structural/metadata-restricted error@23:15', 'crd-schema-structural/meta-default error@24:32']);
    expect(brief(crd('        type: object', '        properties:', '          metadata: {description: x}'))).toEqual(['crd-schema-structural/metadata-type error@19:11']);
    // a nested metadata (not at the root) is an ordinary field
    expect(brief(crd('        type: object', '        properties:', '          spec:', '            type: object', '            properties:', '              metadata: {type: object, properties: {labels: {type: object}}}'))).toEqual([]);
  });
  test('the Kubernetes extensions: preserve false, int-or-string with preserve or a type, embedded resource without object', () => {
    const text = crd(
      '        type: object', '        properties:',
      '          a: {type: object, x-kubernetes-preserve-unknown-fields: false}',
      '          b: {x-kubernetes-int-or-string: true, x-kubernetes-preserve-unknown-fields: true}',
      '          c: {type: string, x-kubernetes-int-or-string: true}',
      '          d: {x-kubernetes-embedded-resource: true, x-kubernetes-preserve-unknown-fields: true}',
    );
    expect(brief(text)).toEqual([
      'crd-schema-structural/preserve-false error@19:67',
      'crd-schema-structural/int-or-string-preserve error@20:49',
      'crd-schema-structural/int-or-string-type warning@21:15',
      'crd-schema-structural/embedded-type error@22:15',
    ]);
  });
  test('spec.preserveUnknownFields: true is refused in v1', () => {
    expect(brief(crdExample().replace('  scope: Namespaced\n', '  scope: Namespaced\n  preserveUnknownFields: true\n'))).toEqual(['crd-schema-structural/spec-preserve error@11:26']);
  });
  test('value validations under anyOf need no type (the int-or-string pattern)', () => {
    expect(brief(crd('        type: object', '        properties:', '          port:', '            x-kubernetes-int-or-string: true', '            anyOf: [{type: integer}, {type: string}]', '          size:', '            type: string', '            anyOf: [{pattern: "^[0-9]+$"}, {minLength: 2}]'))).toEqual([]);
  });
});

describe('crd-schema-keyword', () => {
  test('each unsupported keyword at its key', () => {
    const text = crd(
      '        type: object', '        definitions: {a: {type: string}}', '        properties:',
      '          a: {$ref: "#/definitions/a"}',
      '          b: {type: object, patternProperties: {"^x": {type: string}}}',
      '          c: {type: object, dependencies: {x: [y]}}',
      '          d: {type: array, items: {type: string}, additionalItems: false}',
      '          e: {type: string, id: e}',
    );
    expect(brief(text).filter((b) => b.startsWith('crd-schema-keyword'))).toEqual([
      'crd-schema-keyword/unsupported error@18:9',
      'crd-schema-keyword/unsupported error@20:15',
      'crd-schema-keyword/unsupported error@21:29',
      'crd-schema-keyword/unsupported error@22:29',
      'crd-schema-keyword/unsupported error@23:51',
      'crd-schema-keyword/unsupported error@24:29',
    ]);
    expect(check(text).filter((d) => d.ruleId === 'crd-schema-keyword').map((d) => d.data.keyword)).toEqual(['definitions', '$ref', 'patternProperties', 'dependencies', 'additionalItems', 'id']);
  });
  test('type null, items as an array, uniqueItems: true, additionalProperties with properties', () => {
    const text = crd(
      '        type: object', '        properties:',
      '          a: {type: "null"}',
      '          b: {type: array, items: [{type: string}]}',
      '          c: {type: array, uniqueItems: true, items: {type: string}}',
      '          d: {type: object, properties: {x: {type: string}}, additionalProperties: {type: string}}',
      '          e: {type: object, properties: {x: {type: string}}, additionalProperties: true}',
      '          f: {type: object, additionalProperties: {type: string}}',
    );
    expect(brief(text).filter((b) => b.startsWith('crd-schema-keyword'))).toEqual([
      'crd-schema-keyword/type-null error@19:21',
      'crd-schema-keyword/items-array error@20:28',
      'crd-schema-keyword/unique-items error@21:28',
      'crd-schema-keyword/additional-with-properties error@22:62',
    ]);
  });
});

describe('crd-list-type', () => {
  const list = (...lines: string[]) => crd('        type: object', '        properties:', '          ports:', ...lines);
  const objectItems = ['            items:', '              type: object', '              required: [name]', '              properties:', '                name: {type: string}', '                port: {type: integer, default: 80}', '                tags: {type: array, items: {type: string}}'];
  test('a map list with a required key and a defaulted key is fine', () => {
    expect(brief(list('            type: array', '            x-kubernetes-list-type: map', '            x-kubernetes-list-map-keys: [name, port]', ...objectItems))).toEqual([]);
  });
  test('map keys: optional, not a property, not scalar, duplicated', () => {
    const text = crd(
      '        type: object', '        properties:', '          ports:', '            type: array', '            x-kubernetes-list-type: map',
      '            x-kubernetes-list-map-keys: [name, protocol, tags, name, host]', ...objectItems.slice(0, 7), '                host: {type: string}',
    );
    expect(brief(text)).toEqual([
      'crd-list-type/key-not-property error@22:48',
      'crd-list-type/key-not-scalar error@22:58',
      'crd-list-type/key-duplicate error@22:64',
      'crd-list-type/key-optional error@22:70',
    ]);
    expect(formatMessage(check(text)[3]!, 'en')).toBe('The key property host must be in the items\' required list or have a default.');
  });
  test('map without keys, on scalar items; keys without map; a list type on a non-array; an unknown list type', () => {
    expect(brief(list('            type: array', '            x-kubernetes-list-type: map', '            items: {type: string}'))).toEqual([
      'crd-list-type/map-without-keys error@21:37',
      'crd-list-type/map-items-not-object error@22:21',
    ]);
    expect(brief(list('            type: array', '            x-kubernetes-list-map-keys: [name]', ...objectItems))).toEqual(['crd-list-type/keys-without-map error@21:13']);
    expect(brief(list('            type: object', '            x-kubernetes-list-type: set'))).toEqual(['crd-list-type/not-array error@21:13']);
    expect(brief(list('            type: array', '            x-kubernetes-list-type: sorted', '            items: {type: string}'))).toEqual(['crd-list-type/unknown-type error@21:37']);
  });
  test('a set of scalars or atomic items is fine; of granular objects or lists is not', () => {
    expect(brief(list('            type: array', '            x-kubernetes-list-type: set', '            items: {type: string}'))).toEqual([]);
    expect(brief(list('            type: array', '            x-kubernetes-list-type: set', '            items: {type: object, x-kubernetes-map-type: atomic}'))).toEqual([]);
    expect(brief(list('            type: array', '            x-kubernetes-list-type: set', '            items: {type: array, items: {type: string}}'))).toEqual([]);
    expect(brief(list('            type: array', '            x-kubernetes-list-type: set', '            items: {type: object}'))).toEqual(['crd-list-type/set-items-not-atomic error@21:37']);
    expect(brief(list('            type: array', '            x-kubernetes-list-type: set', '            items: {type: string, nullable: true}'))).toEqual(['crd-list-type/items-nullable error@22:35']);
    expect(brief(list('            type: array', '            x-kubernetes-list-type: set', '            items: {type: array, x-kubernetes-list-type: set, items: {type: string}}'))).toEqual(['crd-list-type/set-items-not-atomic error@21:37']);
  });
});

describe('crd-versions', () => {
  const version = (name: string, served: boolean, storage: boolean) => [`  - name: ${name}`, `    served: ${served}`, `    storage: ${storage}`, '    schema:', '      openAPIV3Schema: {type: object}'];
  test('exactly one storage version: none (at versions), a second one (at its storage)', () => {
    expect(brief(crdExample({ versions: [...version('v1beta1', true, false), ...version('v1', true, false)] }))).toEqual(['crd-versions/storage-none error@11:3']);
    const two = crdExample({ versions: [...version('v1beta1', true, true), ...version('v1', true, true)] });
    expect(brief(two)).toEqual(['crd-versions/storage-many error@19:14']);
    expect(formatMessage(check(two)[0]!, 'ko')).toBe('v1도 storage: true다. 저장 버전은 정확히 하나여야 한다(먼저 나온 것: v1beta1).');
  });
  test('no served version is a warning', () => {
    expect(brief(crdExample({ versions: version('v1', false, true) }))).toEqual(['crd-versions/none-served warning@11:3']);
  });
  test('a repeated name, a malformed name, a version without a schema', () => {
    const text = crdExample({ versions: [...version('v1', true, true), ...version('v1', true, false), ...version('V2', true, false), '  - name: v3', '    served: true', '    storage: false'] });
    expect(brief(text)).toEqual([
      'crd-versions/duplicate error@17:11',
      'crd-versions/name-format error@22:11',
      'crd-versions/schema-missing error@27:5',
    ]);
  });
});

describe('crd-names', () => {
  test('plural and singular lower case, kind and listKind letters, short names, categories, kind != listKind', () => {
    const text = crdExample({
      name: 'Backups.example.com',
      names: ['    kind: Back_up', '    listKind: Back_up', '    plural: Backups', '    singular: backup', '    shortNames: [bk, B]', '    categories: [all, my_things]'],
    });
    expect(brief(text)).toEqual([
      'crd-names/kind-name error@8:11',
      'crd-names/kind-name error@9:15',
      'crd-names/same-list-kind error@9:15',
      'crd-names/lower-name error@10:13',
      'crd-names/lower-name error@12:22',
      'crd-names/lower-name error@13:23',
    ]);
  });
  test('the group: a DNS subdomain with a dot; the scope', () => {
    expect(brief(crdExample({ group: 'backups', name: 'backups.backups' }))).toEqual(['crd-names/group-dot error@6:10']);
    expect(brief(crdExample({ group: 'Example.com', name: 'backups.Example.com' }))).toEqual(['crd-names/group-format error@6:10']);
    expect(brief(crdExample().replace('scope: Namespaced', 'scope: Global'))).toEqual(['crd-names/scope error@10:10']);
  });
  test('a protected group (k8s.io, kubernetes.io) needs the api-approved.kubernetes.io annotation: a URL or "unapproved…"', () => {
    const protectedCrd = (annotation?: string) => crdExample({ group: 'gateway.networking.k8s.io', name: 'backups.gateway.networking.k8s.io' })
      .replace('metadata:\n', annotation === undefined ? 'metadata:\n' : `metadata:\n  annotations:\n    api-approved.kubernetes.io: "${annotation}"\n`);
    expect(brief(protectedCrd())).toEqual(['crd-names/api-approval-missing error@3:1']);
    expect(brief(protectedCrd('https://github.com/kubernetes-sigs/gateway-api/pull/891'))).toEqual([]);
    expect(brief(protectedCrd('unapproved, experimental-only release'))).toEqual([]);
    expect(brief(protectedCrd('approved'))).toEqual(['crd-names/api-approval-invalid error@5:33']);
    expect(brief(crdExample({ group: 'notk8s.io', name: 'backups.notk8s.io' }))).toEqual([]);
  });
  test('metadata.name = plural.group stays metadata-name-format\'s, reported once', () => {
    const diagnostics = validate(crdExample({ name: 'backup.example.com' }), { schema: apiSchema }).diagnostics;
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['metadata-name-format']);
  });
});

test('a CRD of another apiVersion (v1beta1, removed) is left to unknown-kind', () => {
  expect(brief(crdExample({ versions: [] }).replace('apiextensions.k8s.io/v1', 'apiextensions.k8s.io/v1beta1'))).toEqual([]);
});
