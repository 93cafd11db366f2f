import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages.ts';

// Every page answers 200, carries its language, and logs no error in the console. The pages are
// visited in batches, one browser page per batch: a fresh context per page cost about a second each,
// which with the 700-odd pages (the bundled kinds' and the change pages) was minutes of the suite.
const BATCH = 40;
const pages = builtPages();
for (let start = 0; start < pages.length; start += BATCH) {
  const batch = pages.slice(start, start + BATCH);
  test(`pages ${start + 1}-${start + batch.length} of ${pages.length} load cleanly (${batch[0]} ...)`, async ({ page }) => {
    test.setTimeout(30_000 + batch.length * 5_000);
    const problems: string[] = [];
    let current = '';
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    for (const path of batch) {
      current = path;
      const response = await page.goto(path, { waitUntil: 'load' });
      if (path === '/') {
        // the root page sends the reader on to a language
        await page.waitForURL(/\/(ko|en)\/$/);
        continue;
      }
      // every built file answers 200 when asked for by its own path, 404 pages included
      if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
      const lang = path.startsWith('/en/') ? 'en' : 'ko';
      const actual = await page.locator('html').getAttribute('lang');
      if (actual !== lang) problems.push(`${path}: lang ${actual}, not ${lang}`);
    }
    expect(problems).toEqual([]);
  });
}

test('a missing page answers 404 with the page of its language', async ({ page }) => {
  const ko = await page.goto('/ko/no-such-page/');
  expect(ko?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('페이지를 찾을 수 없습니다');
  const en = await page.goto('/en/no-such-page/');
  expect(en?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  const other = await page.goto('/nowhere');
  expect(other?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(2);
});
