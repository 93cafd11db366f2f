import { expect, test } from '@playwright/test';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system preference until the reader chooses', async ({ browser }) => {
  const dark = await browser.newPage({ colorScheme: 'dark' });
  await dark.goto('/ko/');
  await expect(dark.locator('html')).toHaveAttribute('data-theme', 'dark');
  await dark.close();
  const light = await browser.newPage({ colorScheme: 'light' });
  await light.goto('/ko/');
  await expect(light.locator('html')).toHaveAttribute('data-theme', 'light');
  await light.close();
});

test('the toggle is remembered across navigation and applied before the page scripts run', async ({ page }) => {
  await page.goto('/ko/guide/pods/');
  const lightBackground = await background(page);
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await background(page);
  expect(darkBackground).not.toBe(lightBackground);

  // Hold back every module script: only the inline head script can set the theme now, so a
  // dark first paint proves there is no flash of the light theme.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/en/guide/pods/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(darkBackground);
});

test('the toggle button names the theme it switches to', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-label', 'Switch to dark theme');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-label', 'Switch to light theme');
});
