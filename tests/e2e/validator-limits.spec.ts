// The validator's limits, timed: a paste over 5 MB is refused and one just under is checked within
// 2 s, with the page responsive. These run in their own Playwright project, one test at a time
// after the rest (npm test), so what they time is the page, not the other tests' browsers.
import { expect, test, type Page } from '@playwright/test';
import { copiedReport, editorReady, editorText, items, openValidator, paste, status, valid } from './validator-page.ts';

test.describe.configure({ mode: 'serial' });

/** A ConfigMap with `lines` data entries of 70-character values, all under one key: each after the first is a duplicate-key error. */
function configMapPaste(lines: number): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${`  key: "${'0123456789'.repeat(7)}"\n`.repeat(lines)}`;
}

interface PasteTiming {
  /** from Ctrl+V until the status line changed */
  ms: number;
  /** the longest time timers could not run, less the time the browser spent handing over the clipboard */
  longestGap: number;
  clipboardReads: number;
}

/**
 * Pastes `text` over the editor's text with a real Ctrl+V and times the answer. Chromium hands the
 * clipboard over synchronously inside getData (about 0.2 s for 5 MB on an idle machine, several
 * times that on a busy one); no page can avoid it, so the stall the page itself causes is measured
 * without it.
 */
async function pasteAndTime(page: Page, text: string): Promise<PasteTiming> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await editorReady(page);
  await page.locator('.cm-content').focus();
  await page.keyboard.press('ControlOrMeta+a');
  // The probe is running before the key is pressed (this evaluate is awaited), then read afterwards.
  await page.evaluate(() => {
    const status = document.querySelector('[data-status]') as HTMLElement;
    const previous = status.textContent;
    const reads: Array<[number, number]> = [];
    const getData = DataTransfer.prototype.getData;
    DataTransfer.prototype.getData = function (this: DataTransfer, format: string) {
      const began = performance.now();
      try {
        return getData.call(this, format);
      } finally {
        reads.push([began, performance.now()]);
      }
    };
    const clipboardTimeWithin = (from: number, to: number): number =>
      reads.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);
    const start = performance.now();
    let last = start;
    let longestGap = 0;
    const noteGap = (now: number): void => {
      longestGap = Math.max(longestGap, now - last - clipboardTimeWithin(last, now));
      last = now;
    };
    const timer = setInterval(() => noteGap(performance.now()), 20);
    const figures = (async () => {
      while (status.textContent === previous && performance.now() - start < 10_000) await new Promise((r) => setTimeout(r, 20));
      const ms = performance.now() - start;
      // the page must stay responsive after the answer too, while it shows it
      await new Promise((r) => setTimeout(r, 300));
      clearInterval(timer);
      noteGap(performance.now());
      DataTransfer.prototype.getData = getData;
      return { ms, longestGap, clipboardReads: reads.length };
    })();
    Object.assign(window, { pasteProbe: figures });
  });
  await page.keyboard.press('ControlOrMeta+v');
  return page.evaluate(() => (window as unknown as { pasteProbe: Promise<PasteTiming> }).pasteProbe);
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

for (const lang of ['ko', 'en'] as const) {
  test.describe(`validator limits (${lang})`, () => {
    // the page starts with a checked manifest, as when a reader pastes over their work
    test.beforeEach(async ({ page }) => {
      await openValidator(page, lang);
      await paste(page, valid);
      await expect(status(page)).toContainText(lang === 'ko' ? '문제가 없습니다' : 'no problems');
    });

    test('a paste over 5 MB is refused within 2 s and the page stays responsive', async ({ page }) => {
      test.setTimeout(60_000);
      const huge = configMapPaste(70_000);
      expect(huge.length).toBeGreaterThan(5 * 1024 * 1024);
      const timing = await pasteAndTime(page, huge);
      console.log(`paste of ${(huge.length / 2 ** 20).toFixed(1)} MB (${lang}): refused in ${Math.round(timing.ms)} ms; longest stall apart from the clipboard read ${Math.round(timing.longestGap)} ms`);
      // the page's own paste handler read the text once and refused it; the editor never took it
      expect(timing.clipboardReads).toBe(1);
      expect(timing.ms).toBeLessThan(2000);
      expect(timing.longestGap).toBeLessThan(500);
      await expect(status(page)).toContainText(lang === 'ko' ? /검사하세요|MB/ : /in parts|MB/);
      expect(await editorText(page)).toBe(valid);
    });

    test('a paste just under 5 MB with 60,000 problems is checked within 2 s; the list stops at 200, the report has all', async ({ page }) => {
      test.setTimeout(90_000);
      const large = configMapPaste(60_000);
      expect(large.length).toBeLessThan(5 * 1024 * 1024);
      expect(large.length).toBeGreaterThan(4.5 * 1024 * 1024);
      const timing = await pasteAndTime(page, large);
      console.log(`paste of ${(large.length / 2 ** 20).toFixed(1)} MB with 59,999 problems (${lang}): answered in ${Math.round(timing.ms)} ms; longest stall apart from the clipboard read ${Math.round(timing.longestGap)} ms`);
      expect(timing.ms).toBeLessThan(2000);
      expect(timing.longestGap).toBeLessThan(500);
      await expect(status(page)).toContainText(lang === 'ko' ? '오류 59,999개' : '59,999 error(s)');
      await expect(status(page)).toContainText(lang === 'ko' ? '59,999개 중 처음 200개' : 'first 200 of 59,999');
      await expect(items(page)).toHaveCount(200);
      await expect(page.locator('.validator-hidden')).toContainText('59,799');
      // the list's last entry is the 200th problem: line 206 (the first duplicate is on line 7)
      await expect(items(page).last().locator('[data-line]')).toHaveAttribute('data-line', '206');

      const markdown = await copiedReport(page, 'markdown');
      await expect(page.locator('[data-note]')).toHaveText(lang === 'ko' ? /복사/ : /[Cc]opied/);
      expect(markdown.match(/^\| \d+:\d+ \|/gm)).toHaveLength(59_999);
      const report = JSON.parse(await copiedReport(page, 'json')) as { counts: { error: number }; documents: Array<{ diagnostics: unknown[] }> };
      expect(report.counts.error).toBe(59_999);
      expect(report.documents[0]?.diagnostics).toHaveLength(59_999);

      // kept compressed in the tab, and back after a reload
      await page.reload();
      await expect(page.locator('kfg-validator')).toHaveAttribute('data-state', 'ready');
      await expect(status(page)).toContainText(lang === 'ko' ? '오류 59,999개' : '59,999 error(s)');
      expect(await editorText(page)).toBe(large);
    });
  });
}
