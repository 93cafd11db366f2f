import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages.ts';

// Every page answers 200, carries its language, and logs no error in the console.
for (const path of builtPages()) {
  test(`${path} loads cleanly`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path, { waitUntil: 'load' });
    if (path === '/') {
      // the root page sends the reader on to a language
      await page.waitForURL(/\/(ko|en)\/$/);
    } else {
      // every built file answers 200 when asked for by its own path, 404 pages included
      expect(response?.status()).toBe(200);
      const lang = path.startsWith('/en/') ? 'en' : 'ko';
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    }
    expect(errors).toEqual([]);
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
