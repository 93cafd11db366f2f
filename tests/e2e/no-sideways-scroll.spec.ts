// No page scrolls sideways, on a phone or a desktop, in either language and theme: wide content
// (code, tables, long field paths, the validator's controls) scrolls inside its own box.
import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './axe.ts';
import { builtPages, guidePaths } from './site-pages.ts';
import { items, misspelt, openValidator, paste } from './validator-page.ts';

const langs = ['ko', 'en'] as const;

/**
 * One page of each template, every guide page, and the reference pages with the widest content
 * (measured at 390 px before the fix: ConfigMap 912 px, Pod 578, Deployment and CronJob 488, from
 * the examples in the field notes), and a sample of the bundled custom resource kinds' pages. Change
 * pages join the list when the build has them.
 */
const pages = [
  '/', '/404.html',
  ...langs.flatMap((lang) => [
    `/${lang}/`, `/${lang}/404/`, ...guidePaths(lang),
    `/${lang}/kinds/`, `/${lang}/kinds/deployment/`,
    `/${lang}/reference/`, ...['configmap', 'pod', 'deployment', 'cronjob'].map((kind) => `/${lang}/reference/${kind}/`),
    // bundled custom resource kinds: a kind page, and the references with the longest field paths
    `/${lang}/kinds/httproute.gateway.networking.k8s.io/`,
    ...['httproute.gateway.networking.k8s.io', 'prometheus.monitoring.coreos.com'].map((kind) => `/${lang}/reference/${kind}/`),
    `/${lang}/validator/`, `/${lang}/validator/rules/`,
  ]),
  ...builtPages().filter((path) => /\/changes?\//u.test(path)),
];

/** How far the page reaches past the viewport, in CSS pixels (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [390, 1280]) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`at ${width} px, ${theme}`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: theme });

      test('no page scrolls sideways', async ({ page }) => {
        test.setTimeout(180_000);
        const wide: string[] = [];
        for (const path of pages) {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          const by = await overflow(page);
          if (by > 0) wide.push(`${path} is ${by} px too wide`);
        }
        expect(wide).toEqual([]);
      });

      for (const lang of langs) {
        test(`the ${lang} validator fits with an example chosen and with results shown`, async ({ page }) => {
          await openValidator(page, lang);
          await page.locator('[data-examples]').selectOption('kind-deployment');
          await expect(page.locator('.validator-group').first()).toBeVisible();
          expect(await overflow(page)).toBe(0);
          // a long line and problems with long messages
          await paste(page, `${misspelt}      command: ["sh", "-c", "${'echo a-very-long-argument-that-does-not-wrap '.repeat(4)}"]\n`);
          await expect(items(page).first()).toBeVisible();
          expect(await overflow(page)).toBe(0);
        });
      }
    });
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('a wide note example scrolls inside its own box, which the keyboard can reach', async ({ page }) => {
    await page.goto('/en/reference/configmap/');
    const code = page.locator('.rf-n .code-frame pre').filter({ hasText: 'binaryData' }).first();
    await expect(code).toHaveAttribute('tabindex', '0');
    const box = await code.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, overflowX: getComputedStyle(el).overflowX }));
    expect(box.scroll).toBeGreaterThan(box.client);
    expect(box.overflowX).toBe('auto');
  });
});

test.describe('on a phone, axe', () => {
  test.use({ viewport: { width: 390, height: 800 } });
  for (const theme of ['light', 'dark'] as const) {
    for (const path of ['/ko/reference/pod/', '/en/reference/configmap/']) {
      test(`finds no serious violation among the scrolling examples of ${path} (${theme})`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await seriousAxeViolations(page)).toEqual([]);
      });
    }
  }
});
