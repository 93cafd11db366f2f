import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { htmlPages } from '../../scripts/lib/html.mjs';

const pages = htmlPages('dist').map(([file, path]) => ({ path, html: readFileSync(file, 'utf8') }));
const withDiagrams = pages.filter((page) => page.html.includes('class="diagram"')).map((page) => page.path);
const withoutDiagrams = pages
  .filter((page) => !page.html.includes('class="diagram"') && page.path.startsWith('/'))
  .map((page) => page.path);

/** Scrolls every diagram into view (they draw lazily) and waits until each has drawn or failed. */
async function drawAll(page: Page): Promise<void> {
  const figures = page.locator('figure.diagram');
  const count = await figures.count();
  for (let i = 0; i < count; i += 1) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await expect(figures.nth(i)).toHaveAttribute('data-state', /rendered|error/, { timeout: 20_000 });
  }
}

test('the guide has diagrams to check', () => {
  expect(withDiagrams.length).toBeGreaterThanOrEqual(10);
});

for (const path of withDiagrams) {
  for (const theme of ['light', 'dark'] as const) {
    test(`every diagram on ${path} draws an SVG in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await drawAll(page);
      await expect(page.locator('figure.diagram[data-state="error"]')).toHaveCount(0);
      const figures = page.locator('figure.diagram');
      await expect(figures.locator('.diagram-canvas svg')).toHaveCount(await figures.count());
      // accessible: each drawing has a name from accTitle and a description from accDescr
      for (const svg of await figures.locator('.diagram-canvas svg').all()) {
        await expect(svg).toHaveAttribute('aria-labelledby', /.+/);
        await expect(svg).toHaveAttribute('aria-describedby', /.+/);
      }
      // the source stays in the page, folded under the drawing
      await expect(figures.locator('details .diagram-source')).toHaveCount(await figures.count());
      expect(errors).toEqual([]);
    });
  }
}

test('diagrams are drawn again in the other palette when the theme is toggled', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/guide/pods/');
  await drawAll(page);
  const svg = page.locator('figure.diagram .diagram-canvas svg').first();
  const before = await svg.innerHTML();
  await page.locator('[data-theme-toggle]').click();
  await expect.poll(async () => (await svg.innerHTML()) !== before, { timeout: 15_000 }).toBe(true);
});

test('Korean pages draw Korean labels, English pages English ones', async ({ page }) => {
  await page.goto('/ko/guide/pods/');
  await drawAll(page);
  expect(await page.locator('figure.diagram svg').first().textContent()).toMatch(/[가-힣]/);
  await page.goto('/en/guide/pods/');
  await drawAll(page);
  expect(await page.locator('figure.diagram svg').first().textContent()).not.toMatch(/[가-힣]/);
});

test('troubleshooting steps link to the sections that explain them', async ({ page }) => {
  await page.goto('/ko/guide/troubleshooting/');
  await drawAll(page);
  const links = page.locator('figure.diagram svg a');
  expect(await links.count()).toBeGreaterThan(5);
  const href = (await links.first().getAttribute('href')) ?? (await links.first().getAttribute('xlink:href')) ?? '';
  expect(href).toMatch(/^\/ko\/guide\/troubleshooting\/#/);
});

test('without JavaScript the diagram source is readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/guide/architecture/');
  await expect(page.locator('figure.diagram .diagram-source').first()).toBeVisible();
  await context.close();
});

test('pages without diagrams never request mermaid code', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  for (const path of withoutDiagrams.filter((p) => p.endsWith('/')).slice(0, 6)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requested.filter((path) => /mermaid|Diagram/i.test(path))).toEqual([]);
});

test('a page with diagrams fetches mermaid only when a diagram nears the viewport', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  // a page whose first diagram sits well below the first screen
  let target: string | undefined;
  for (const path of withDiagrams) {
    await page.goto(path);
    const top = await page.locator('figure.diagram').first().evaluate((el) => el.getBoundingClientRect().top);
    if (top > 1600) {
      target = path;
      break;
    }
  }
  expect(target, 'no guide page has its first diagram below the fold').toBeDefined();
  const fresh = await page.context().newPage();
  await fresh.setViewportSize({ width: 1280, height: 700 });
  const requested: string[] = [];
  fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await fresh.goto(target ?? '/');
  await fresh.waitForLoadState('networkidle');
  expect(requested.filter((path) => /mermaid\.core/.test(path))).toEqual([]);
  const first = fresh.locator('figure.diagram').first();
  await first.scrollIntoViewIfNeeded();
  await expect(first).toHaveAttribute('data-state', 'rendered', { timeout: 20_000 });
  expect(requested.some((path) => /mermaid\.core/.test(path))).toBe(true);
});

test('drawing the diagrams moves nothing around them (no layout shift)', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/ko/guide/troubleshooting/');
  await drawAll(page);
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  expect(shift).toBeLessThan(0.05);
});

test('a diagram can be shown at full size and fitted again', async ({ page }) => {
  await page.goto('/en/guide/troubleshooting/');
  await drawAll(page);
  const figure = page.locator('figure.diagram').first();
  const button = figure.locator('.diagram-size');
  await expect(button).toHaveText('Show full size');
  const fitted = await figure.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(button).toHaveText('Fit to frame');
  const full = await figure.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
  expect(full).toBeGreaterThanOrEqual(fitted);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});
