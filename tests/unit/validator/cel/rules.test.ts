// x-kubernetes-validations on custom resources: the rule's message at the value's (or fieldPath's)
// line, messageExpression, reason, rules that do not compile, transition rules, the cost bound.
import { describe, expect, test } from 'vitest';
import { formatMessage } from '../../../../src/lib/validator/index.ts';
import { PASTE_STEP_BUDGET, RULE_STEP_LIMIT } from '../../../../src/lib/validator/cel/evaluate.ts';
import { backupStart, described, diagnostics, paste } from './paste.ts';

const replicas = (rule: readonly string[]) => [
  'type: object',
  'properties:',
  '  spec:',
  '    type: object',
  '    x-kubernetes-validations:',
  ...rule.map((line) => `    ${line}`),
  '    properties:',
  '      minReplicas: {type: integer}',
  '      maxReplicas: {type: integer}',
  '      name: {type: string}',
];
const spec = (min: number, max: number) => ['metadata:', '  name: nightly', 'spec:', `  minReplicas: ${min}`, `  maxReplicas: ${max}`];

describe('a failing rule', () => {
  const schema = replicas(['- rule: self.minReplicas <= self.maxReplicas', '  message: minReplicas must not exceed maxReplicas']);

  test('is an error at the value\'s line with the rule\'s message; a passing value has none', () => {
    const line = backupStart(schema) + 3;
    expect(described(paste(schema, spec(5, 2)), 'schema-validation-rule')).toEqual([
      `schema-validation-rule error@${line}: minReplicas must not exceed maxReplicas (the CRD's validation rule \`self.minReplicas <= self.maxReplicas\`)`,
    ]);
    expect(diagnostics(paste(schema, spec(2, 5)))).toEqual([]);
  });

  test('reads in Korean with the same message and rule', () => {
    const [d] = diagnostics(paste(schema, spec(5, 2)), 'schema-validation-rule');
    expect(formatMessage(d!, 'ko')).toBe('minReplicas must not exceed maxReplicas (CRD의 검증 규칙 `self.minReplicas <= self.maxReplicas`)');
  });

  test('fieldPath moves the diagnostic to that field\'s line; reason is shown', () => {
    const withPath = replicas(['- rule: self.minReplicas <= self.maxReplicas', '  message: too many', '  fieldPath: .maxReplicas', '  reason: FieldValueForbidden']);
    const line = backupStart(withPath) + 5;
    expect(described(paste(withPath, spec(5, 2)), 'schema-validation-rule')).toEqual([
      `schema-validation-rule error@${line}: too many (FieldValueForbidden, the CRD's validation rule \`self.minReplicas <= self.maxReplicas\`)`,
    ]);
  });

  test('a fieldPath the value does not have stays at the node', () => {
    const withPath = replicas(['- rule: self.minReplicas <= self.maxReplicas', '  fieldPath: .name']);
    expect(diagnostics(paste(withPath, spec(5, 2)), 'schema-validation-rule').map((d) => d.line)).toEqual([backupStart(withPath) + 3]);
  });

  test('messageExpression is evaluated; when it fails, message is used, and without message the rule', () => {
    const expression = replicas(['- rule: self.minReplicas <= self.maxReplicas', '  messageExpression: "\'min \' + string(self.minReplicas) + \' > max \' + string(self.maxReplicas)"', '  message: fallback']);
    expect(diagnostics(paste(expression, spec(5, 2)), 'schema-validation-rule').map((d) => d.data.message)).toEqual(['min 5 > max 2']);
    const broken = replicas(['- rule: self.minReplicas <= self.maxReplicas', '  messageExpression: "self.missing"', '  message: fallback']);
    expect(diagnostics(paste(broken, spec(5, 2)), 'schema-validation-rule').map((d) => d.data.message)).toEqual(['fallback']);
    const bare = replicas(['- rule: self.minReplicas <= self.maxReplicas']);
    expect(diagnostics(paste(bare, spec(5, 2)), 'schema-validation-rule').map((d) => d.data.message)).toEqual(['failed rule: self.minReplicas <= self.maxReplicas']);
  });

  test('has() sees absent optional fields; a rule on an absent field does not run', () => {
    const schema2 = replicas(['- rule: "!has(self.name) || self.name.size() > 2"', '  message: name too short']);
    expect(diagnostics(paste(schema2, [...spec(1, 2)]), 'schema-validation-rule')).toEqual([]);
    expect(diagnostics(paste(schema2, [...spec(1, 2), '  name: ab']), 'schema-validation-rule').map((d) => d.data.message)).toEqual(['name too short']);
  });

  test('a runtime error (no such key) is an error that names it', () => {
    const schema2 = replicas(['- rule: self.name.size() > 2']);
    expect(diagnostics(paste(schema2, spec(1, 2)), 'schema-validation-rule').map((d) => `${d.messageId} ${d.data.error}`)).toEqual(['error No such key: name']);
  });

  test('rules on the root, on list items, on additionalProperties values and on int-or-string', () => {
    const schema2 = [
      'type: object',
      'x-kubernetes-validations:',
      '- rule: self.metadata.name.startsWith("n")',
      '  message: names start with n',
      'properties:',
      '  spec:',
      '    type: object',
      '    properties:',
      '      ports:',
      '        type: array',
      '        items:',
      '          type: integer',
      '          x-kubernetes-validations: [{rule: "self > 1024", message: "unprivileged ports only"}]',
      '      limits:',
      '        type: object',
      '        additionalProperties:',
      '          type: string',
      '          x-kubernetes-validations: [{rule: "isQuantity(self)", message: "a quantity"}]',
      '      size:',
      '        x-kubernetes-int-or-string: true',
      '        x-kubernetes-validations: [{rule: "type(self) == int ? self > 0 : self.endsWith(\'%\')", message: "positive or a percentage"}]',
    ];
    const start = backupStart(schema2);
    const text = paste(schema2, ['metadata:', '  name: xnightly', 'spec:', '  ports: [8080, 80]', '  limits: {cpu: "1", memory: 1 GB}', '  size: "50"']);
    expect(diagnostics(text, 'schema-validation-rule').map((d) => `${d.line} ${d.data.message}`)).toEqual([
      `${start} names start with n`,
      `${start + 4} unprivileged ports only`,
      `${start + 5} a quantity`,
      `${start + 6} positive or a percentage`,
    ]);
  });
});

describe('a rule that does not compile', () => {
  test('is an error on the CRD at the rule\'s line, and the custom resource is not judged by it', () => {
    const schema = replicas(['- rule: self.minReplicas <=', '- rule: self.minReplicas.frobnicate()', '- rule: self.minReplicas + 1', '- messageExpression: "1"']);
    const text = paste(schema, spec(5, 2));
    expect(described(text, 'crd-validation-rule-compile', 'schema-validation-rule')).toEqual([
      'crd-validation-rule-compile error@20: The CEL rule does not compile: Unexpected token: EOF.',
      'crd-validation-rule-compile error@21: The CEL rule does not compile: found no matching overload for \'dyn.frobnicate()\'.',
      'crd-validation-rule-compile error@22: The CEL rule does not compile: must evaluate to bool, not int.',
      'crd-validation-rule-compile error@23: An entry of x-kubernetes-validations needs a rule, a CEL expression.',
    ]);
  });

  test('a messageExpression that does not compile is an error at its line', () => {
    const schema = replicas(['- rule: self.minReplicas <= self.maxReplicas', '  messageExpression: "1 + 1"', '- rule: self.minReplicas > 0', '  messageExpression: "\'a\' +"']);
    expect(described(paste(schema, spec(1, 2)), 'crd-validation-rule-compile')).toEqual([
      'crd-validation-rule-compile error@21: The messageExpression does not compile: must evaluate to string, not int.',
      'crd-validation-rule-compile error@23: The messageExpression does not compile: Unexpected token: EOF.',
    ]);
  });
});

describe('a rule that calls a Kubernetes function the validator does not have', () => {
  test('is neither refused nor judged, where an unknown function is a compile error', () => {
    const schema = replicas(['- rule: isCIDR(self.name) && ip("10.0.0.1").family() == 4', '- rule: math.greatest(self.minReplicas, 1) > 100', '- rule: self.minReplicas.frobnicate()']);
    expect(diagnostics(paste(schema, spec(5, 2)), 'crd-validation-rule-compile', 'schema-validation-rule').map((d) => `${d.ruleId}@${d.line}`)).toEqual([
      'crd-validation-rule-compile@22',
    ]);
  });
});

describe('transition rules', () => {
  test('are skipped with one info per rule at the rule\'s line, whatever the custom resources', () => {
    const schema = replicas(['- rule: self.minReplicas == oldSelf.minReplicas', '  message: immutable', '- rule: "\'oldSelf\' != self.name"']);
    const text = `${paste(schema, spec(5, 2))}---\n${paste(schema, spec(1, 1)).split('---\n')[1]}`;
    expect(described(text, 'crd-validation-rule-transition', 'schema-validation-rule')).toEqual([
      'crd-validation-rule-transition info@20: A transition rule (one that compares with oldSelf) needs the stored object, so it is not checked from a file.',
      // the second rule only mentions oldSelf in a string: it runs (and fails on a missing name)
      `schema-validation-rule error@${backupStart(schema) + 3}: Evaluating the CRD's validation rule \`'oldSelf' != self.name\` failed: No such key: name. The API server rejects the value too.`,
      `schema-validation-rule error@${backupStart(schema) + 3 + 8}: Evaluating the CRD's validation rule \`'oldSelf' != self.name\` failed: No such key: name. The API server rejects the value too.`,
    ]);
  });
});

describe('the cost bound', () => {
  const nested = ['type: object', 'properties:', '  spec:', '    type: object', '    properties:', '      items:', '        type: array', '        items: {type: integer}',
    '        x-kubernetes-validations: [{rule: "self.all(a, self.all(b, self.all(c, a + b + c >= 0)))"}]'];
  const items = ['metadata:', '  name: nightly', 'spec:', `  items: [${Array.from({ length: 400 }, (_, i) => i).join(', ')}]`];

  test('a rule that walks a big list in nested loops ends with a warning that it was not judged', () => {
    expect(described(paste(nested, items), 'schema-validation-rule')).toEqual([
      `schema-validation-rule warning@${backupStart(nested) + 4}: The CRD's validation rule \`self.all(a, self.all(b, self.all(c, a + b + c >= 0)))\` went over the cost limit and was not judged: the lists or strings it walks are too large.`,
    ]);
  });

  test('a string doubled in nested binds stops at the bound', () => {
    const doubling = Array.from({ length: 26 }, (_, i) => i).reduceRight((inner, i) => `cel.bind(v${i + 1}, v${i} + v${i}, ${inner})`, 'v26.size() > 0');
    const schema = ['type: object', 'properties:', '  spec:', '    type: object', '    properties:', '      name:', '        type: string',
      `        x-kubernetes-validations: [{rule: ${JSON.stringify(`cel.bind(v0, self, ${doubling})`)}}]`];
    expect(diagnostics(paste(schema, ['metadata:', '  name: n', 'spec:', '  name: abcdefghijklmnop']), 'schema-validation-rule').map((d) => d.messageId)).toEqual(['cost']);
  });

  test('many costly resources share one budget per paste: once it is spent the rest get one warning each', () => {
    const judged = PASTE_STEP_BUDGET / RULE_STEP_LIMIT;
    const crs = Array.from({ length: judged + 2 }, (_, i) => ['---', 'apiVersion: example.com/v1', 'kind: Backup', ...items.map((line) => line.replace('nightly', `b${i}`))].join('\n'));
    const text = `${paste(nested, items)}${crs.join('\n')}\n`;
    const ids = diagnostics(text, 'schema-validation-rule').map((d) => d.messageId);
    expect(ids).toEqual([...Array(judged).fill('cost'), ...Array(3).fill('budget')]);
  });

  test('a backtracking regular expression on a long value is not judged rather than run', () => {
    const schema = ['type: object', 'properties:', '  spec:', '    type: object', '    properties:', '      name:', '        type: string',
      '        x-kubernetes-validations: [{rule: "self.matches(\'^(a+)+$\')"}, {rule: "self.find(\'(a|aa)+$\') != \'\'"}]'];
    expect(diagnostics(paste(schema, ['metadata:', '  name: n', 'spec:', `  name: ${'a'.repeat(60)}b`]), 'schema-validation-rule')).toEqual([]);
    expect(diagnostics(paste(schema, ['metadata:', '  name: n', 'spec:', '  name: aab']), 'schema-validation-rule').map((d) => d.data.message)).toEqual([
      'failed rule: self.matches(\'^(a+)+$\')', 'failed rule: self.find(\'(a|aa)+$\') != \'\'',
    ]);
  });
});
