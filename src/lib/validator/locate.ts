// Paths to offsets (core) and offsets to line:column (edge).
import { descend, entryOf, firstEntry, type YNode } from './yaml/node.ts';
import type { PathSegment } from './types.ts';

/**
 * The range a diagnostic should underline. A path that exists points at its key or value; a missing
 * field points at the key of its nearest existing parent (where the person has to add it).
 */
export function rangeOf(root: YNode, path: readonly PathSegment[], at: 'key' | 'value'): { start: number; end: number } {
  const found = descend(root, path);
  const complete = found.depth === path.length;
  if (complete && at === 'value' && found.node.end > found.node.start) return { start: found.node.start, end: found.node.end };
  if (found.entry) return { start: found.entry.keyStart, end: found.entry.keyEnd };
  if (found.depth > 0) {
    // inside a list item: underline its first key, the line a person reads as "this item"
    const first = firstEntry(found.node);
    return first ? { start: first.keyStart, end: first.keyEnd } : firstLine(found.node);
  }
  // nothing of the path exists: point at `kind:` (or the first key) of the resource
  const anchor = entryOf(root, 'kind') ?? firstEntry(root);
  return anchor ? { start: anchor.keyStart, end: anchor.keyEnd } : firstLine(root);
}

function firstLine(node: YNode): { start: number; end: number } {
  return { start: node.start, end: node.start === node.end ? node.end : node.start + 1 };
}

/** Formats ['spec', 'containers', 0, 'image'] as spec.containers[0].image; odd keys are quoted. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Offsets to 1-based line and column; built once per text, each lookup a binary search. */
export class LineIndex {
  /** where each line starts. Counted first, then filled: a typed array of the right size, where pushing
   * onto an array grown over and over took five times as long on a paste of 180,000 lines */
  private readonly starts: Uint32Array;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
    this.starts = new Uint32Array(lines);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts[line++] = i + 1;
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= clamped) low = mid;
      else high = mid - 1;
    }
    // a byte order mark is invisible in every editor: the first character after it is column 1
    const bom = low === 0 && clamped > 0 && this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { line: low + 1, column: clamped - (this.starts[low] as number) + 1 - bom };
  }
}
