import { expect, test } from '@playwright/test';

for (const [lang, placeholder] of [['ko', '종류, 필드, 가이드 검색'], ['en', 'Search kinds, fields and the guide']] as const) {
  test(`the ${lang} home page's search box opens the search dialog and finds a kind`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const entry = page.locator('[data-search-trigger]');
    await expect(entry).toContainText(placeholder);
    await entry.click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[data-search-input]')).toBeFocused();
    await page.keyboard.type('deploy');
    await expect(dialog.locator(`.search-hit-link[href^="/${lang}/kinds/deployment/"]`).first()).toBeVisible({ timeout: 20_000 });
  });

  test(`the ${lang} home page links all four parts of the site`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    for (const part of ['kinds', 'reference', 'validator']) {
      await expect(page.locator(`.offer-card a[href="/${lang}/${part}/"]`)).toHaveCount(1);
    }
  });
}
