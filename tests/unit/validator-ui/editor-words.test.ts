// The editor's words in the page's language (issue 13.4): every phrase key the editor's CodeMirror
// packages ask for has a word from the dictionaries, in both languages, and lint's English action label
// is read the way lint writes it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { editorPhrases, readActionLabel } from '../../../src/scripts/validator/editor-words.ts';
import { en } from '../../../src/i18n/en.ts';
import { ko, type UiKey } from '../../../src/i18n/ko.ts';

const require = createRequire(import.meta.url);
/** the packages editor.ts builds the editor from that show words (lang-yaml and state show none) */
const PACKAGES = ['@codemirror/lint', '@codemirror/view', '@codemirror/commands'];
const source = (name: string) => readFileSync(require.resolve(name), 'utf8');
const phraseKeys = PACKAGES.flatMap((name) => [...source(name).matchAll(/\.phrase\("([^"]+)"/g)].map((m) => m[1] as string));

/** the labels Validator.astro renders from a dictionary, for the keys editorPhrases reads */
const labelsOf = (d: Readonly<Record<UiKey, string>>) => ({
  problems: d['validator.fix.problems'], noProblems: d['validator.noProblems'], close: d['validator.fix.close'],
  controlCharacter: d['validator.editor.controlCharacter'], selectionDeleted: d['validator.editor.selectionDeleted'],
});

describe.each([['ko', ko], ['en', en]] as const)('%s', (_, dictionary) => {
  test('every phrase key of the editor\'s packages has a word', () => {
    expect(phraseKeys.length).toBeGreaterThan(3);
    const phrases = editorPhrases(labelsOf(dictionary));
    expect(new Set(Object.keys(phrases))).toEqual(new Set(phraseKeys));
    for (const word of Object.values(phrases)) expect(word).not.toBe('');
  });
});

test('the Korean phrases are Korean', () => {
  expect(editorPhrases(labelsOf(ko))).toMatchObject({ Diagnostics: '문제 목록', close: '닫기', 'Control character': '제어 문자' });
});

test('lint\'s English action label is read as lint writes it, with and without an access key', () => {
  // the template in @codemirror/lint's source, so a change of its wording fails here
  expect(source('@codemirror/lint')).toContain('"aria-label": ` Action: ${name}${keyIndex < 0 ? "" : ` (access key "${keys[i]})"`}.`');
  expect(readActionLabel(' Action: Fix: apps/v1.')).toEqual({ name: 'Fix: apps/v1', key: undefined });
  expect(readActionLabel(' Action: Fix: apps/v1 (access key "F)".')).toEqual({ name: 'Fix: apps/v1', key: 'F' });
  expect(readActionLabel('동작: 수정: apps/v1')).toBeUndefined();
});
