import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  const input = page.locator('.search-dialog .pagefind-ui__search-input');
  await expect(input).toBeVisible();
  await input.fill(query);
  const results = page.locator('.search-dialog .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results;
}

test('search code loads only on first use', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/ko/guide/pods/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.locator('.search-dialog .pagefind-ui__search-input')).toBeVisible();
  expect(requested.some((path) => path.endsWith('pagefind-ui.js'))).toBe(true);
});

test('Korean search finds a Korean page by a word on it', async ({ page }) => {
  await page.goto('/ko/');
  await page.keyboard.press('/');
  const results = await search(page, '컨트롤러');
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.some((href) => href.startsWith('/ko/guide/pods/'))).toBe(true);
  expect(hrefs.every((href) => href.startsWith('/ko/'))).toBe(true);
});

test('English search finds an English page, opened with Ctrl+K', async ({ page }) => {
  await page.goto('/en/guide/pods/');
  await page.keyboard.press('Control+k');
  const results = await search(page, 'CrashLoopBackOff');
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.some((href) => href.startsWith('/en/guide/'))).toBe(true);
  expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
});

test('the dialog closes with Escape and gives focus back to the page', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('[data-search-open]').click();
  await expect(page.locator('.search-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.search-dialog')).toBeHidden();
  await expect(page.locator('[data-search-open]')).toBeFocused();
});

test('results carry a type badge, and a kind result its apiVersion', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  await search(page, 'StatefulSet');
  const kind = page.locator('.search-dialog .pagefind-ui__result', { has: page.locator('a[href^="/en/kinds/statefulset/"]') });
  await expect(kind.locator('.pagefind-ui__result-tag').first()).toHaveText('Type: Kind');
  await expect(kind.locator('.pagefind-ui__result-tag').nth(1)).toHaveText('API version: apps/v1');
});

test('Korean particles on the query still find the page', async ({ page }) => {
  await page.goto('/ko/');
  await page.keyboard.press('/');
  const results = await search(page, '스테이트풀셋을');
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.some((href) => href.startsWith('/ko/kinds/statefulset/'))).toBe(true);
});

test('arrow keys move from the box through the results and back', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  const results = await search(page, 'tolerations');
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.search-dialog .pagefind-ui__search-input')).toBeFocused();
});

test('a result opens its page with the searched words highlighted', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/en/guide/pods/');
  expect(requested.some((path) => path.endsWith('pagefind-highlight.js'))).toBe(false);
  await page.keyboard.press('/');
  const results = await search(page, 'CrashLoopBackOff');
  const href = (await results.first().getAttribute('href')) ?? '';
  expect(href).toContain('pagefind-highlight=');
  await results.first().click();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  expect(requested.some((path) => path.endsWith('pagefind-highlight.js'))).toBe(true);
});

test('Korean words are highlighted too (Pagefind passes them decomposed)', async ({ page }) => {
  await page.goto('/ko/');
  await page.keyboard.press('/');
  const results = await search(page, '스케줄러');
  await results.first().click();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  await expect(page.locator('mark.pagefind-highlight').first()).toContainText('스케줄러');
});

test('the language switch adds the other language, current language first', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  const results = await search(page, '파드');
  const before = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(before.every((href) => href.startsWith('/en/'))).toBe(true);
  await page.locator('[data-search-both]').check();
  await expect(page.locator('.search-dialog .pagefind-ui__result-link[href^="/ko/"]').first()).toBeVisible();
  const after = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(after.some((href) => href.startsWith('/ko/'))).toBe(true);
});
