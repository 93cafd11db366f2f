import { expect, test, type Page } from '@playwright/test';

// A long page is cut into parts that are laid out as they near the screen and, after load, in
// idle moments (src/lib/markdown/rehype-page-parts.ts, src/scripts/page-parts.ts). The reader must
// not be able to tell: the same layout as without JavaScript, nothing moving while the parts are laid
// out, and a jump to an anchor that stays where it landed.

const longPage = '/ko/guide/troubleshooting/';

/**
 * Where each heading, paragraph and figure of the page's text sits, from the top of its text. Only what
 * a reader can see: inside a closed <details> (the reference's folded types) an element's box is left
 * at 0 or laid out on request, depending on what asked before.
 */
const positions = (page: Page): Promise<number[]> => page.locator('.docs-body').evaluate((body) => {
  const top = body.getBoundingClientRect().top;
  return [...body.querySelectorAll('h2, h3, h4, p, figure, table')]
    .filter((el) => el.checkVisibility())
    .map((el) => Math.round(el.getBoundingClientRect().top - top));
});

const allLaidOut = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-parts-laid-out', '', { timeout: 15_000 });

for (const [path, width] of [[longPage, 390], [longPage, 1280], ['/ko/validator/rules/', 390], ['/en/reference/pod/descriptions/', 390], ['/ko/reference/pod/', 390], ['/en/reference/pod/', 1280], ['/ko/kinds/', 390]] as const) {
  test(`${path}: the parts are all laid out after load, where they would be if none waited (${width} px)`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(path);
    expect(await page.locator('.part').count()).toBeGreaterThan(10);
    await allLaidOut(page);
    expect(await page.locator('.part:not([data-laid-out])').count()).toBe(0);
    const laidOutLater = await positions(page);
    expect(laidOutLater.length).toBeGreaterThan(30);
    await page.close();

    // the same page with every part laid out from the start
    const reference = await browser.newPage({ viewport: { width, height: 800 } });
    await reference.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '.part { content-visibility: visible !important; }';
        document.head.append(style);
      });
    });
    await reference.goto(path);
    expect(await reference.locator('.part').evaluateAll((parts) => parts.filter((part) => getComputedStyle(part).contentVisibility !== 'visible').length)).toBe(0);
    expect(laidOutLater).toEqual(await positions(reference));
    await reference.close();
  });
}

test('without JavaScript no part waits', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(longPage);
  expect(await page.locator('.prose > .part').evaluateAll((parts) => parts.filter((part) => getComputedStyle(part).contentVisibility !== 'visible').length)).toBe(0);
  await page.close();
});

for (const width of [390, 1280]) {
  test(`nothing on screen moves while the parts are laid out (${width} px)`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) w.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(longPage);
    // the first screen shows a part's heading (on a phone, below the table of contents)
    if (width === 390) await page.locator('.prose > .part').first().evaluate((part) => window.scrollTo(0, part.getBoundingClientRect().top + scrollY - 300));
    expect(await page.locator('.prose > .part').first().evaluate((part) => part.getBoundingClientRect().top < innerHeight)).toBe(true);
    await allLaidOut(page);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });
}

for (const [path, what] of [[longPage, 'a heading deep in a long guide page'], ['/en/validator/rules/', 'a rule near the end of the rules page']] as const) {
  test(`a link to ${what} lands on it and it stays there`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    // the last h3, far below parts not laid out yet (the validator links each problem to its rule so)
    const id = await page.locator('.docs-body h3[id]').last().getAttribute('id');
    await page.goto(`${path}#${encodeURIComponent(id ?? '')}`);
    const heading = page.locator(`[id="${id}"]`);
    const top = () => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const landed = await top();
    expect(landed).toBeGreaterThanOrEqual(0);
    expect(landed).toBeLessThan(200);
    await allLaidOut(page);
    expect(await top()).toBe(landed);
  });
}

test('a link to a field far down a reference page lands on it and it stays there', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  // the Pod's fields are parts of their own (render-tree.ts); spec.volumes has dozens of parts above it
  await page.goto('/ko/reference/pod/#spec.volumes');
  const field = page.locator('[id="spec.volumes"]');
  const top = () => field.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  // the page's own landing (path-box.ts) runs as its script connects the path box
  await page.evaluate(() => customElements.whenDefined('ref-path-box'));
  const landed = await top();
  expect(landed).toBeGreaterThanOrEqual(0);
  expect(landed).toBeLessThan(200);
  await allLaidOut(page);
  // within a pixel: the browser keeps the field in place as the parts above change height (scroll
  // anchoring), to the whole pixel, while a field's top may fall between two
  expect(Math.abs((await top()) - landed)).toBeLessThanOrEqual(1);
});
