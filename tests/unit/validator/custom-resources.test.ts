// Custom resources: without their CRD a warning and "not checked"; built-in groups keep their errors.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { yaml } from './helpers.ts';

const check = (text: string) => validate(text, { schema: apiSchema, bestPractices: false });
const brief = (text: string) => check(text).diagnostics.map((d) => `${d.ruleId} ${d.severity}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);

describe('a custom resource with no schema anywhere', () => {
  const backup = yaml('apiVersion: example.com/v1', 'kind: Backup', 'metadata:', '  name: nightly', 'spec:', '  anything: [1, 2]');

  test('is a warning on its kind, in both languages, and the document is not checked', () => {
    const result = check(backup);
    expect(brief(backup)).toEqual(['custom-resource-unchecked warning@2:7-2:13']);
    const [d] = result.diagnostics;
    expect(formatMessage(d!, 'en')).toBe('Not checked: no schema for example.com/v1 Backup; paste its CustomResourceDefinition to check it.');
    expect(formatMessage(d!, 'ko')).toBe('검사하지 않았다. example.com/v1 Backup의 스키마가 없다. 이 커스텀 리소스를 검사하려면 그 CustomResourceDefinition을 함께 붙여 넣자.');
    expect(result.documents.map((doc) => doc.status)).toEqual(['not-checked']);
  });

  test('the generic checks still run: a bad name and label are errors, and the document is invalid', () => {
    const text = yaml('apiVersion: example.com/v1', 'kind: Backup', 'metadata:', '  name: Nightly_Run', '  labels:', '    app: "a b"');
    expect(brief(text)).toEqual([
      'custom-resource-unchecked warning@2:7-2:13',
      'metadata-name-format error@4:9-4:20',
      'label-format error@6:10-6:15',
    ]);
    expect(check(text).documents[0]?.status).toBe('invalid');
  });

  test('a kind that shares a built-in kind\'s name in a custom group (Knative Service) is no version error', () => {
    const text = yaml('apiVersion: serving.knative.dev/v1', 'kind: Service', 'metadata:', '  name: hello');
    expect(brief(text)).toEqual(['custom-resource-unchecked warning@2:7-2:14']);
  });

  test('a typo in a built-in kind stays an error; so does a kind no built-in group has', () => {
    expect(brief(yaml('apiVersion: apps/v1', 'kind: Deploymnet', 'metadata:', '  name: web'))).toEqual(['unknown-kind error@2:7-2:17']);
    expect(brief(yaml('apiVersion: v1', 'kind: Backup', 'metadata:', '  name: web'))).toEqual(['unknown-kind error@2:7-2:13']);
    // removed groups are built-in too: extensions/v1beta1 Deployment is the removal's error
    expect(brief(yaml('apiVersion: extensions/v1beta1', 'kind: Deployment', 'metadata:', '  name: web')).map((b) => b.split(' ')[0]))
      .toEqual(['api-version-not-served']);
  });

  test('with its CRD in the input it is no longer unchecked; other kinds of the group still are', () => {
    const crd = yaml(
      'apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'metadata:', '  name: backups.example.com',
      'spec:', '  group: example.com', '  names: {kind: Backup, plural: backups}', '  scope: Namespaced',
      '  versions:', '  - name: v1', '    served: true', '    storage: true',
      '    schema:', '      openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}',
    );
    const restore = yaml('apiVersion: example.com/v1', 'kind: Restore', 'metadata:', '  name: r');
    const result = check(`${backup}---\n${crd}---\n${restore}`);
    expect(result.diagnostics.map((d) => `${d.ruleId}@${d.line}`)).toEqual(['custom-resource-unchecked@24']);
    expect(result.documents.map((doc) => doc.status)).toEqual(['valid', 'valid', 'not-checked']);
  });
});
