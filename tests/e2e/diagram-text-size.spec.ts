// Diagram labels are readable at the size a page shows them, without "Show full size": every text
// of every diagram, on every page that has one, renders at 12 CSS px or more on a 1280 px desktop
// and on a 390 px phone. A text's on-screen size is its font size (in the drawing's units) times the
// scale the page draws the SVG at (its screen transformation matrix).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlPages } from '../../scripts/lib/html.mjs';

const withDiagrams = htmlPages('dist')
  .filter(([file]) => readFileSync(file, 'utf8').includes('class="diagram"'))
  .map(([, path]) => path);
const minimum = 12;

test('the check has diagrams in both languages to measure', () => {
  expect(withDiagrams.filter((path) => path.startsWith('/ko/')).length).toBeGreaterThanOrEqual(10);
  expect(withDiagrams.filter((path) => path.startsWith('/en/')).length).toBeGreaterThanOrEqual(10);
});

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test(`every diagram's text renders at ${minimum} CSS px or more`, async ({ page }) => {
      test.setTimeout(240_000);
      const small: string[] = [];
      let measured = 0;
      for (const path of withDiagrams) {
        await page.goto(path);
        for (const [i, figure] of (await page.locator('figure.diagram').all()).entries()) {
          // off-screen blocks are not laid out (content-visibility): measure each where a reader sees it
          await figure.scrollIntoViewIfNeeded();
          // a label is SVG text or, for flowchart nodes, HTML inside a foreignObject: every element
          // that holds text of its own, scaled by the matrix of the text or foreignObject it sits in
          const texts = await figure.locator('.diagram-canvas svg').evaluate((svg) =>
            [...svg.querySelectorAll('text, text *, foreignObject *')]
              .filter((el) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''))
              .filter((el) => el.getClientRects().length > 0)
              .map((el) => {
                const box = el.closest('text, foreignObject') as SVGGraphicsElement;
                const ctm = box.getScreenCTM();
                const scale = ctm === null ? 0 : Math.hypot(ctm.a, ctm.b);
                return { text: (el.textContent ?? '').trim().slice(0, 40), px: parseFloat(getComputedStyle(el).fontSize) * scale };
              }),
          );
          expect(texts.length, `${path} diagram ${i + 1} has text`).toBeGreaterThan(0);
          measured += texts.length;
          for (const { text, px } of texts) {
            if (px < minimum - 0.01) small.push(`${path} diagram ${i + 1}: "${text}" at ${px.toFixed(1)} px`);
          }
        }
      }
      expect(measured).toBeGreaterThan(200);
      expect(small).toEqual([]);
    });
  });
}
