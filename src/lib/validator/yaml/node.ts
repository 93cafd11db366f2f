// A YAML node with its source range, built from js-yaml's listener events (see parse.ts).
// Offsets are UTF-16 indices into the whole pasted text.

export interface YEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: YNode;
}

export interface YNode {
  kind: 'map' | 'seq' | 'scalar';
  start: number;
  end: number;
  /** the loaded JS value (shared with the parent's value, so identity lookups work) */
  value: unknown;
  /** mapping entries by key, in source order; merged (<<) entries point at the anchor's nodes */
  entries?: Map<string, YEntry>;
  items?: YNode[];
}

export type Segment = string | number;

/** Walks a path from a node; returns the deepest node reached and the entry of the last key reached. */
export function descend(node: YNode, path: readonly Segment[]): { node: YNode; entry?: YEntry; depth: number } {
  let current = node;
  let entry: YEntry | undefined;
  let depth = 0;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = current.items?.[segment];
      if (!item) break;
      current = item;
      entry = undefined;
    } else {
      const next = current.entries?.get(segment);
      if (!next) break;
      current = next.value;
      entry = next;
    }
    depth += 1;
  }
  return entry ? { node: current, entry, depth } : { node: current, depth };
}
