import { expect, test } from '@playwright/test';
import { seriousAxeViolations } from './axe.ts';
import { templatePages } from './site-pages.ts';

for (const theme of ['light', 'dark'] as const) {
  for (const path of templatePages) {
    test(`axe finds no serious or critical violation on ${path} (${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      if (path === '/') await page.waitForURL(/\/(ko|en)\/$/);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const serious = await seriousAxeViolations(page);
      expect(serious).toEqual([]);
    });
  }
}

// The validator as it first paints: the plain textarea, before any interaction loads the editor
// (validator.spec.ts checks the page with the editor and results).
for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/ko/validator/', '/en/validator/']) {
    test(`axe finds no serious or critical violation on ${path} before the editor loads (${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('kfg-validator')).toHaveAttribute('data-state', 'ready');
      await expect(page.locator('.validator-textarea')).toBeVisible();
      await expect(page.locator('.cm-editor')).toHaveCount(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
}
