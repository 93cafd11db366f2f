// Building fixes in the rules: a fix names its safety and what it writes, and its edits replace source
// ranges. A scalar rewritten in place keeps the quoting the person chose.
import type { Fix, FixSafety, TextEdit } from '../types.ts';
import type { YNode } from '../yaml/node.ts';

/** A default a migration writes because the new version defaults the field otherwise: `spec.revisionHistoryLimit`, 2, 10. */
export interface WrittenDefault {
  path: string;
  value: string | number;
  /** what the new version would have used instead */
  now: string | number;
}

export function fixOf(safety: FixSafety, label: string, edits: TextEdit[]): Fix {
  return { safety, label, edits };
}

/** A safe fix: one edit, or several that only make sense together. */
export const safeFix = (label: string, ...edits: TextEdit[]): Fix => fixOf('safe', label, edits);

/** A suggestion: shown, applied only on request. */
export const suggestedFix = (label: string, ...edits: TextEdit[]): Fix => fixOf('suggestion', label, edits);

/** Replaces a scalar's value with `value`, in the quotes it had (plain where plain can hold it); an anchor or tag before it stays. */
export function scalarEdit(text: string, node: YNode, value: string): TextEdit {
  const start = scalarStart(text, node);
  return { start, end: node.end, text: scalarSource(text.slice(start, node.end), value) };
}

/** Where a scalar's own text starts: after the anchor (&name) and tag (!!str) its node's range begins with. */
export function scalarStart(text: string, node: YNode): number {
  let at = node.start;
  while (text[at] === '&' || text[at] === '!') {
    while (at < node.end && !/\s/.test(text[at] as string)) at += 1;
    while (at < node.end && /[ \t]/.test(text[at] as string)) at += 1;
  }
  return at;
}

/** How `value` is written where `source` was: the same quotes, or plain when that reads back as the same string. */
export function scalarSource(source: string, value: string): string {
  if (source.startsWith('"')) return JSON.stringify(value);
  if (source.startsWith("'")) return `'${value.replaceAll("'", "''")}'`;
  return isPlainString(value) ? value : JSON.stringify(value);
}

/**
 * Whether a string written plain loads back as that same string in YAML 1.1 (no number, boolean, null,
 * indicator or comment): conservative, so anything doubtful is quoted.
 */
export function isPlainString(value: string): boolean {
  if (!/^[A-Za-z_./][\w./-]*$/.test(value)) return false;
  return !/^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN)$/.test(value);
}
