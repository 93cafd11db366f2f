// Schema rules against the real API data of the pinned release and against a tiny inline schema.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { REMOVED_APIS } from '../../../src/lib/k8s/removed-apis.ts';
import { withParticle } from '../../../src/lib/i18n/particles.ts';
import { miniSchema } from '../../fixtures/validator/mini-schema.ts';
import { firstFix, yaml } from './helpers.ts';

const schema = apiSchema;
const diags = (text: string, s = schema) => validate(text, { schema: s, bestPractices: false }).diagnostics;
const at = (text: string, rule: string, s = schema) =>
  diags(text, s).filter((d) => d.ruleId === rule).map((d) => `${d.messageId}@${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.fieldPath}`);

const pod = (...containerLines: string[]) =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27', ...containerLines);

describe('schema-type-mismatch', () => {
  test('env value: 123 needs quotes, with a certain fix', () => {
    const text = pod('    env:', '    - name: PORT', '      value: 8080');
    expect(at(text, 'schema-type-mismatch')).toEqual(['needs-quotes@11:14-11:18 spec.containers[0].env[0].value']);
    const [d] = diags(text).filter((x) => x.ruleId === 'schema-type-mismatch');
    expect(d?.fixes).toEqual([{ safety: 'safe', label: '"8080"', edits: [{ start: text.indexOf('8080'), end: text.indexOf('8080') + 4, text: '"8080"' }] }]);
    expect(formatMessage(d!, 'en')).toBe('This field takes a string. YAML reads the unquoted 8080 as integer, so put it in quotes: "8080".');
    expect(formatMessage(d!, 'ko')).toBe('이 필드는 문자열이어야 한다. YAML은 따옴표 없는 8080을 정수로 읽으므로 "8080"처럼 따옴표로 감싸자.');
  });
  test('YAML 1.1 booleans in a string field', () => {
    expect(at(pod('    env:', '    - name: DEBUG', '      value: yes'), 'schema-type-mismatch')).toEqual(['needs-quotes@11:14-11:17 spec.containers[0].env[0].value']);
  });
  test('ConfigMap data port: 8080', () => {
    expect(at(yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: a}', 'data:', '  port: 8080'), 'schema-type-mismatch')).toEqual(['needs-quotes@5:9-5:13 data.port']);
  });
  test('replicas: "2" is a string where an integer is expected; the fix removes the quotes', () => {
    const text = yaml('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: a}', 'spec:', '  replicas: "2"');
    expect(at(text, 'schema-type-mismatch')).toEqual(['remove-quotes@5:13-5:16 spec.replicas']);
    expect(diags(text).find((d) => d.ruleId === 'schema-type-mismatch')?.fixes?.[0]?.edits).toEqual([{ start: text.indexOf('"2"'), end: text.indexOf('"2"') + 3, text: '2' }]);
  });
  test('int-or-string accepts both, not a float', () => {
    const svc = (v: string) => yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: a}', 'spec:', '  ports:', `  - port: 80`, `    targetPort: ${v}`);
    expect(at(svc('8080'), 'schema-type-mismatch')).toEqual([]);
    expect(at(svc('http'), 'schema-type-mismatch')).toEqual([]);
    expect(at(svc('80.5'), 'schema-type-mismatch')).toEqual(['mismatch@7:17-7:21 spec.ports[0].targetPort']);
  });
  test('a mapping where a list is expected', () => {
    expect(at(yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: a}', 'spec:', '  containers:', '    name: web'), 'schema-type-mismatch'))
      .toEqual(['mismatch@6:5-6:14 spec.containers']);
  });
  test('null is "not set" and accepted anywhere', () => {
    expect(at(pod('    env:', '    - name: A', '      value:'), 'schema-type-mismatch')).toEqual([]);
  });
});

describe('quantity-format', () => {
  const limits = (cpu: string, memory: string) => pod('    resources:', '      limits:', `        cpu: ${cpu}`, `        memory: ${memory}`);
  test.each([['500m', '64Mi'], ['1.5', '1Gi'], ['1e3', '128974848'], ['"0.5"', '1G'], ['2', '129e6']])('%s and %s are right', (cpu, memory) => {
    expect(at(limits(cpu, memory), 'quantity-format')).toEqual([]);
  });
  test('64MB and 500mi are wrong, with suggestions', () => {
    const found = diags(limits('500mi', '64MB')).filter((d) => d.ruleId === 'quantity-format');
    expect(found.map((d) => `${d.messageId}@${d.line}:${d.column}-${d.endColumn} ${String(d.data.suggestion)}`)).toEqual([
      'invalid-cpu-suggest@11:14-19 500m',
      'invalid-suggest@12:17-21 64Mi',
    ]);
  });
  test('a word is not a quantity', () => {
    expect(at(limits('lots', '1Gi'), 'quantity-format')).toEqual(['invalid@11:14-11:18 spec.containers[0].resources.limits.cpu']);
  });
});

describe('schema-unknown-field', () => {
  test('did you mean: container -> containers (safe: the only name that near), imagePullpolicy -> imagePullPolicy', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: a}', 'spec:', '  container:', '  - name: web', '    image: nginx:1.27', '    imagePullpolicy: Always');
    const found = diags(text).filter((d) => d.ruleId === 'schema-unknown-field');
    expect(found.map((d) => `${d.line}:${d.column}-${d.endColumn} ${String(d.data.suggestion)} ${firstFix(d) ?? '-'}`)).toEqual(['5:3-12 containers safe containers']);
    const text2 = pod('    imagePullpolicy: Always');
    const [d] = diags(text2).filter((x) => x.ruleId === 'schema-unknown-field');
    expect([d?.line, d?.column, d?.endColumn, firstFix(d)]).toEqual([9, 5, 20, 'safe imagePullPolicy']);
    expect(formatMessage(d!, 'en')).toBe('imagePullpolicy is not a field at this position. Did you mean imagePullPolicy?');
  });
  test('a field indented into the wrong object', () => {
    expect(at(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', '  containers: []'), 'schema-unknown-field'))
      .toEqual(['unknown-sibling@5:3-5:13 metadata.containers']);
  });
  test('labels and data keys are free', () => {
    expect(at(yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  labels: {anything: x}', 'data: {whatever: y}'), 'schema-unknown-field')).toEqual([]);
  });
});

describe('schema-required-field and schema-enum', () => {
  test('a container without a name: the list item is underlined', () => {
    expect(at(yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: a}', 'spec:', '  containers:', '  - image: nginx:1.27'), 'schema-required-field'))
      .toEqual(['missing@6:5-6:10 spec.containers[0].name']);
  });
  test('a Deployment without selector and template points at spec', () => {
    const text = yaml('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: a}', 'spec:', '  replicas: 2');
    // the missing selector is explained by workload-selector, so the generic report is dropped
    expect(at(text, 'schema-required-field')).toEqual(['missing@4:1-4:5 spec.template']);
    expect(at(text, 'workload-selector')).toEqual(['missing@4:1-4:5 spec.selector']);
  });
  test('enum with a case-only slip gets a fix', () => {
    const text = pod('    imagePullPolicy: always');
    const [d] = diags(text).filter((x) => x.ruleId === 'schema-enum');
    expect([d?.line, d?.column, d?.endColumn, firstFix(d)]).toEqual([9, 22, 28, 'safe Always']);
  });
});

describe('date-time-format', () => {
  test('a bare date is not a timestamp', () => {
    expect(at(yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  creationTimestamp: 2025-01-31'), 'date-time-format'))
      .toEqual(['invalid@5:22-5:32 metadata.creationTimestamp']);
  });
});

describe('unknown-kind and api-version-not-served', () => {
  // a PodDisruptionBudget without a selector gets a message of its own (fix-migrations.test.ts)
  const selected = (kind: string) => (kind === 'PodDisruptionBudget' ? ['spec: {selector: {matchLabels: {app: a}}}'] : []);
  test('a misspelt kind', () => {
    const [d] = diags(yaml('apiVersion: apps/v1', 'kind: Deploymnet', 'metadata: {name: a}')).filter((x) => x.ruleId === 'unknown-kind');
    expect([d?.line, d?.column, d?.endColumn, d?.data.suggestion]).toEqual([2, 7, 17, 'Deployment']);
  });
  test('lower-case kind gets a fix', () => {
    const [d] = diags(yaml('apiVersion: v1', 'kind: configmap', 'metadata: {name: a}')).filter((x) => x.ruleId === 'unknown-kind');
    expect(firstFix(d)).toBe('safe ConfigMap');
  });
  test('extensions/v1beta1 Deployment: removed in 1.16, use apps/v1', () => {
    const [d] = diags(yaml('apiVersion: extensions/v1beta1', 'kind: Deployment', 'metadata: {name: a}')).filter((x) => x.ruleId === 'api-version-not-served');
    expect([d?.line, d?.column, d?.endColumn, firstFix(d)]).toEqual([1, 13, 31, 'safe apps/v1']);
    expect(formatMessage(d!, 'en')).toBe('Deployment in extensions/v1beta1 was removed in Kubernetes 1.16; use apiVersion: apps/v1 (check the fields too, they may have changed).');
  });
  test('an apiVersion that never served the kind', () => {
    const [d] = diags(yaml('apiVersion: apps/v1', 'kind: Service', 'metadata: {name: a}')).filter((x) => x.ruleId === 'api-version-not-served');
    expect([d?.messageId, d?.data.served, firstFix(d)]).toEqual(['not-served', 'v1', 'safe v1']);
  });
  test.each([
    ['extensions/v1beta1', 'Ingress는', '1.22', 'networking.k8s.io/v1을'],
    ['policy/v1beta1', 'PodDisruptionBudget은', '1.25', 'policy/v1을'],
  ])('%s %s: the Korean message names the release and the replacement', (apiVersion, kindKo, release, replacementKo) => {
    const kind = kindKo.replace(/[은는]$/u, '');
    const replacement = replacementKo.replace(/[을를]$/u, '');
    const [d] = diags(yaml(`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata: {name: a}', ...selected(kind))).filter((x) => x.ruleId === 'api-version-not-served');
    // the particle after an English kind name follows how it is read (버짓은, 인그레스는; 브이원을)
    expect(formatMessage(d!, 'ko')).toBe(`${apiVersion}의 ${kindKo} 쿠버네티스 ${release}에서 제거되었다. apiVersion: ${replacementKo} 쓰자(필드가 달라졌을 수 있으니 함께 확인하자).`);
    expect(firstFix(d)).toBe(`safe ${replacement}`);
  });
  test('every row of the removal table is reported with its release and replacement, in both languages', () => {
    // PodSecurityPolicy has no successor kind; its message says what took its place instead
    const rows = REMOVED_APIS.filter((row) => row.kind !== 'PodSecurityPolicy');
    expect(rows.length).toBeGreaterThan(40);
    const wrong = rows.flatMap((row) => {
      const found = diags(yaml(`apiVersion: ${row.apiVersion}`, `kind: ${row.kind}`, 'metadata: {name: a}', ...selected(row.kind))).filter((x) => x.ruleId === 'api-version-not-served');
      const messages = found.map((d) => [formatMessage(d, 'ko'), formatMessage(d, 'en')]);
      const expected = row.replacement === null
        ? [`${row.apiVersion}의 ${withParticle(row.kind, '은')} 쿠버네티스 ${row.removedIn}에서 대체 API 없이 제거되었다.`,
          `${row.kind} in ${row.apiVersion} was removed in Kubernetes ${row.removedIn} with no replacement API.`]
        : [`${row.apiVersion}의 ${withParticle(row.kind, '은')} 쿠버네티스 ${row.removedIn}에서 제거되었다. apiVersion: ${withParticle(row.replacement, '을')} 쓰자(필드가 달라졌을 수 있으니 함께 확인하자).`,
          `${row.kind} in ${row.apiVersion} was removed in Kubernetes ${row.removedIn}; use apiVersion: ${row.replacement} (check the fields too, they may have changed).`];
      return JSON.stringify(messages) === JSON.stringify([expected]) ? [] : [{ row, messages }];
    });
    expect(wrong).toEqual([]);
  });
  test('the removal table works without API data', () => {
    const found = validate(yaml('apiVersion: batch/v1beta1', 'kind: CronJob', 'metadata: {name: a}')).diagnostics.filter((x) => x.ruleId === 'api-version-not-served');
    expect(found.map((d) => d.data.replacement)).toEqual(['batch/v1']);
  });
});

describe('the schema comes through options', () => {
  test('the tiny inline schema drives the same rules', () => {
    expect(at(yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: a}', 'data: {port: 8080}'), 'schema-type-mismatch', miniSchema)).toEqual(['needs-quotes@4:14-4:18 data.port']);
  });
  test('without a schema, schema rules are off', () => {
    expect(validate(yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: a}', 'data: {port: 8080}')).diagnostics).toEqual([]);
  });
});

describe('schema-unknown-field says where a misplaced field belongs', () => {
  test('containers under metadata belongs under spec', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', '  containers: []');
    const [d] = diags(text).filter((x) => x.ruleId === 'schema-unknown-field');
    expect([d?.messageId, d?.data.other, d?.line, d?.column]).toEqual(['unknown-sibling', 'spec', 5, 3]);
    expect(formatMessage(d!, 'en')).toBe('containers is not a field at this position; it belongs under spec (check the indentation).');
  });
  test('replicas indented into the template belongs one level up', () => {
    const text = yaml('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: a}', 'spec:', '  selector: {matchLabels: {app: a}}', '  template:', '    replicas: 2', '    metadata: {labels: {app: a}}', '    spec:', '      containers: [{name: a, image: "nginx:1.27"}]');
    const [d] = diags(text).filter((x) => x.ruleId === 'schema-unknown-field');
    expect([d?.messageId, d?.data.other, d?.fieldPath]).toEqual(['unknown-parent', 'template', 'spec.template.replicas']);
  });
});
