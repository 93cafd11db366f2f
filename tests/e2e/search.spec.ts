import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './axe.ts';

const resultLinks = '[data-search-results] a';

async function search(page: Page, query: string) {
  const input = page.locator('.search-dialog [data-search-input]');
  await expect(input).toBeVisible();
  await input.fill(query);
  const results = page.locator(`.search-dialog ${resultLinks}`);
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
  await expect(page.locator('.search-dialog [data-search-input]')).toBeFocused();
  await expect.poll(() => requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  // Pagefind's prebuilt UI is not used: the dialog is the site's own
  expect(requested.some((path) => /pagefind-(component-|modular-)?ui/u.test(path))).toBe(false);
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
  const kind = page.locator('.search-dialog .search-hit', { has: page.locator('a[href^="/en/kinds/statefulset/"]') });
  await expect(kind.locator('.search-badge').first()).toHaveText('Kind');
  await expect(kind.locator('.search-badge').nth(1)).toHaveText('API version: apps/v1');
});

test('a field result lands on the field’s anchor and shows its type', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  await search(page, 'imagePullPolicy');
  const field = page.locator('.search-dialog .search-hit', { has: page.locator('a[href*="/en/reference/pod/"]') }).first();
  await expect(field.locator('.search-hit-link')).toHaveAttribute('href', /#spec\.containers\.imagePullPolicy$/u);
  await expect(field.locator('.search-hit-link')).toHaveText('Pod field reference › spec.containers.imagePullPolicy');
  await expect(field.locator('.search-badge').first()).toHaveText('Field');
  await expect(field.locator('.search-badge').nth(1)).toHaveText('Type: string');
  await field.locator('.search-hit-link').click();
  await expect(page).toHaveURL(/\/en\/reference\/pod\/\?pagefind-highlight=imagePullPolicy#spec\.containers\.imagePullPolicy$/u);
  await expect(page.locator('[id="spec.containers.imagePullPolicy"]')).toBeInViewport();
});

test('the type filter and the kind category filter narrow the results, with translated names', async ({ page }) => {
  await page.goto('/ko/');
  await page.keyboard.press('/');
  const results = await search(page, '파드');
  await page.getByRole('radio', { name: '리소스 종류' }).check();
  await expect(page.locator('.search-dialog .search-hit').first().locator('.search-badge').first()).toHaveText('리소스 종류');
  await expect(async () => {
    const badges = await page.locator('.search-dialog .search-hit .search-badge-type').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['리소스 종류']));
  }).toPass();
  await page.locator('[data-search-filter="category"]').selectOption({ label: '구성과 스토리지' });
  await expect(async () => {
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => /^\/ko\/kinds\/(configmap|secret|persistentvolume|persistentvolumeclaim|storageclass|volumeattachment|csidriver|csinode|csistoragecapacity|volumeattributesclass)\//u.test(href))).toBe(true);
  }).toPass();
});

test('a query without results says so, with what was typed shown as text, not markup', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  await page.locator('[data-search-input]').fill('<qqzzx>zzqxw');
  await expect(page.locator('[data-search-status]')).toHaveText('No results for “<qqzzx>zzqxw”.');
  await expect(page.locator('.search-dialog qqzzx')).toHaveCount(0);
});

test('Enter in the box opens the first result', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  const results = await search(page, 'StatefulSet');
  const href = (await results.first().getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[?.*+^$()[\]{}|\\]/gu, '\\$&')}$`, 'u'));
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
  await expect(page.locator('.search-dialog [data-search-input]')).toBeFocused();
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
  // what is marked is the searched word, not a neighbour
  const marked = await page.locator('mark.pagefind-highlight:visible').allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  expect(marked.map((text) => text.toLowerCase())).toEqual(marked.map(() => 'crashloopbackoff'));
});

test('Korean words are highlighted too (Pagefind passes them decomposed)', async ({ page }) => {
  await page.goto('/ko/');
  await page.keyboard.press('/');
  const results = await search(page, '스케줄러');
  await results.first().click();
  // (a page's hidden search keywords may hold the first mark; a reader sees the visible ones)
  const visible = page.locator('mark.pagefind-highlight:visible').first();
  await expect(visible).toBeVisible();
  // every mark is the searched word, recomposed (not its decomposed jamo, not a neighbour)
  const marked = await page.locator('mark.pagefind-highlight:visible').allTextContents();
  expect(marked.map((text) => text.normalize('NFC'))).toEqual(marked.map(() => '스케줄러'));
  expect(marked.every((text) => text === text.normalize('NFC'))).toBe(true);
});

test('the language switch adds the other language, current language first', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  const results = await search(page, '파드');
  const before = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(before.every((href) => href.startsWith('/en/'))).toBe(true);
  await page.locator('[data-search-both]').check();
  await expect(page.locator(`.search-dialog ${resultLinks}[href^="/ko/"]`).first()).toBeVisible();
  await expect(page.locator('.search-dialog .search-hit[lang="ko"] .search-badge', { hasText: 'Korean page' }).first()).toBeVisible();
  const after = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(after.some((href) => href.startsWith('/ko/'))).toBe(true);
});

for (const [lang, query, theme] of [['ko', '디플로이먼트', 'dark'], ['en', 'imagePullPolicy', 'light'], ['ko', 'tolerations', 'light'], ['en', 'CrashLoopBackOff', 'dark']] as const) {
  test(`axe finds nothing serious in the open dialog with results (${lang}, ${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`/${lang}/guide/pods/`);
    await page.keyboard.press('/');
    await search(page, query);
    await page.getByRole('radio').nth(1).focus();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

test('more results load on request, and focus moves to the first new one', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  await search(page, 'pod');
  const hits = page.locator('.search-dialog .search-hit');
  await expect(hits).toHaveCount(5);
  const more = page.locator('[data-search-more]');
  await expect(more).toBeVisible();
  await more.click();
  await expect(hits).toHaveCount(10);
  await expect(hits.nth(5).locator('a').first()).toBeFocused();
  // each page once, however many of its parts matched
  const hrefs = await hits.locator('.search-hit-link').evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').replace(/[?#].*$/u, '')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test('when the search cannot load, the dialog says so, keeps the query and tries again later', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/en/');
  await page.keyboard.press('/');
  await page.locator('[data-search-input]').fill('deployment');
  await expect(page.locator('[data-search-status]')).toHaveText('Search could not be loaded. Reload the page and try again.');
  await expect(page.locator('[data-search-input]')).toHaveValue('deployment');
  await page.unroute('**/pagefind/**');
  await page.locator('[data-search-close]').click();
  await page.keyboard.press('/');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page.locator('[data-search-input]')).toHaveValue('deployment');
});
