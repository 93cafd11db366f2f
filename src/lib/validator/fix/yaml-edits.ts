// Structural edits of YAML as text: add an entry to a mapping, drop one, in the style the mapping is
// written in (block or flow). Each edit touches only its own lines, so the comments and formatting
// around it stay; new text is written with two-space indentation below the mapping's own.
import type { TextEdit } from '../types.ts';
import { itemsOf, valueOf, type YNode } from '../yaml/node.ts';
import { isPlainString } from './make.ts';

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** Where the line after the one holding `offset` starts (text.length at the end). */
function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

export const isFlow = (text: string, node: YNode): boolean => text[node.start] === '{' || text[node.start] === '[';

/** Where a collection's last scalar ends: its own range may run on over trailing comments and blank lines. */
export function contentEnd(node: YNode): number {
  let current = node;
  // the child that ends last, among those written inside it: merged (<<) entries are appended but point
  // back at their anchor, and an alias (*name) has its anchor's children, written elsewhere
  for (;;) {
    const inside = current.kind === 'scalar' ? [] : (current.children ?? []).filter((child) => child.start >= current.start && child.end <= current.end);
    if (inside.length === 0) return current.end;
    current = inside.reduce((last, child) => (child.end > last.end ? child : last));
  }
}

/** The column a block mapping's keys start at. */
function keyIndent(text: string, map: YNode): number {
  const first = map.children?.[0];
  return first ? first.start - lineStart(text, first.start) : 0;
}

/** A scalar moved from elsewhere in the text, written as it was typed (its quotes and digits kept). */
export class RawScalar {
  // a plain field, not a parameter property: the command line runs this file with Node's type stripping
  readonly source: string;
  constructor(source: string) {
    this.source = source;
  }
}

/** A scalar as we write it: plain when that reads back the same, else double-quoted. */
function scalar(value: unknown): string {
  if (value instanceof RawScalar) return value.source;
  if (typeof value === 'string') return isPlainString(value) ? value : JSON.stringify(value);
  return value === null ? 'null' : String(value);
}

/** A value in flow style: {a: 1, b: [x]}. */
export function flowYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object' && !(value instanceof RawScalar)) return `{${Object.entries(value).map(([k, v]) => `${scalar(k)}: ${flowYaml(v)}`).join(', ')}}`;
  return scalar(value);
}

/** `key: value` as block lines at `indent`, each ending in a newline. */
export function blockEntry(key: string, value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value) && value.length > 0) {
    return `${pad}${scalar(key)}:\n${value.map((item) => blockItem(item, indent)).join('')}`;
  }
  if (isMapping(value) && Object.keys(value).length > 0) {
    return `${pad}${scalar(key)}:\n${Object.entries(value).map(([k, v]) => blockEntry(k, v, indent + 2)).join('')}`;
  }
  return `${pad}${scalar(key)}: ${flowYaml(value)}\n`;
}

function blockItem(item: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  if (isMapping(item) && Object.keys(item).length > 0) {
    const lines = Object.entries(item).map(([k, v]) => blockEntry(k, v, indent + 2)).join('');
    return `${pad}- ${lines.slice(indent + 2)}`;
  }
  return `${pad}- ${flowYaml(item)}\n`;
}

/**
 * Adds `key: value` to a mapping: in a block mapping as new lines after its last entry (after that
 * line's comment, never inside it); in a flow mapping first, before its first key.
 */
export function addEntry(text: string, map: YNode, key: string, value: unknown): TextEdit {
  const first = map.children?.[0];
  if (isFlow(text, map) || !first) {
    if (!first) return { start: map.start, end: map.end, text: flowYaml({ [key]: value }) };
    return { start: first.start, end: first.start, text: `${scalar(key)}: ${flowYaml(value)}, ` };
  }
  const at = nextLineStart(text, contentEnd(map));
  const lead = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return { start: at, end: at, text: lead + blockEntry(key, value, keyIndent(text, map)) };
}

/**
 * Drops the entry whose key node is `key` (its value `value`): in block style the whole lines it takes
 * when nothing else shares them, in flow style the entry and one comma. Undefined when it cannot be cut
 * cleanly (then the caller offers no fix).
 */
export function removeEntry(text: string, map: YNode, key: YNode, value: YNode): TextEdit | undefined {
  const pairs = map.children ?? [];
  const index = pairs.indexOf(key);
  if (index < 0) return undefined;
  if (isFlow(text, map)) {
    const previous = pairs[index - 1];
    const next = pairs[index + 2];
    if (previous) return { start: previous.end, end: value.end, text: '' };
    if (next) return { start: key.start, end: next.start, text: '' };
    return { start: map.start, end: map.end, text: '{}' };
  }
  const start = lineStart(text, key.start);
  if (text.slice(start, key.start).trim() !== '') return undefined;
  const end = nextLineStart(text, value.end);
  const rest = text.slice(value.end, end).trim();
  if (rest !== '' && !rest.startsWith('#')) return undefined;
  // a comment at the end of the line stays, on a line of its own
  return { start, end, text: rest === '' ? '' : `${text.slice(start, key.start)}${rest}\n` };
}

/** The value of `key: value` written in place of a value node: block lines below the key, or flow. */
export function replaceValue(text: string, key: YNode, value: YNode, replacement: unknown): TextEdit {
  if (!isMapping(replacement) && !Array.isArray(replacement) || isFlowContext(text, key)) {
    // an empty value (null) starts right after its colon: a space keeps `key: value` from reading as one scalar
    const space = text[value.start - 1] === ':' ? ' ' : '';
    return { start: value.start, end: value.end, text: space + flowYaml(replacement) };
  }
  const indent = key.start - lineStart(text, key.start) + 2;
  const lines = Array.isArray(replacement)
    ? replacement.map((item) => blockItem(item, indent)).join('')
    : Object.entries(replacement).map(([k, v]) => blockEntry(k, v, indent)).join('');
  return { start: text.indexOf(':', key.end) + 1, end: value.end, text: `\n${lines.replace(/\n$/, '')}` };
}

/** Whether a key sits inside a flow collection (something other than indentation before it on its line, a `{`). */
export function isFlowContext(text: string, key: YNode): boolean {
  const before = text.slice(lineStart(text, key.start), key.start);
  return before.includes('{') || before.includes('[') || before.includes(',');
}

/**
 * `key: value` rewritten as `newKey: newValue` in the same place (block lines at the key's column + 2,
 * or flow inside a flow collection): comments on other lines stay where they are.
 */
export function replaceEntry(text: string, key: YNode, value: YNode, newKey: string, newValue: unknown): TextEdit {
  if (isFlowContext(text, key) || (!isMapping(newValue) && !Array.isArray(newValue))) {
    return { start: key.start, end: value.end, text: `${scalar(newKey)}: ${flowYaml(newValue)}` };
  }
  const column = key.start - lineStart(text, key.start);
  return { start: key.start, end: value.end, text: blockEntry(newKey, newValue, column).slice(column).replace(/\n$/, '') };
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RawScalar);

/** A node's source as a scalar to move, when it is one. */
export const rawOf = (text: string, node: YNode): RawScalar => new RawScalar(text.slice(node.start, node.end));

/** The items of a sequence at `key` of a mapping ([] when absent or not a sequence). */
export function itemsAt(node: YNode | undefined, key: string): YNode[] {
  const value = node ? valueOf(node, key) : undefined;
  return value ? itemsOf(value) : [];
}

/** The key node of `key` in a mapping. */
export function keyNodeOf(map: YNode, key: string): YNode | undefined {
  const pairs = map.kind === 'map' ? (map.children ?? []) : [];
  for (let i = 0; i + 1 < pairs.length; i += 2) if ((pairs[i] as YNode).value === key) return pairs[i] as YNode;
  return undefined;
}
