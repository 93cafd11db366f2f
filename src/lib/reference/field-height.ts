// About how tall one field of the tree is with its nested fields closed, in rem: the height a field
// that is a page part (render-tree.ts) takes until it is laid out. Rough on purpose: it only stands
// in for the real height until page-parts.ts lays the field out, soon after load, so it needs to be
// close enough for the scroll bar and an early jump, not exact.
import type { Lang } from '../../i18n/index.ts';
import type { FieldNote } from './notes.ts';
import type { FieldNode } from './field-tree.ts';

// the tree's column on a phone, where the estimate matters most (Lighthouse, slow layout)
const DESCRIPTION_CHARS = 38;
const NOTE_CHARS = 34;
const LINE_REM = 1.56;
const CODE_LINE_REM = 1.35;

/** Lines a text takes when each of its own lines wraps at `chars` (descriptions keep their breaks). */
export function wrappedLines(text: string, chars: number): number {
  if (text.trim() === '') return 0;
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / chars)), 0);
}

export function fieldHeightRem(node: FieldNode, note: FieldNote | undefined, lang: Lang): number {
  // padding and border, the name line
  let rem = 0.95 + 1.9;
  if (note) {
    rem += 1 + wrappedLines(note[lang], NOTE_CHARS) * LINE_REM;
    if (note.example !== undefined) rem += 3.4 + wrappedLines(note.example.replace(/\n$/u, ''), 60) * CODE_LINE_REM;
  }
  rem += wrappedLines(node.description, DESCRIPTION_CHARS) * LINE_REM + (node.description ? 0.4 : 0);
  if (node.default !== undefined) rem += 1.6;
  if (node.enum) rem += 1.6 + Math.floor(node.enum.length / 4) * 1.5;
  if (node.sameAs !== undefined && node.ref) rem += 1.6;
  // the closed list of its own fields: one summary line
  if (node.children && node.ref) rem += 1.9;
  return rem;
}
