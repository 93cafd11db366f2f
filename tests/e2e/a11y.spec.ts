import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { templatePages } from './site-pages.ts';

for (const theme of ['light', 'dark'] as const) {
  for (const path of templatePages) {
    test(`axe finds no serious or critical violation on ${path} (${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      if (path === '/') await page.waitForURL(/\/(ko|en)\/$/);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
}
