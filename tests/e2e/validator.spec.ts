// The validator page end to end, in both languages: typing and pasting, results and the cursor,
// share links, examples, rule switches, hostile input, no network while checking, links from the
// guide, storage, reports and accessibility. The timed limits are in validator-limits.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { rules } from '../../src/lib/validator/rules/index.ts';
import { DEFAULT_RELEASE } from '../../src/lib/k8s/releases.ts';
import { copiedReport, editorReady, editorText, items, keptText, misspelt, openValidator, paste, sharedText, status, ui, valid } from './validator-page.ts';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

for (const lang of ['ko', 'en'] as const) {
  test.describe(`validator (${lang})`, () => {
    test('a paste shows diagnostics with line numbers, in the list, the gutter and under the text', async ({ page }) => {
      await openValidator(page, lang);
      await paste(page, misspelt);
      const item = items(page).filter({ has: page.locator('[data-rule="schema-unknown-field"]') });
      await expect(item).toHaveCount(1);
      await expect(item.locator('.validator-pos [aria-hidden]')).toHaveText('6:3');
      await expect(item.locator('.validator-msg')).toContainText('contianers');
      await expect(item.locator('a.validator-rule')).toHaveAttribute('href', `/${lang}/validator/rules/#schema-unknown-field`);
      await expect(page.locator('.validator-group-title')).toContainText('Pod web');
      await expect(page.locator('.cm-lint-marker-error')).not.toHaveCount(0);
      await expect(page.locator('.cm-lintRange-error').filter({ hasText: 'contianers' })).toHaveCount(1);
      await expect(status(page)).toHaveAttribute('aria-live', 'polite');
      // the misspelt key also leaves the required containers missing
      await expect(status(page)).toContainText(lang === 'ko' ? '오류 2개' : '2 error(s)');
      // the message on hover, as a tooltip
      await page.locator('.cm-lintRange-error').filter({ hasText: 'contianers' }).hover();
      await expect(page.locator('.cm-tooltip-lint')).toContainText('contianers');
    });

    test('a click or Enter on a result moves the cursor to its line', async ({ page }) => {
      await openValidator(page, lang);
      await paste(page, `${valid}---\n${misspelt}`);
      const button = page.locator('.validator-diag[data-rule="schema-unknown-field"]');
      await expect(button.locator('.validator-pos [aria-hidden]')).toHaveText('13:3');
      await page.locator('.cm-content').click({ position: { x: 5, y: 5 } });
      await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText('1');
      await button.click();
      await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText('13');
      await expect(page.locator('.cm-activeLine')).toContainText('contianers');
      await expect(page.locator('.cm-content')).toBeFocused();
      await page.keyboard.press('ControlOrMeta+Home');
      await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText('1');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText('13');
    });

    test('a share link carries the manifest in the fragment and opens preloaded', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openValidator(page, lang);
      const text = `${misspelt}# 한국어 주석 <b>x</b>\n`;
      await paste(page, text);
      await expect(items(page)).not.toHaveCount(0);
      await page.locator('[data-action="share"]').click();
      await expect(page.locator('[data-note]')).toHaveText(ui(lang, 'validator.shareDone'));
      const url = await page.evaluate(() => navigator.clipboard.readText());
      const parsed = new URL(url);
      expect(parsed.pathname).toBe(`/${lang}/validator/`);
      expect(parsed.search).toBe('');
      // with the release it was checked against (validator-releases.spec.ts)
      expect(parsed.hash).toMatch(new RegExp(`^#yaml=[A-Za-z0-9_-]+&release=${DEFAULT_RELEASE.replace('.', '\\.')}$`));
      // the link carries exactly what was typed, and so does the tab
      expect(sharedText(url)).toBe(text);
      expect(await keptText(page)).toBe(text);

      const other = await context.newPage();
      await openValidator(other, lang, parsed.hash);
      expect(await editorText(other)).toBe(text);
      expect(await keptText(other)).toBe(text);
      // a link is not a restored text: no note
      await expect(other.locator('[data-note]')).toBeHidden();
      await expect(other.locator('.validator-diag[data-rule="schema-unknown-field"]')).toHaveCount(1);
      // the fragment is dropped once loaded, so a reload restores later edits, not the link
      expect(new URL(other.url()).hash).toBe('');
    });

    test('a damaged share link says so and loses nothing: the tab\'s text stays, and so does the link', async ({ page }) => {
      const damaged = '#yaml=AAAA$$';
      await openValidator(page, lang, damaged);
      await expect(page.locator('[data-note]')).toHaveText(ui(lang, 'validator.status.shareBroken'));
      expect(new URL(page.url()).hash).toBe(damaged);
      expect(await keptText(page)).toBeNull();
      // with text already in the tab: the text is restored, the note says both, the link stays to compare
      await paste(page, valid);
      await expect.poll(() => keptText(page)).toBe(valid);
      await page.goto(`/${lang}/`);
      await openValidator(page, lang, damaged);
      await expect(page.locator('[data-note]')).toHaveText(`${ui(lang, 'validator.status.shareBroken')} ${ui(lang, 'validator.status.restored')}`);
      expect(await editorText(page)).toBe(valid);
      expect(await keptText(page)).toBe(valid);
      expect(new URL(page.url()).hash).toBe(damaged);
    });

    test('without clipboard access, the share link is shown, selected, to copy by hand', async ({ page }) => {
      await page.addInitScript(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      });
      await openValidator(page, lang);
      const text = `${valid}# 손으로 복사\n`;
      await paste(page, text);
      await expect(page.locator('.validator-group')).toHaveCount(1);
      await page.locator('[data-action="share"]').click();
      const note = page.locator('[data-note]');
      await expect(note).toHaveText(ui(lang, 'validator.shareFailed'));
      const field = note.locator('input.validator-share-field');
      await expect(field).toBeVisible();
      await expect(field).toHaveAttribute('readonly', '');
      await expect(field).toHaveAccessibleName(ui(lang, 'validator.shareFailed'));
      const url = await field.inputValue();
      expect(new URL(url).pathname).toBe(`/${lang}/validator/`);
      expect(sharedText(url)).toBe(text);
      // selected whole, ready for Ctrl+C
      expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, url.length]);
      // the page's own address is left alone: a reload restores later edits, not this link
      expect(new URL(page.url()).hash).toBe('');
    });

    test('the text is kept in this tab only: nothing in localStorage, nothing in a new tab', async ({ page, context }) => {
      await openValidator(page, lang);
      const marker = 'kept-in-this-tab-only';
      const text = valid.replace('name: app', `name: ${marker}`);
      await paste(page, text);
      await expect.poll(() => keptText(page)).toBe(text);
      // a rule switch writes the one thing the validator keeps in localStorage, its settings
      await page.locator('.validator-settings summary').click();
      await page.locator('input[data-rule="image-tag"]').uncheck();
      await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual(['kfg-validator:settings']);
      expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).not.toContain(marker);
      const other = await context.newPage();
      await openValidator(other, lang);
      expect(await editorText(other)).toBe('');
      expect(await keptText(other)).toBeNull();
      await expect(status(other)).toHaveText(ui(lang, 'validator.status.empty'));
      await expect(other.locator('[data-note]')).toBeHidden();
      await expect(other.locator('input[data-rule="image-tag"]')).not.toBeChecked();
    });

    test('the examples menu loads guide, catalog and broken examples', async ({ page }) => {
      await openValidator(page, lang);
      const select = page.locator('[data-examples]');
      await select.selectOption('guide-all');
      await expect(page.locator('.validator-group')).toHaveCount(await page.locator('[data-examples] option[value^="guide-"]:not([value^="guide-wrong"]):not([value="guide-all"])').count());
      await expect(page.locator('.validator-item[data-severity="error"]')).toHaveCount(0);
      await select.selectOption('kind-deployment');
      expect(await editorText(page)).toContain('kind: Deployment');
      await expect(page.locator('.validator-group')).toHaveCount(1);
      await select.selectOption('broken-selector-mismatch');
      await expect(page.locator('.validator-diag[data-rule="workload-selector"]')).not.toHaveCount(0);
      // an example is one editor change: undo brings the previous text back
      await page.locator('.cm-content').focus();
      await page.keyboard.press('ControlOrMeta+z');
      expect(await editorText(page)).toContain('kind: Deployment');
    });

    test('best-practice rules switch off per rule and as a category', async ({ page }) => {
      await openValidator(page, lang);
      await page.locator('[data-examples]').selectOption('broken-latest-privileged');
      const rule = (id: string) => page.locator(`.validator-diag[data-rule="${id}"]`);
      await expect(rule('image-tag')).toHaveCount(1);
      await expect(rule('privileged-container')).toHaveCount(1);
      await page.locator('.validator-settings summary').click();
      await page.locator('input[data-rule="image-tag"]').uncheck();
      await expect(rule('image-tag')).toHaveCount(0);
      await expect(rule('privileged-container')).toHaveCount(1);
      await page.locator('[data-best-practices]').uncheck();
      await expect(rule('privileged-container')).toHaveCount(0);
      await expect(page.locator('input[data-rule="privileged-container"]')).toBeDisabled();
      // the choice is kept across a reload
      await page.reload();
      await expect(page.locator('kfg-validator')).toHaveAttribute('data-state', 'ready');
      await expect(page.locator('[data-best-practices]')).not.toBeChecked();
      await expect(rule('privileged-container')).toHaveCount(0);
      await page.locator('.validator-settings summary').click();
      await page.locator('[data-best-practices]').check();
      await expect(rule('privileged-container')).toHaveCount(1);
      await expect(rule('image-tag')).toHaveCount(0);
    });

    test('markup in YAML values is shown as text, never run or inserted', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await openValidator(page, lang);
      const hostile = [
        'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: "<img src=x onerror=alert(1)>"', 'spec:', '  containers:',
        '    - name: "<script>alert(2)</script>"', '      image: "<svg onload=alert(3)>"', '      <iframe src=javascript:alert(4)>: x', '',
      ].join('\n');
      await paste(page, hostile);
      await expect(items(page)).not.toHaveCount(0);
      await expect(page.locator('.validator-msg', { hasText: '<img src=x onerror=alert(1)>' }).first()).toBeVisible();
      await expect(page.locator('.validator-msg', { hasText: '<svg onload=alert(3)>' }).first()).toBeVisible();
      await page.locator('.cm-lintRange-error, .cm-lintRange-warning').first().hover();
      await expect(page.locator('.cm-tooltip-lint')).toBeVisible();
      expect(await page.locator('kfg-validator img, kfg-validator svg[onload], kfg-validator iframe, kfg-validator script:not([type="application/json"])').count()).toBe(0);
      expect(await page.locator('.cm-tooltip img, .cm-tooltip svg, .cm-tooltip iframe').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });

    test('checking makes no network request once the page has loaded', async ({ page }) => {
      await openValidator(page, lang);
      // the editor's code is part of loading the page, fetched on the first interaction
      await editorReady(page);
      await page.waitForLoadState('networkidle');
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await paste(page, misspelt);
      await expect(page.locator('.validator-diag[data-rule="schema-unknown-field"]')).toHaveCount(1);
      await page.keyboard.type('\n# more typing');
      await page.locator('[data-examples]').selectOption('broken-removed-api');
      await expect(page.locator('.validator-diag[data-rule="api-version-not-served"]')).toHaveCount(1);
      await page.locator('.validator-settings summary').click();
      await page.locator('[data-best-practices]').uncheck();
      await expect(page.locator('.validator-diag[data-rule="api-version-not-served"]')).toHaveCount(1);
      expect(requests).toEqual([]);
    });

    test('"Open in validator" on a guide page lands with the manifest loaded and zero errors', async ({ page }) => {
      await page.goto(`/${lang}/guide/manifest-examples/`);
      const frame = page.locator('figure.code-frame[data-role="manifest"][data-language="yaml"]').filter({ hasText: 'kind: Deployment' }).first();
      // the example's text, whether or not the block has been laid out yet (content-visibility: a block
      // far below the screen has no rendered text, so innerText would be empty)
      const code = (await frame.locator('pre').textContent()) ?? '';
      expect(code).toContain('kind: Deployment');
      await frame.locator('a.code-open').click();
      await page.waitForURL(new RegExp(`/${lang}/validator/`));
      await expect(page.locator('kfg-validator')).toHaveAttribute('data-state', 'ready');
      expect((await editorText(page)).trim()).toBe(code.trim());
      await expect(page.locator('.validator-group')).toHaveCount(1);
      await expect(page.locator('.validator-item[data-severity="error"]')).toHaveCount(0);
      await expect(status(page)).not.toHaveText('');
      // fragments have no link; wrong examples have one
      await page.goto(`/${lang}/guide/manifest-examples/`);
      await expect(page.locator('figure.code-frame[data-role="fragment"] a.code-open')).toHaveCount(0);
      await expect(page.locator('figure.code-frame[data-role="wrong"] a.code-open')).not.toHaveCount(0);
    });

    test('empty input gets a friendly message; typed text survives a reload', async ({ page }) => {
      await openValidator(page, lang);
      await expect(status(page)).toHaveText(lang === 'ko' ? /붙여 넣거나/ : /Paste a YAML manifest/);
      await paste(page, valid);
      await expect(status(page)).toContainText(lang === 'ko' ? '문제가 없습니다' : 'no problems');
      await page.reload();
      await expect(page.locator('kfg-validator')).toHaveAttribute('data-state', 'ready');
      expect(await editorText(page)).toBe(valid);
      await expect(page.locator('[data-note]')).toHaveText(ui(lang, 'validator.status.restored'));
      await page.locator('[data-action="clear"]').click();
      await expect.poll(() => keptText(page)).toBeNull();
      await expect(status(page)).toHaveText(lang === 'ko' ? /붙여 넣거나/ : /Paste a YAML manifest/);
      await expect(items(page)).toHaveCount(0);
    });

    test('the textarea shown first is checked as typed; the editor that replaces it keeps the text, the selection, the labels and the box', async ({ page }) => {
      // the editor's code is held back until the text is typed, as on a slow connection
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => { release = resolve; });
      await page.route(/\/_astro\/editor\.[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await openValidator(page, lang);
      const area = page.locator('.validator-textarea');
      await expect(area).toHaveAccessibleName(ui(lang, 'validator.editorLabel'));
      await expect(area).toHaveAttribute('aria-describedby', 'validator-editor-label');
      /** the editor's box on the page (not in the viewport, which typing may scroll) */
      const editorBox = () => page.locator('[data-editor]').evaluate((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x: x + window.scrollX, y: y + window.scrollY, width, height };
      });
      const before = await editorBox();
      await area.click();
      await page.keyboard.type('# typed first\n');
      // long enough to scroll inside the box
      const tail = Array.from({ length: 60 }, (_, index) => `# line ${index + 1}\n`).join('');
      await page.keyboard.insertText(`${misspelt}${tail}`);
      const text = `# typed first\n${misspelt}${tail}`;
      await expect(area).toHaveValue(text);
      // checked in the worker, marks listed, while the editor is still on its way
      await expect(page.locator('.validator-diag[data-rule="schema-unknown-field"] .validator-pos [aria-hidden]')).toHaveText('7:3');
      await expect(page.locator('.cm-editor')).toHaveCount(0);
      await expect.poll(() => keptText(page)).toBe(text);
      // a selection to carry over: "Pod" on line 3
      const from = text.indexOf('Pod');
      await area.evaluate((element: HTMLTextAreaElement, start: number) => element.setSelectionRange(start, start + 3), from);
      await area.evaluate((element: HTMLTextAreaElement) => { element.scrollTop = 300; });
      expect(await area.evaluate((element: HTMLTextAreaElement) => element.scrollTop)).toBe(300);
      release();
      await expect(page.locator('kfg-validator')).toHaveAttribute('data-editor-state', 'ready');
      await expect(area).toHaveCount(0);
      const content = page.locator('.cm-content');
      await expect(content).toBeFocused();
      await expect(content).toHaveAccessibleName(ui(lang, 'validator.editorLabel'));
      await expect(content).toHaveAttribute('aria-describedby', 'validator-editor-label');
      // the same box: nothing around it moves
      expect(await editorBox()).toEqual(before);
      // scrolled as far as the textarea was, and it stays there once the editor has measured its lines
      const scrolledAsBefore = async () => Math.abs(await page.locator('.cm-scroller').evaluate((element) => element.scrollTop) - 300) <= 1;
      await expect.poll(scrolledAsBefore).toBe(true);
      // the marks of the result already shown appear in the editor
      await expect(page.locator('.cm-lintRange-error').filter({ hasText: 'contianers' })).toHaveCount(1);
      await page.waitForTimeout(500);
      expect(await scrolledAsBefore()).toBe(true);
      // typing replaces the carried-over selection
      await page.keyboard.type('Service');
      expect(await editorText(page)).toBe(text.replace('kind: Pod', 'kind: Service'));
    });

    test('the copied reports hold the result in Markdown and JSON, in the page\'s language', async ({ page }) => {
      await openValidator(page, lang);
      await page.locator('[data-action="markdown"]').click();
      await expect(page.locator('[data-note]')).toHaveText(lang === 'ko' ? /결과가 없습니다/ : /no finished check/);
      await paste(page, misspelt);
      await expect(items(page)).not.toHaveCount(0);
      const markdown = await copiedReport(page, 'markdown');
      expect(markdown).toMatch(lang === 'ko' ? /^# .+\n\n오류: 2/ : /^# .+\n\nError: 2/);
      expect(markdown).toContain('| 6:3 |');
      expect(markdown).toContain('schema-unknown-field');
      const report = JSON.parse(await copiedReport(page, 'json')) as { documents: Array<{ kind: string; diagnostics: Array<{ ruleId: string; line: number; message: string }> }> };
      const unknown = report.documents[0]?.diagnostics.find((d) => d.ruleId === 'schema-unknown-field');
      expect(report.documents[0]?.kind).toBe('Pod');
      expect(unknown?.line).toBe(6);
      expect(unknown?.message).toContain('contianers');
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/ko/validator/', '/en/validator/', '/ko/validator/rules/', '/en/validator/rules/']) {
    test(`axe: no violation on ${path} with results (${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      if (path.endsWith('/validator/')) {
        await expect(page.locator('kfg-validator')).toHaveAttribute('data-state', 'ready');
        await page.locator('[data-examples]').selectOption('broken-latest-privileged');
        await expect(items(page)).not.toHaveCount(0);
        await page.locator('.validator-settings summary').click();
      }
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      expect(violations).toEqual([]);
    });
  }
}

for (const lang of ['ko', 'en'] as const) {
  test(`the rules page (${lang}) lists every rule of the validator with its summary, severity, category and examples, without scripts`, async ({ page }) => {
    await page.goto(`/${lang}/validator/rules/`);
    const listed = await page.locator('article.rule').evaluateAll((articles) => articles.map((article) => ({
      id: article.querySelector('h3')?.id,
      category: article.closest('section')?.querySelector('h2')?.id,
      summary: article.querySelector('.rule-summary')?.textContent,
      severity: article.querySelector('.rule-sev')?.textContent,
      bad: article.querySelector('.rule-example[data-kind="bad"] pre')?.textContent,
      good: article.querySelector('.rule-example[data-kind="good"] pre')?.textContent,
    })));
    // every rule of src/lib/validator/rules/index.ts, once, as the page shows it (`code` spans as <code>)
    expect(listed).toEqual(expect.arrayContaining(rules.map((rule) => ({
      id: rule.id,
      category: `category-${rule.category}`,
      summary: rule.docs.summary[lang].replaceAll('`', ''),
      severity: ui(lang, `validator.severity.${rule.severity}`),
      bad: rule.docs.bad,
      good: rule.docs.good,
    }))));
    expect(listed).toHaveLength(rules.length);
    await expect(page.locator('h2#category-best-practice')).toHaveText(ui(lang, 'validator.category.best-practice'));
    // no island: the only script in the content is the layout's, folding the table of contents on narrow screens
    const own = await page.locator('main script').evaluateAll((scripts) => scripts.filter((script) => !script.closest('.toc')).length);
    expect(own).toBe(0);
    await expect(page.locator('main .toc script')).toHaveCount(1);
  });
}

test('pages other than the validator load no editor code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/en/guide/manifest-examples/');
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(scripts.map(async (url) => (await (await page.request.get(url)).text())));
  expect(loaded.some((text) => text.includes('cm-lintRange') || text.includes('cm-content'))).toBe(false);
});

for (const lang of ['ko', 'en'] as const) {
  test(`the results sit beside the editor from 1280 px, in view while the page scrolls, and below it at 390 px (${lang})`, async ({ page }) => {
    const box = async (selector: string) => {
      const found = await page.locator(selector).boundingBox();
      if (!found) throw new Error(`${selector} is not shown`);
      return found;
    };
    await page.setViewportSize({ width: 1280, height: 800 });
    await openValidator(page, lang);
    await page.locator('[data-examples]').selectOption('guide-all');
    await expect(page.locator('.validator-group')).not.toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    let editor = await box('[data-editor]');
    let column = await box('.validator-input');
    let results = await box('.validator-results');
    // side by side: the results column starts level with the editor's column, to the right of the editor
    expect(Math.abs(results.y - column.y)).toBeLessThanOrEqual(1);
    expect(results.x).toBeGreaterThanOrEqual(editor.x + editor.width);
    expect(results.y).toBeLessThan(editor.y + editor.height);
    // the long list scrolls in its own column, which stays under the header while the page scrolls
    // past the (longer, with the settings open) editor column
    const header = await box('.site-header');
    expect(await page.locator('.validator-results').evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await page.locator('.validator-settings summary').click();
    await page.evaluate((y) => window.scrollTo(0, y), column.y + 150);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(column.y + 100);
    column = await box('.validator-input');
    results = await box('.validator-results');
    expect(column.y).toBeLessThan(header.y + header.height);
    // 1rem under the header, whole
    expect(Math.abs(results.y - (header.y + header.height + 16))).toBeLessThanOrEqual(1);
    expect(results.y + results.height).toBeLessThanOrEqual(800);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    editor = await box('[data-editor]');
    column = await box('.validator-input');
    results = await box('.validator-results');
    expect(results.y).toBeGreaterThanOrEqual(column.y + column.height);
    expect(results.y).toBeGreaterThan(editor.y + editor.height);
  });
}

test('the validator page loads no editor code until the reader interacts, and its first scripts stay small', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    // the worker checks off the main thread; what counts here is what the page itself runs
    if (request.resourceType() === 'script' && !request.url().includes('/worker')) scripts.push(request.url());
  });
  await openValidator(page, 'en');
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(scripts.map(async (url) => (await (await page.request.get(url)).text())));
  expect(loaded.some((text) => text.includes('cm-lintRange') || text.includes('cm-content'))).toBe(false);
  // no rule set or API data on the main thread: the page's own scripts are a few kilobytes
  expect(loaded.reduce((sum, text) => sum + text.length, 0)).toBeLessThan(40_000);
  await expect(page.locator('.validator-textarea')).toBeVisible();
});
