// A CRD's CEL rule (x-kubernetes-validations) on the validator page, in both languages: the custom
// resource that breaks it gets the rule's message at its line, from the worker's core. The CEL engine is
// a chunk of its own: fetched for the paste with the rule, not before (src/lib/validator/cel/environment.ts).
import { expect, test } from '@playwright/test';
import { schemaValidationRule } from '../../src/lib/validator/rules/schema-validation-rule.ts';
import { items, openValidator, paste } from './validator-page.ts';

const text = schemaValidationRule.docs.bad;
const line = text.split('\n').findIndex((l) => l === '  keep: 10') + 1;

for (const lang of ['ko', 'en'] as const) {
  test(`a custom resource that breaks its CRD's CEL rule shows the rule's message at its line (${lang})`, async ({ page }) => {
    const engine: string[] = [];
    page.on('request', (request) => { if (/\/engine[^/]*\.js$/.test(request.url())) engine.push(request.url()); });
    await openValidator(page, lang);
    // a paste without CEL rules is checked without the engine
    await paste(page, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: 8080\n');
    await expect(page.locator('[data-rule="schema-type-mismatch"]')).toHaveCount(1);
    expect(engine).toEqual([]);
    await paste(page, text);
    const item = items(page).filter({ has: page.locator('[data-rule="schema-validation-rule"]') });
    await expect(item).toHaveCount(1);
    await expect(item.locator('.validator-pos [aria-hidden]')).toHaveText(`${line}:3`);
    await expect(item.locator('.validator-msg')).toContainText('keep counts days in whole weeks (7, 14, 21...)');
    await expect(item.locator('.validator-msg')).toContainText(lang === 'ko' ? 'CRD의 검증 규칙' : 'the CRD\'s validation rule');
    // the fix clears it
    await paste(page, schemaValidationRule.docs.good);
    await expect(page.locator('[data-rule="schema-validation-rule"]')).toHaveCount(0);
    expect(engine).toHaveLength(1);
  });
}
