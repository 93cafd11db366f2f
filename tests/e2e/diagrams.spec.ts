import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { htmlPages } from '../../scripts/lib/html.mjs';

const pages = htmlPages('dist').map(([file, path]) => ({ path, html: readFileSync(file, 'utf8') }));
const withDiagrams = pages.filter((page) => page.html.includes('class="diagram"')).map((page) => page.path);
const withoutDiagrams = pages
  .filter((page) => !page.html.includes('class="diagram"') && page.path.startsWith('/'))
  .map((page) => page.path);

/** The drawing a reader sees in each diagram: one SVG, its colours following the theme. */
function shownDrawings(page: Page) {
  return page.locator('figure.diagram .diagram-canvas svg:visible');
}

/**
 * The palette a drawing shows, read from its text colour (light-dark() pairs in its style sheet):
 * dark text is the light palette, light text the dark one.
 */
async function palette(page: Page, nth = 0): Promise<'light' | 'dark'> {
  const fill = await shownDrawings(page).nth(nth).evaluate((svg) => getComputedStyle(svg).fill);
  const [r = 0, g = 0, b = 0] = (fill.match(/\d+(?:\.\d+)?/gu) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'light' : 'dark';
}

test('the guide has diagrams to check', () => {
  expect(withDiagrams.length).toBeGreaterThanOrEqual(10);
});

for (const path of withDiagrams) {
  for (const theme of ['light', 'dark'] as const) {
    test(`every diagram on ${path} shows its ${theme} drawing, named and described`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      const figures = page.locator('figure.diagram');
      const count = await figures.count();
      // one drawing per diagram (no hidden second copy for the other theme), in this theme's palette
      await expect(page.locator('figure.diagram svg[aria-roledescription]')).toHaveCount(count);
      await expect(shownDrawings(page)).toHaveCount(count);
      for (let i = 0; i < count; i++) expect(await palette(page, i), `diagram ${i + 1}`).toBe(theme);
      // accessible: each drawing is named by its accTitle and described by its accDescr, through
      // ids that exist once in the page and hold that text
      const drawings = await shownDrawings(page).evaluateAll((svgs) => svgs.map((svg) => {
        const targets = (attribute: string) => (svg.getAttribute(attribute) ?? '').split(/\s+/u).filter(Boolean).map((id) => ({
          count: document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length,
          text: document.getElementById(id)?.textContent?.trim(),
        }));
        return {
          id: svg.id, role: svg.getAttribute('role'),
          labelledBy: targets('aria-labelledby'), describedBy: targets('aria-describedby'),
          source: svg.closest('figure')?.querySelector('.diagram-source')?.textContent ?? '',
        };
      }));
      for (const [i, drawing] of drawings.entries()) {
        expect(drawing.role).toMatch(/^(img|group)$/u);
        const title = /^\s*accTitle:\s*(.+)$/mu.exec(drawing.source)?.[1]?.trim();
        const description = /^\s*accDescr:\s*(.+)$/mu.exec(drawing.source)?.[1]?.trim();
        expect(title, `diagram ${i + 1} has an accTitle`).toBeTruthy();
        expect(description, `diagram ${i + 1} has an accDescr`).toBeTruthy();
        expect(drawing.labelledBy, `diagram ${i + 1}`).toEqual([{ count: 1, text: title }]);
        expect(drawing.describedBy, `diagram ${i + 1}`).toEqual([{ count: 1, text: description }]);
        await expect(shownDrawings(page).nth(i)).toHaveAccessibleName(title ?? '');
        await expect(shownDrawings(page).nth(i)).toHaveAccessibleDescription(description ?? '');
      }
      // the source stays in the page, folded under the drawing
      await expect(figures.locator('details .diagram-source')).toHaveCount(count);
      expect(errors).toEqual([]);
    });
  }
}

test('the drawings follow the theme toggle', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/guide/pods/');
  expect(await palette(page)).toBe('light');
  await page.locator('[data-theme-toggle]').click();
  await expect.poll(() => palette(page)).toBe('dark');
});

test('Korean pages draw Korean labels, English pages English ones', async ({ page }) => {
  await page.goto('/ko/guide/pods/');
  expect(await shownDrawings(page).first().textContent()).toMatch(/[가-힣]/);
  await page.goto('/en/guide/pods/');
  expect(await shownDrawings(page).first().textContent()).not.toMatch(/[가-힣]/);
});

test('troubleshooting steps link to the sections that explain them', async ({ page }) => {
  await page.goto('/ko/guide/troubleshooting/');
  const links = shownDrawings(page).locator('a');
  expect(await links.count()).toBeGreaterThan(5);
  const href = (await links.first().getAttribute('href')) ?? (await links.first().getAttribute('xlink:href')) ?? '';
  expect(href).toMatch(/^\/ko\/guide\/troubleshooting\/#/u);
  await links.first().click();
  await expect(page).toHaveURL(/\/ko\/guide\/troubleshooting\/#/u);
});

test('without JavaScript the drawings show, in the system palette', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/en/guide/architecture/');
  await expect(shownDrawings(page)).toHaveCount(await page.locator('figure.diagram').count());
  expect(await palette(page)).toBe('dark');
  await context.close();
});

test('diagrams need no script: no page requests mermaid code', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  for (const path of [...withDiagrams.slice(0, 4), ...withoutDiagrams.filter((p) => p.endsWith('/')).slice(0, 2)]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requested.filter((path) => /mermaid|diagram/iu.test(path))).toEqual([]);
});

test('the diagrams move nothing around them (no layout shift)', async ({ page }) => {
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
  for (const figure of await page.locator('figure.diagram').all()) await figure.scrollIntoViewIfNeeded();
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  expect(shift).toBeLessThan(0.05);
});

test('a diagram can be shown at full size and fitted again, by keyboard too', async ({ page }) => {
  await page.goto('/en/guide/troubleshooting/');
  // the first drawing there that is wider than the column (the symptom classes chart at 1280 px)
  const wider = await page.locator('figure.diagram').evaluateAll((figures) => figures.findIndex((figure) =>
    parseFloat(getComputedStyle(figure).getPropertyValue('--diagram-w')) > (figure.querySelector('.diagram-canvas')?.clientWidth ?? Infinity)));
  expect(wider).toBeGreaterThanOrEqual(0);
  const figure = page.locator('figure.diagram').nth(wider);
  const toggle = figure.getByRole('checkbox', { name: 'Show full size' });
  const svg = shownDrawings(page).nth(wider);
  const fitted = await svg.evaluate((el) => el.getBoundingClientRect().width);
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect.poll(() => svg.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(fitted);
  // at full size the frame scrolls sideways
  expect(await figure.locator('.diagram-canvas').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await page.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  await expect.poll(() => svg.evaluate((el) => el.getBoundingClientRect().width)).toBe(fitted);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('a drawing wider than the screen opens at its start, not at its left edge', async ({ page }) => {
    test.setTimeout(120_000);
    const hidden: string[] = [];
    let wide = 0;
    for (const path of withDiagrams) {
      await page.goto(path);
      for (const [i, figure] of (await page.locator('figure.diagram:has(.diagram-start)').all()).entries()) {
        await figure.scrollIntoViewIfNeeded();
        // the start is the node Mermaid numbered first (ids end in -0, -1, …), as render-diagrams.mjs reads it
        const seen = await figure.locator('.diagram-canvas').evaluate((canvas) => {
          const order = (node: Element) => Number(/-(\d+)$/u.exec(node.id)?.[1] ?? Infinity);
          const first = [...canvas.querySelectorAll('g.node[id]')].sort((a, b) => order(a) - order(b))[0];
          const frame = canvas.getBoundingClientRect();
          const box = first?.getBoundingClientRect();
          return { wide: canvas.scrollWidth > canvas.clientWidth + 1, visible: box !== undefined && box.left >= frame.left - 1 && box.right <= frame.right + 1 };
        });
        if (!seen.wide) continue;
        wide++;
        if (!seen.visible) hidden.push(`${path} diagram ${i + 1}`);
      }
    }
    // the narrowest screen makes several drawings scroll: the check has something to look at
    expect(wide).toBeGreaterThanOrEqual(5);
    expect(hidden).toEqual([]);
  });
});
