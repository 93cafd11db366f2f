// What a fix changes, line by line, for the preview the page shows before applying it, and the same
// changes as ranges of the text for the editor to apply in one transaction (so the cursor, the marks
// and the undo history follow only the lines that changed). Pure; loaded with the preview, not before.
import { diffLines } from 'diff';
import type { TextEdit } from '../../lib/validator/index.ts';

export interface PreviewLine {
  kind: 'context' | 'removed' | 'added';
  /** the line without its line break */
  text: string;
  /** 1-based: in the text before for context and removed lines, in the text after for added ones */
  line: number;
}

/** One run of changed lines: text[start, end) becomes `text`, with a few unchanged lines around it. */
export interface Hunk extends TextEdit {
  /** the first line of the hunk's lines in the text before (1-based) */
  line: number;
  lines: PreviewLine[];
}

/** Unchanged lines shown around each change. */
export const CONTEXT_LINES = 2;

/** Above this many changed lines the diff gives up and the hunk is the whole differing span. */
const MAX_EDIT_LENGTH = 5000;

/** `text` with non-overlapping edits applied (a fix's edits index the text it was checked in). */
export function withEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((out, edit) => out.slice(0, edit.start) + edit.text + out.slice(edit.end), text);
}

const lineText = (line: string): string => line.replace(/\r?\n$/, '');

/** The lines of `value` (a run of whole lines from the diff), each with its line break. */
function linesOf(value: string): string[] {
  return value.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * The changes from `before` to `after`, as hunks of whole lines in text order. Applying every hunk's
 * edit to `before` gives `after` exactly (line breaks included).
 */
export function fixHunks(before: string, after: string, context = CONTEXT_LINES): Hunk[] {
  if (before === after) return [];
  const changes = diffLines(before, after, { maxEditLength: MAX_EDIT_LENGTH })
    // beyond the bound: one change of the span between the common start and end
    ?? [{ value: before, added: false, removed: true, count: 0 }, { value: after, added: true, removed: false, count: 0 }];
  const hunks: Hunk[] = [];
  let offset = 0;
  let oldLine = 1;
  let newLine = 1;
  let open: Hunk | undefined;
  /** the unchanged lines before the next change, kept for its leading context */
  let previous: PreviewLine[] = [];
  for (const change of changes) {
    const lines = linesOf(change.value);
    if (!change.added && !change.removed) {
      const rows = lines.map((line, i) => ({ kind: 'context' as const, text: lineText(line), line: oldLine + i }));
      const trailing = open ? rows.slice(0, context) : [];
      if (open) open.lines.push(...trailing);
      open = undefined;
      // a line already shown after the last change is not shown again before the next
      previous = rows.slice(Math.max(rows.length - context, trailing.length));
      offset += change.value.length;
      oldLine += lines.length;
      newLine += lines.length;
      continue;
    }
    if (!open) {
      open = { start: offset, end: offset, text: '', line: previous[0]?.line ?? oldLine, lines: [...previous] };
      hunks.push(open);
      previous = [];
    }
    if (change.removed) {
      open.lines.push(...lines.map((line, i) => ({ kind: 'removed' as const, text: lineText(line), line: oldLine + i })));
      open.end += change.value.length;
      offset += change.value.length;
      oldLine += lines.length;
    } else {
      open.lines.push(...lines.map((line, i) => ({ kind: 'added' as const, text: lineText(line), line: newLine + i })));
      open.text += change.value;
      newLine += lines.length;
    }
  }
  return hunks;
}

/** Counts of the lines a preview removes and adds. */
export function changedLines(hunks: readonly Hunk[]): { removed: number; added: number } {
  let removed = 0;
  let added = 0;
  for (const hunk of hunks) {
    for (const line of hunk.lines) {
      if (line.kind === 'removed') removed += 1;
      else if (line.kind === 'added') added += 1;
    }
  }
  return { removed, added };
}
