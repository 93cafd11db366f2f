// Removed API versions migrated in place (issue 13.2): each tests/fixtures/validator/migrations/NAME.before.yaml
// is fixed (every fix, suggestions included) into NAME.after.yaml, byte for byte; the comments inside the
// changed blocks, flow style and anchors survive, and nothing removed is left.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { fixText } from '../../../src/lib/validator/fix/apply.ts';
import { validate } from '../../../src/lib/validator/index.ts';

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

test('a webhook migration that has to assume sideEffects: None is a suggestion; the others are safe', () => {
  const safety = (name: string) => validate(readFileSync(`${dir}${name}.before.yaml`, 'utf8'), options).diagnostics
    .filter((d) => d.ruleId === 'api-version-not-served').map((d) => d.fixes?.[0]?.safety);
  expect(safety('webhook')).toEqual(['suggestion']);
  expect(safety('ingress')).toEqual(['safe']);
});

test('PodSecurityPolicy has no successor: the message explains Pod Security Admission, with no fix', () => {
  const [d] = validate('apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\n', options).diagnostics;
  expect([d?.messageId, d?.fixes]).toEqual(['removed-psp', undefined]);
});
