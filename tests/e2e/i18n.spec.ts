import { expect, test } from '@playwright/test';
import { guidePaths } from './site-pages.ts';

test('the language switch lands on the same page in the other language, both ways', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of guidePaths('ko')) {
    await page.goto(path);
    await page.locator('.lang-switch').click();
    await expect(page).toHaveURL(path.replace('/ko/', '/en/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('.lang-switch').click();
    await expect(page).toHaveURL(path);
  }
});

test('head carries the canonical link and hreflang alternates', async ({ page }) => {
  await page.goto('/ko/guide/pods/');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/ko\/guide\/pods\/$/);
  await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', /\/en\/guide\/pods\/$/);
  await expect(page.locator('link[rel=alternate][hreflang=ko]')).toHaveAttribute('href', /\/ko\/guide\/pods\/$/);
  await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveCount(1);
});

test.describe('the root page follows the browser language', () => {
  test.describe('English browser', () => {
    test.use({ locale: 'en-US' });
    test('goes to /en/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/$/);
    });
  });
  test.describe('Korean browser', () => {
    test.use({ locale: 'ko-KR' });
    test('goes to /ko/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/ko\/$/);
    });
  });
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows both languages as plain links', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('a[href="/ko/"]')).toBeVisible();
      await expect(page.locator('a[href="/en/"]')).toBeVisible();
    });
  });
});
