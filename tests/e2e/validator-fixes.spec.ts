// Quick fixes on the validator page, in both languages: a manifest with a misspelt field and a quoted
// number gets a fix button on each; one is previewed and applied, Ctrl+Z takes it back, "fix all safe
// problems" gives what `check --fix` writes, Cancel and Escape leave the text alone, and all of it
// works from the keyboard alone. axe stays clean with the preview open, in both themes.
import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './axe.ts';
import { editorText, items, openValidator, paste, status, ui } from './validator-page.ts';

const broken = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '# the web tier',
  'spec:',
  '  replicas: "3"',
  '  selector:',
  '    matchLabels:',
  '      app: web',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: web',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: nginx:1.27',
  '      terminationGracePeriodSecond: 30  # seconds',
  '',
].join('\n');
const replicasFixed = broken.replace('"3"', '3');
const allFixed = replicasFixed.replace('Second:', 'Seconds:');

const fixButton = (page: Page, rule: string) => items(page).filter({ has: page.locator(`[data-rule="${rule}"]`) }).locator('.validator-fix');
const dialog = (page: Page) => page.locator('dialog.validator-fix-dialog');

/** Only the safety-relevant problems: best-practice rules off, as a reader may choose. */
async function pasteBroken(page: Page, lang: 'ko' | 'en'): Promise<void> {
  await openValidator(page, lang);
  await page.evaluate(() => localStorage.setItem('kfg-validator:settings', JSON.stringify({ bestPractices: false, disabledRules: [] })));
  await openValidator(page, lang);
  await paste(page, broken);
  await expect(fixButton(page, 'schema-type-mismatch')).toHaveCount(1);
  await expect(fixButton(page, 'schema-unknown-field')).toHaveCount(1);
}

for (const lang of ['ko', 'en'] as const) {
  test.describe(`quick fixes (${lang})`, () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('fix one from the list: preview, apply, re-check, undo with Ctrl+Z', async ({ page }) => {
      await pasteBroken(page, lang);
      const button = fixButton(page, 'schema-type-mismatch');
      await expect(button).toHaveText(ui(lang, 'validator.fix.button').replace('{label}', '3'));
      // the accessible name names the problem's line and the fix
      const name = ui(lang, 'validator.fix.buttonLabel').replace('{label}', ui(lang, 'validator.fix.button').replace('{label}', '3')).replace('{line}', '7');
      await expect(button).toHaveAttribute('aria-label', new RegExp(`^${name.slice(0, name.indexOf('{message}')).replace(/[()]/g, '\\$&')}.+\\)$`));
      await button.click();
      await expect(dialog(page)).toBeVisible();
      await expect(dialog(page).locator('.validator-diff-removed')).toHaveText([/replicas: "3"/]);
      await expect(dialog(page).locator('.validator-diff-added')).toHaveText([/replicas: 3$/]);
      await expect(dialog(page).locator('.validator-fix-apply')).toBeFocused();
      await dialog(page).locator('.validator-fix-apply').click();
      await expect(dialog(page)).toHaveCount(0);
      await expect(fixButton(page, 'schema-type-mismatch')).toHaveCount(0);
      await expect(status(page)).toContainText(ui(lang, 'validator.fix.applied').replace('{count}', '1').replace('{remaining}', '1'));
      // the editor has focus at the change; one Ctrl+Z takes the fix back, and the check brings the problem back
      await expect(page.locator('.cm-content')).toBeFocused();
      expect(await editorText(page)).toBe(replicasFixed);
      await page.locator('.cm-content').focus();
      await page.keyboard.press('ControlOrMeta+z');
      expect(await editorText(page)).toBe(broken);
      await expect(fixButton(page, 'schema-type-mismatch')).toHaveCount(1);
    });

    test('fix all safe problems gives what check --fix writes, comments kept; Cancel and Escape change nothing', async ({ page }) => {
      await pasteBroken(page, lang);
      const fixAll = page.locator('[data-fix-all]');
      await expect(fixAll).toBeVisible();
      await fixAll.click();
      await expect(dialog(page)).toBeVisible();
      await expect(dialog(page).locator('.validator-fix-title')).toHaveText(ui(lang, 'validator.fix.previewAll').replace('{count}', '2'));
      await expect(dialog(page).locator('.validator-diff-removed')).toHaveCount(2);
      await dialog(page).locator('.validator-fix-cancel').click();
      await expect(dialog(page)).toHaveCount(0);
      await expect(fixAll).toBeFocused();
      expect(await editorText(page)).toBe(broken);

      await fixAll.click();
      await expect(dialog(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toHaveCount(0);
      expect(await editorText(page)).toBe(broken);

      await fixAll.click();
      await dialog(page).locator('.validator-fix-apply').click();
      await expect(status(page)).toContainText(ui(lang, 'validator.fix.applied').replace('{count}', '2').replace('{remaining}', '0'));
      await expect(fixAll).toBeHidden();
      expect(await editorText(page)).toBe(allFixed);
      // both fixes were one change: one undo restores the pasted text
      await page.locator('.cm-content').focus();
      await page.keyboard.press('ControlOrMeta+z');
      expect(await editorText(page)).toBe(broken);
    });

    test('keyboard only: Tab to a fix, Enter opens the preview, Space applies, Escape cancels', async ({ page }) => {
      await pasteBroken(page, lang);
      const target = fixButton(page, 'schema-unknown-field');
      // Tab from the last problem's row button to its rule link and on to its fix
      await items(page).filter({ has: page.locator('[data-rule="schema-unknown-field"]') }).locator('.validator-diag').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(dialog(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toHaveCount(0);
      await expect(target).toBeFocused();
      await page.keyboard.press('Space');
      await expect(dialog(page).locator('.validator-fix-apply')).toBeFocused();
      // Tab stays in the dialog: Apply, Cancel, and back
      await page.keyboard.press('Tab');
      await expect(dialog(page).locator('.validator-fix-cancel')).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
      await expect(dialog(page)).toHaveCount(0);
      await expect(fixButton(page, 'schema-unknown-field')).toHaveCount(0);
      expect(await editorText(page)).toBe(broken.replace('Second:', 'Seconds:'));
    });

    test('the fix is offered on the editor\'s marker too (lint panel, keyboard)', async ({ page }) => {
      await pasteBroken(page, lang);
      await page.locator('.cm-content').focus();
      await page.keyboard.press('Control+Shift+KeyM');
      const action = page.locator('.cm-panel.cm-panel-lint .cm-diagnosticAction').filter({ hasText: 'terminationGracePeriodSeconds' });
      await expect(action).toHaveCount(1);
      await action.click();
      await expect(dialog(page)).toBeVisible();
      await expect(dialog(page).locator('.validator-diff-added')).toHaveText([/terminationGracePeriodSeconds: 30 {2}# seconds/]);
      await dialog(page).locator('.validator-fix-apply').click();
      expect(await editorText(page)).toBe(broken.replace('Second:', 'Seconds:'));
    });
  });
}

for (const [lang, theme] of [['ko', 'dark'], ['en', 'light'], ['ko', 'light'], ['en', 'dark']] as const) {
  test(`axe finds nothing serious with the fix buttons and the preview open (${lang}, ${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await pasteBroken(page, lang);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('[data-fix-all]').click();
    await expect(dialog(page)).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (process.env['FIX_SCREENSHOTS']) await page.screenshot({ path: `${process.env['FIX_SCREENSHOTS']}/fix-preview-${lang}-${theme}.png` });
  });
}
