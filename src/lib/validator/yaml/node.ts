// A YAML node with its source range, built from js-yaml's listener events (see parse.ts).
// Offsets are UTF-16 indices into the whole pasted text. The tree is kept as lean as possible
// (the page re-validates on every keystroke): a mapping keeps its key and value nodes in one flat
// array, the one js-yaml's events filled anyway, instead of a Map of entry objects.

export interface YNode {
  kind: 'map' | 'seq' | 'scalar';
  start: number;
  end: number;
  /** the loaded JS value (shared with the parent's value); for a key node, the key as a string */
  value: unknown;
  /**
   * seq: the items. map: [key0, value0, key1, value1, ...] with unique keys (the last of duplicates
   * wins, as when loading) and merged (<<) entries appended, pointing at the anchor's nodes.
   */
  children: YNode[] | undefined;
}

export interface YEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: YNode;
}

export type Segment = string | number;

/** The entry of a mapping key, or undefined. */
export function entryOf(node: YNode, key: string): YEntry | undefined {
  const children = node.kind === 'map' ? node.children : undefined;
  if (!children) return undefined;
  for (let i = 0; i + 1 < children.length; i += 2) {
    const keyNode = children[i] as YNode;
    if (keyNode.value === key) return { key, keyStart: keyNode.start, keyEnd: keyNode.end, value: children[i + 1] as YNode };
  }
  return undefined;
}

/** The value node of a mapping key, without allocating an entry. */
export function valueOf(node: YNode, key: string): YNode | undefined {
  const children = node.kind === 'map' ? node.children : undefined;
  if (!children) return undefined;
  for (let i = 0; i + 1 < children.length; i += 2) {
    if ((children[i] as YNode).value === key) return children[i + 1] as YNode;
  }
  return undefined;
}

/** The first entry of a mapping (the line a person reads as "this item"). */
export function firstEntry(node: YNode): YEntry | undefined {
  const key = node.kind === 'map' ? node.children?.[0] : undefined;
  return key ? entryOf(node, key.value as string) : undefined;
}

export function itemsOf(node: YNode): YNode[] {
  return node.kind === 'seq' ? (node.children ?? []) : [];
}

/** Walks a path from a node; returns the deepest node reached and the entry of the last key reached. */
export function descend(node: YNode, path: readonly Segment[]): { node: YNode; entry?: YEntry; depth: number } {
  let current = node;
  let entry: YEntry | undefined;
  let depth = 0;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = current.kind === 'seq' ? current.children?.[segment] : undefined;
      if (!item) break;
      current = item;
      entry = undefined;
    } else {
      const next = entryOf(current, segment);
      if (!next) break;
      current = next.value;
      entry = next;
    }
    depth += 1;
  }
  return entry ? { node: current, entry, depth } : { node: current, depth };
}
