// A custom resource of a bundled project on the validator page, in both languages: an HTTPRoute with a
// misspelt field and no CRD in the paste is checked against the bundled Gateway API schema (its chunk
// loaded on demand), and the unknown field is reported at its line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { items, openValidator, paste } from './validator-page.ts';

const route = readFileSync(join(import.meta.dirname, '../fixtures/validator/bundled/gateway-api.yaml'), 'utf8').replace('weight: 90', 'wieght: 90');
const line = route.split('\n').findIndex((l) => l.includes('wieght: 90')) + 1;

for (const lang of ['ko', 'en'] as const) {
  test(`an HTTPRoute with a misspelt field and no CRD gets the unknown-field error at its line (${lang})`, async ({ page }) => {
    const chunks: string[] = [];
    page.on('request', (request) => { if (/gateway-api.*\.js$/.test(request.url())) chunks.push(request.url()); });
    await openValidator(page, lang);
    await paste(page, route);
    const item = items(page).filter({ has: page.locator('[data-rule="schema-unknown-field"]') });
    await expect(item).toHaveCount(1);
    await expect(item.locator('.validator-pos [aria-hidden]')).toHaveText(`${line}:7`);
    await expect(item.locator('.validator-msg')).toContainText('wieght');
    await expect(page.locator('[data-rule="custom-resource-unchecked"]')).toHaveCount(0);
    expect(chunks).toHaveLength(1);
  });
}

// The bundled Gateway API data carries the upstream CRD's CEL rules: the worker loads the CEL engine for
// it although the paste has no x-kubernetes-validations, and the rule's message shows at the filters line.
const redirectAndRewrite = [
  'apiVersion: gateway.networking.k8s.io/v1', 'kind: HTTPRoute', 'metadata: {name: web, namespace: shop}', 'spec:',
  '  parentRefs: [{name: public}]', '  rules:', '  - filters:', '    - type: RequestRedirect', '      requestRedirect: {scheme: https}',
  '    - type: URLRewrite', '      urlRewrite: {hostname: shop.example.com}', '',
].join('\n');

for (const lang of ['ko', 'en'] as const) {
  test(`an HTTPRoute that breaks an upstream CEL rule gets its message at its line, with no CRD (${lang})`, async ({ page }) => {
    await openValidator(page, lang);
    await paste(page, redirectAndRewrite);
    const item = items(page).filter({ has: page.locator('[data-rule="schema-validation-rule"]') });
    await expect(item).toHaveCount(1);
    await expect(item.locator('.validator-pos [aria-hidden]')).toHaveText('7:5');
    await expect(item.locator('.validator-msg')).toContainText('May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both');
  });
}
