import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  const input = page.locator('.search-dialog input');
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
  await expect(page.locator('.search-dialog input')).toBeVisible();
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
