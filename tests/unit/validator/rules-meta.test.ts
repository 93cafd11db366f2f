// Every rule is complete: messages in both languages for every message id it reports, docs in both
// languages, and docs examples that prove it: `bad` fires the rule, `good` does not.
import { describe, expect, test } from 'vitest';
import { rules, validate, formatMessage } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { bundledCrdIndex } from '../../../src/lib/k8s/bundled-crd-index.ts';
import { loadBundledCrds } from '../../../src/lib/validator/cli/bundled-crds.ts';

// the real API data of the pinned release and every bundled project's CRDs: docs examples must be right against them
const options = { schema: apiSchema, bundledCrds: loadBundledCrds(bundledCrdIndex.projects.map((p) => p.id)) };

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  test('id is kebab-case and unique; file name = id', async () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rules.filter((r) => r.id === id)).toHaveLength(1);
    const module = await import(`../../../src/lib/validator/rules/${id}.ts`);
    expect(Object.values(module)).toContain(rule);
  });

  test('messages exist in Korean and English', () => {
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const [messageId, text] of Object.entries(rule.messages)) {
      expect(text.ko.trim(), `${messageId} ko`).not.toBe('');
      expect(text.en.trim(), `${messageId} en`).not.toBe('');
      expect(text.ko, `${messageId} ko is Korean`).toMatch(/[가-힣]/);
    }
  });

  test('docs are complete in both languages', () => {
    for (const part of [rule.docs.summary, rule.docs.why, rule.docs.fix]) {
      expect(part.ko).toMatch(/[가-힣]/);
      expect(part.en.trim().length).toBeGreaterThan(10);
    }
  });

  test('the bad example fires it, with a message in both languages', () => {
    const fired = validate(rule.docs.bad, options).diagnostics.filter((d) => d.ruleId === id);
    expect(fired.length).toBeGreaterThan(0);
    for (const d of fired) {
      expect(rule.messages[d.messageId], d.messageId).toBeDefined();
      expect(formatMessage(d, 'ko')).not.toMatch(/\{\w+(?:\|[^}]*)?\}/u);
      expect(formatMessage(d, 'en')).not.toMatch(/\{\w+(?:\|[^}]*)?\}/u);
    }
  });

  test('the good example does not fire it', () => {
    const fired = validate(rule.docs.good, options).diagnostics.filter((d) => d.ruleId === id);
    expect(fired).toEqual([]);
  });

  test('the good example is clean of errors from any rule', () => {
    const errors = validate(rule.docs.good, options).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.ruleId}: ${formatMessage(d, 'en')}`)).toEqual([]);
  });
});
