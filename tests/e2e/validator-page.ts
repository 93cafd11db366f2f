// What the validator's end-to-end specs share: sample manifests and the reader's moves on the page.
import { inflateRawSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { ko, type UiKey } from '../../src/i18n/ko.ts';

export const misspelt = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  contianers:\n    - name: web\n      image: nginx:1.27\n';
export const valid = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  mode: safe\n';

export async function openValidator(page: Page, lang: string, hash = ''): Promise<void> {
  await page.goto(`/${lang}/validator/${hash}`);
  await expect(page.locator('kfg-validator')).toHaveAttribute('data-state', 'ready');
}

/**
 * Waits for the CodeMirror editor. The page shows a plain textarea first and loads the editor on the
 * reader's first interaction; focusing the textarea, as a reader would, is that interaction.
 */
export async function editorReady(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (!document.querySelector('.cm-editor')) document.querySelector<HTMLTextAreaElement>('.validator-textarea')?.focus();
  });
  await expect(page.locator('kfg-validator')).toHaveAttribute('data-editor-state', 'ready');
  await expect(page.locator('.cm-content')).toBeVisible();
}

/** Replaces the editor's text the way a paste does: one input event with all the text. */
export async function paste(page: Page, text: string): Promise<void> {
  await editorReady(page);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** The whole text, as the reader would get it: select all and copy (CodeMirror renders only visible lines). */
export async function editorText(page: Page): Promise<string> {
  await editorReady(page);
  await page.locator('.cm-content').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+c');
  return page.evaluate(() => navigator.clipboard.readText());
}

export const items = (page: Page) => page.locator('.validator-item');
export const status = (page: Page) => page.locator('[data-status]');

/**
 * Copies the report in `format` with its button and returns it from the clipboard, once it is there:
 * the worker makes the report, so the clipboard is written a moment after the click.
 */
export async function copiedReport(page: Page, format: 'markdown' | 'json'): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator(`[data-action="${format}"]`).click();
  const start = format === 'json' ? '{' : '#';
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText().then((text) => text.slice(0, 1))), { timeout: 15_000 }).toBe(start);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A UI string of the page's language, from the dictionaries the site is built from. */
export const ui = (lang: 'ko' | 'en', key: UiKey): string => (lang === 'ko' ? ko : en)[key];

/** The text the tab keeps (sessionStorage), as the validator stored it. */
export const keptText = (page: Page): Promise<string | null> => page.evaluate(() => sessionStorage.getItem('kfg-validator:text'));

/** The manifest a share link carries, decoded here with zlib rather than with the page's own code. */
export function sharedText(url: string): string {
  const payload = new URLSearchParams(new URL(url).hash.slice(1)).get('yaml') ?? '';
  return inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8');
}
