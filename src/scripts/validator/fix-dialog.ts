// The preview shown before a fix goes into the text: the lines it removes and adds, with Apply and
// Cancel, in a modal <dialog> (focus stays in it, Escape cancels, the page behind is inert). Every
// line is set as text: the lines come from the reader's paste. Loaded on the first preview.
import type { Lang } from '../../lib/validator/index.ts';
import { fill } from './fill.ts';
import { changedLines, fixHunks, type Hunk } from './fix-preview.ts';
import { el } from './results-view.ts';

export { withEdits } from './fix-preview.ts';

export interface PreviewLabels {
  lang: Lang;
  title: string;
  /** '{removed} line(s) removed, {added} added.' */
  summary: string;
  /** said above the lines of a suggestion, which is applied only on request */
  note: string | undefined;
  line: string;
  removed: string;
  added: string;
  more: string;
  apply: string;
  cancel: string;
}

/** Lines shown at most; a fix-all of a large paste can change thousands. */
const MAX_SHOWN_LINES = 400;

let opened = 0;

function renderHunks(hunks: readonly Hunk[], labels: PreviewLabels): HTMLElement {
  const box = el('div', 'validator-diff');
  let shown = 0;
  let left = 0;
  for (const hunk of hunks) {
    if (shown >= MAX_SHOWN_LINES) {
      left += hunk.lines.filter((line) => line.kind !== 'context').length;
      continue;
    }
    box.append(el('p', 'validator-diff-at', fill(labels.line, { line: hunk.line }, labels.lang)));
    const pre = el('pre', 'validator-diff-lines');
    for (const line of hunk.lines) {
      if (shown >= MAX_SHOWN_LINES) {
        if (line.kind !== 'context') left += 1;
        continue;
      }
      shown += 1;
      const row = el('span', `validator-diff-line validator-diff-${line.kind}`);
      const sign = el('span', 'validator-diff-sign', line.kind === 'removed' ? '-' : line.kind === 'added' ? '+' : ' ');
      sign.setAttribute('aria-hidden', 'true');
      row.append(sign);
      if (line.kind !== 'context') row.append(el('span', 'validator-vh', line.kind === 'removed' ? labels.removed : labels.added));
      row.append(el('span', 'validator-diff-text', line.text));
      pre.append(row);
    }
    box.append(pre);
  }
  if (left > 0) box.append(el('p', 'validator-diff-more', fill(labels.more, { count: left }, labels.lang)));
  return box;
}

/**
 * Shows what turning `before` into `after` changes and waits for the reader: the hunks to apply (edits
 * of `before`), or undefined when cancelled. Focus starts on Apply and, on Cancel or Escape, goes back
 * to `returnFocus`; after Apply the caller puts it where the change went.
 */
export function previewFix(host: HTMLElement, before: string, after: string, labels: PreviewLabels, returnFocus: HTMLElement | null): Promise<Hunk[] | undefined> {
  const hunks = fixHunks(before, after);
  const { removed, added } = changedLines(hunks);
  opened += 1;
  const id = `validator-fix-preview-${opened}`;
  const dialog = el('dialog', 'validator-fix-dialog');
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  dialog.setAttribute('aria-describedby', `${id}-summary`);
  const title = el('h2', 'validator-fix-title', labels.title);
  title.id = `${id}-title`;
  const summary = el('p', 'validator-fix-summary', [labels.note, fill(labels.summary, { removed, added }, labels.lang)].filter(Boolean).join(' '));
  summary.id = `${id}-summary`;
  const apply = el('button', 'validator-fix-apply', labels.apply);
  apply.type = 'button';
  const cancel = el('button', 'validator-fix-cancel', labels.cancel);
  cancel.type = 'button';
  const buttons = el('div', 'validator-fix-buttons');
  buttons.append(apply, cancel);
  dialog.append(title, summary, renderHunks(hunks, labels), buttons);
  host.append(dialog);
  return new Promise((resolve) => {
    let answer: Hunk[] | undefined;
    apply.addEventListener('click', () => {
      answer = hunks;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    // Escape fires 'cancel' and closes the dialog by itself
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (answer === undefined && returnFocus?.isConnected) returnFocus.focus();
      resolve(answer);
    }, { once: true });
    dialog.showModal();
    apply.focus();
  });
}
