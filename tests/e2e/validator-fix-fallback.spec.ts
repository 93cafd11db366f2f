// Fixes where the CodeMirror editor is not (issue 13.3-13.4). The page checks in its server-rendered
// <textarea> until the editor arrives; when the editor's chunk cannot load (blocked here with
// page.route, as a flaky network or a blocker would), the textarea stays, and a fix applies to it: the
// text becomes the fixed one and what the reader typed after the check stays. And where the editor is in,
// its own words are the page's language: the lint panel's label and its fix buttons' accessible names,
// which @codemirror/lint writes in English (editor-words.ts).
import { expect, test, type Page } from '@playwright/test';
import { items, openValidator, paste, status, ui } from './validator-page.ts';

const broken = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n# the front door\nspec:\n  selector: {app: web}\n  ports:\n  - port: "80"\n';
const fixed = broken.replace('"80"', '80');

const fixButton = (page: Page) => items(page).filter({ has: page.locator('[data-rule="schema-type-mismatch"]') }).locator('.validator-fix');
const area = (page: Page) => page.locator('textarea.validator-textarea');

for (const lang of ['ko', 'en'] as const) {
  test(`with the editor's chunk blocked, a fix applies in the textarea and keeps what was typed (${lang})`, async ({ page }) => {
    const blocked: string[] = [];
    await page.route(/\/_astro\/editor\.[\w-]+\.js$/, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await openValidator(page, lang);
    await page.evaluate(() => localStorage.setItem('kfg-validator:settings', JSON.stringify({ bestPractices: false, disabledRules: [] })));
    await openValidator(page, lang);
    await area(page).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(broken);
    await expect(fixButton(page)).toHaveCount(1);
    // typed after that check: the fix must not take it away (and comes from the check of the new text)
    const checked = await page.locator('kfg-validator').getAttribute('data-checked');
    await area(page).press('ControlOrMeta+End');
    await page.keyboard.insertText('# typed by hand\n');
    await expect(page.locator('kfg-validator')).not.toHaveAttribute('data-checked', checked ?? '');
    await expect(fixButton(page)).toHaveCount(1);
    await fixButton(page).click();
    const dialog = page.locator('dialog.validator-fix-dialog');
    await expect(dialog).toBeVisible();
    await dialog.locator('.validator-fix-apply').click();
    await expect(dialog).toHaveCount(0);
    await expect(area(page)).toHaveValue(`${fixed}# typed by hand\n`);
    await expect(fixButton(page)).toHaveCount(0);
    await expect(status(page)).toContainText(ui(lang, 'validator.fix.applied').replace('{count}', '1').replace('{remaining}', '0'));
    // the editor was asked for and never came: the textarea is what the reader used throughout
    expect(blocked.length).toBeGreaterThan(0);
    await expect(page.locator('.cm-editor')).toHaveCount(0);
    await expect(page.locator('kfg-validator')).not.toHaveAttribute('data-editor-state', 'ready');
  });

  test(`the editor's lint panel and fix buttons speak the page's language (${lang})`, async ({ page }) => {
    await openValidator(page, lang);
    await paste(page, broken);
    await expect(fixButton(page)).toHaveCount(1);
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+Shift+KeyM');
    const panel = page.locator('.cm-panel.cm-panel-lint');
    await expect(panel.locator('ul')).toHaveAttribute('aria-label', ui(lang, 'validator.fix.problems'));
    await expect(panel.locator('button[name="close"]')).toHaveAttribute('aria-label', ui(lang, 'validator.fix.close'));
    const action = panel.locator('.cm-diagnosticAction').first();
    const word = ui(lang, 'validator.editor.action').replace('{name}', '');
    await expect(action).toHaveAttribute('aria-label', new RegExp(`^${word}${ui(lang, 'validator.fix.button').replace('{label}', '80')}`));
    if (lang === 'ko') await expect(action).not.toHaveAttribute('aria-label', /Action/);
  });
}
