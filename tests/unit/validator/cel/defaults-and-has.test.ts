// Two things real CRDs (Gateway API's) rely on that made valid resources fail: schema defaults are in
// place before the API server validates (required fields and CEL rules see them), and has() on a
// selection from an index (has(self[0].matches)) is valid CEL.
import { describe, expect, test } from 'vitest';
import { rewriteHas } from '../../../../src/lib/validator/cel/has-rewrite.ts';
import { backupStart, described, diagnostics, paste } from './paste.ts';

describe('schema defaults', () => {
  const backendRef = [
    'type: object',
    'properties:',
    '  spec:',
    '    type: object',
    '    required: [kind]',
    '    x-kubernetes-validations:',
    "    - rule: \"(size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true\"",
    '      message: Must have port for Service reference',
    '    properties:',
    "      group: {type: string, default: ''}",
    '      kind: {type: string, default: Service}',
    '      name: {type: string}',
    '      port: {type: integer}',
  ];

  test('CEL rules see the default of an absent field, and a required field with a default may be left out', () => {
    expect(diagnostics(paste(backendRef, ['metadata:', '  name: a', 'spec:', '  name: web', '  port: 80']))).toEqual([]);
  });

  test('the rule still fails on what the defaults imply', () => {
    expect(described(paste(backendRef, ['metadata:', '  name: a', 'spec:', '  name: web']), 'schema-validation-rule')).toEqual([
      `schema-validation-rule error@${backupStart(backendRef) + 3}: Must have port for Service reference (the CRD's validation rule \`(size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true\`)`,
    ]);
    // a written value wins over the default
    expect(diagnostics(paste(backendRef, ['metadata:', '  name: a', 'spec:', '  name: web', '  kind: Bucket', '  group: example.com']))).toEqual([]);
  });

  test('a default object is itself defaulted (nested defaults), and a required field without a default is still required', () => {
    const schema = [
      'type: object',
      'properties:',
      '  spec:',
      '    type: object',
      '    required: [name]',
      '    x-kubernetes-validations:',
      "    - rule: \"self.path.type == 'PathPrefix'\"",
      '    properties:',
      '      name: {type: string}',
      '      path:',
      '        type: object',
      '        default: {value: /}',
      '        properties:',
      '          type: {type: string, default: PathPrefix}',
      '          value: {type: string}',
    ];
    expect(diagnostics(paste(schema, ['metadata:', '  name: a', 'spec:', '  name: x']))).toEqual([]);
    expect(described(paste(schema, ['metadata:', '  name: a', 'spec: {}']), 'schema-required-field').length).toBe(1);
  });
});

describe('has() on a selection that does not start at an identifier', () => {
  test('compiles and tests presence, as the API server does', () => {
    const schema = [
      'type: object',
      'properties:',
      '  spec:',
      '    type: object',
      '    properties:',
      '      rules:',
      '        type: array',
      '        x-kubernetes-validations:',
      '        - rule: "(self.size() > 0 ? (has(self[0].matches) ? self[0].matches.size() : 0) : 0) <= 2"',
      '          message: at most two matches',
      '        items:',
      '          type: object',
      '          properties:',
      '            matches: {type: array, items: {type: string}}',
    ];
    const resource = (matches: string) => ['metadata:', '  name: a', 'spec:', `  rules: [${matches}]`];
    expect(diagnostics(paste(schema, resource('{}')))).toEqual([]);
    expect(diagnostics(paste(schema, resource('{matches: [a, b]}')))).toEqual([]);
    expect(described(paste(schema, resource('{matches: [a, b, c]}')), 'schema-validation-rule', 'crd-validation-rule-compile')).toHaveLength(1);
  });

  test('the rewrite leaves plain chains, strings and methods alone', () => {
    expect(rewriteHas('has(self.spec.x) && has(self.a)')).toBe('has(self.spec.x) && has(self.a)');
    expect(rewriteHas('has(self[0].matches)')).toBe('(self[0]).?matches.hasValue()');
    expect(rewriteHas('has(self.rules[i].path.type)')).toBe('(self.rules[i].path).?type.hasValue()');
    expect(rewriteHas('has(f(self).x)')).toBe('(f(self)).?x.hasValue()');
    expect(rewriteHas("'has(self[0].x)' == r\"has(self[1].y)\" || has(self[2].z)")).toBe("'has(self[0].x)' == r\"has(self[1].y)\" || (self[2]).?z.hasValue()");
    expect(rewriteHas('self.hashes.size() > 0 && self.x.has(1)')).toBe('self.hashes.size() > 0 && self.x.has(1)');
    // nested: the inner has() is rewritten too
    expect(rewriteHas('has(self[has(self[0].a) ? 1 : 0].b)')).toBe('(self[(self[0]).?a.hasValue() ? 1 : 0]).?b.hasValue()');
  });
});
