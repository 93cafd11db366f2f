import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe's serious and critical violations on the page, as "rule: first targets" lines (empty when clean). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // a long page lays out its later parts after load (src/scripts/page-parts.ts); axe judges the page
  // as it then stands, not text that is not laid out yet (page-parts.spec.ts checks they all are)
  await page.waitForFunction(() => document.querySelector('.js .part:not([data-laid-out])') === null);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
}
