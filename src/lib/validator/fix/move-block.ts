// Moving an entry (`key: value`, its value a block or flow collection) to another place of the text:
// its source is cut out whole lines at a time and written again under a new key at the new place's
// column, every line after the first shifted by the same amount, so comments, quoting, flow style,
// anchors and block scalars inside it come along as they were (a block scalar's lines keep their
// relative indentation). Used where a migration moves a block one level deeper (a CRD's
// validation schema into each of its versions).
import type { TextEdit } from '../types.ts';
import type { YNode } from '../yaml/node.ts';
import { scalarStart } from './make.ts';

export const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** Where the line holding `offset` ends (before its newline). */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

/** Whether a collection is written in flow style, after the anchor or tag its text may start with. */
export const isFlowValue = (text: string, node: YNode): boolean => node.kind !== 'scalar' && '{['.includes(text[scalarStart(text, node)] ?? ' ');

/**
 * Where a value's own text ends: its last scalar, or the closing bracket of a flow collection (a block
 * collection's range may run on over the comments and blank lines after it).
 */
export function valueEnd(text: string, node: YNode): number {
  let current = node;
  for (;;) {
    if (isFlowValue(text, current)) return current.end;
    const inside = current.kind === 'scalar' ? [] : (current.children ?? []).filter((child) => child.start >= current.start && child.end <= current.end);
    if (inside.length === 0) return current.end;
    current = inside.reduce((last, child) => (child.end > last.end ? child : last));
  }
}

/** The column `node` starts at. */
export const columnOf = (text: string, node: YNode): number => node.start - lineStart(text, node.start);

/**
 * The entry `key: value` written as `newKey: value` with the key at `column`: the text from after the
 * key to the end of the value (`withComment`: to the end of its last line, a comment there included),
 * `inner` edits applied to it, lines after the first shifted by `column` - the key's column. Undefined
 * when a line cannot be shifted left that far.
 */
export function movedEntry(text: string, key: YNode, value: YNode, newKey: string, column: number, options: { withComment?: boolean; inner?: readonly TextEdit[] } = {}): string | undefined {
  const from = key.end;
  const to = options.withComment ? lineEnd(text, valueEnd(text, value)) : valueEnd(text, value);
  let source = text.slice(from, to);
  for (const edit of [...(options.inner ?? [])].sort((a, b) => b.start - a.start)) {
    if (edit.start < from || edit.end > to) continue;
    source = source.slice(0, edit.start - from) + edit.text + source.slice(edit.end - from);
  }
  const shift = column - columnOf(text, key);
  const lines = source.split('\n');
  const shifted = [lines[0] as string];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') shifted.push('');
    else if (shift >= 0) shifted.push(' '.repeat(shift) + line);
    else if (line.startsWith(' '.repeat(-shift))) shifted.push(line.slice(-shift));
    else return undefined;
  }
  return newKey + shifted.join('\n');
}

/**
 * Cuts the entry `key: value` of a block mapping: the whole lines from the key's to the value's last
 * (trailing comment lines after it stay, they may be the next entry's). Undefined when something else
 * shares those lines (a `- ` before the key, or text after the value that is no comment).
 */
export function cutEntry(text: string, key: YNode, value: YNode, keepComment = false): TextEdit | undefined {
  const start = lineStart(text, key.start);
  if (text.slice(start, key.start).trim() !== '') return undefined;
  const last = lineEnd(text, valueEnd(text, value));
  const rest = text.slice(valueEnd(text, value), last).trim();
  if (rest !== '' && !rest.startsWith('#')) return undefined;
  const end = Math.min(last + 1, text.length);
  // a comment at the end of the value's last line that does not move with it stays, on a line of its own
  return { start, end, text: keepComment && rest !== '' ? `${text.slice(start, key.start)}${rest}\n` : '' };
}

/**
 * Where new entries go at the end of a mapping, and how each is written there: block lines after its
 * content at its keys' column, or `, key: value` before a flow mapping's closing brace.
 */
export function appendTo(text: string, map: YNode): { at: number; column: number; flow: boolean } {
  if (isFlowValue(text, map)) return { at: map.end - 1, column: 0, flow: true };
  const first = map.children?.[0];
  const end = lineEnd(text, valueEnd(text, map));
  return { at: Math.min(end + 1, text.length), column: first ? columnOf(text, first) : 0, flow: false };
}

/**
 * Edits of one fix joined where they meet: insertions at the same point in the order given, and an
 * insertion at the start of a cut or replacement written in front of it (a fix's edits must not collide).
 */
export function joinEdits(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const insertion = edit.start === edit.end;
    const same = out.find((o) => o.start === edit.start && (insertion || o.start === o.end));
    if (!same) out.push({ ...edit });
    else if (insertion) same.text += edit.text;
    else {
      same.text += edit.text;
      same.end = edit.end;
    }
  }
  return out;
}
