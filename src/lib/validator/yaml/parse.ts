// Loads one document with js-yaml and rebuilds a located tree from its listener events, so every key
// and value of the loaded object has a source range. js-yaml fires 'open' before it skips the
// separation space in front of a node and 'close' after the node (sometimes after trailing spaces);
// ranges are tightened here. Duplicate keys are loaded in js-yaml's json mode (last one wins, like
// sigs.k8s.io/yaml's non-strict path) and reported from the tree, at the second key.
import yaml from 'js-yaml';
import type { Chunk } from './split.ts';
import type { YEntry, YNode } from './node.ts';
import { KUBE_YAML_SCHEMA } from './schema.ts';
import { explainSyntaxError } from './explain.ts';
import { checkExpansion } from './limits.ts';

export type ProblemCode = 'syntax' | 'duplicate-key' | 'limit';

export interface YamlProblem {
  code: ProblemCode;
  /** messageId of the rule that reports this code */
  messageId: string;
  data: Record<string, string | number>;
  start: number;
  end: number;
}

export interface ParsedDocument {
  index: number;
  start: number;
  end: number;
  /** the root node; absent when the document could not be loaded */
  node?: YNode;
  problems: YamlProblem[];
}

/** js-yaml counts nested composeNode calls; a YAML level costs one or two. */
const MAX_COMPOSE_DEPTH = 400;
const MERGE_TAG = 'tag:yaml.org,2002:merge';

interface Frame {
  open: number;
  children: Built[];
}

interface Built {
  node: YNode;
  tag: string | null;
}

interface LoaderState {
  position: number;
  kind: string | null;
  result: unknown;
  tag: string | null;
}

export function parseDocument(text: string, chunk: Chunk, index: number): ParsedDocument {
  const doc: ParsedDocument = { index, start: chunk.start, end: chunk.end, problems: [] };
  const base = chunk.start;
  const source = text.slice(chunk.start, chunk.end);
  const stack: Frame[] = [{ open: 0, children: [] }];
  // the anchored collection's node, so aliases and merge keys find their source ranges
  const located = new WeakMap<object, YNode>();

  const listener = (event: 'open' | 'close', state: LoaderState): void => {
    if (event === 'open') {
      stack.push({ open: state.position, children: [] });
      return;
    }
    const frame = stack.pop() as Frame;
    const built = buildNode(frame, state);
    (stack[stack.length - 1] as Frame).children.push(built);
  };

  const buildNode = (frame: Frame, state: LoaderState): Built => {
    const result = state.result;
    const only = frame.children.length === 1 ? (frame.children[0] as Built) : undefined;
    // js-yaml tries "is this a key?" by composing a nested node; that wrapper adds nothing
    if (only && only.node.value === result) return { node: only.node, tag: state.tag ?? only.tag };
    const [start, end] = tighten(source, frame.open, state.position);
    const range = { start: start + base, end: end + base };
    let node: YNode;
    if (state.kind === 'mapping' && result !== null && typeof result === 'object') {
      node = { kind: 'map', ...range, value: result, entries: buildEntries(frame.children) };
    } else if (state.kind === 'sequence' && Array.isArray(result)) {
      node = { kind: 'seq', ...range, value: result, items: frame.children.map((c) => c.node) };
    } else if (result !== null && typeof result === 'object') {
      // an alias: same value as the anchor, whose children carry the ranges
      const anchor = located.get(result);
      node = anchor ? { ...anchor, ...range } : { kind: Array.isArray(result) ? 'seq' : 'map', ...range, value: result };
    } else {
      node = { kind: 'scalar', ...range, value: result };
    }
    if (result !== null && typeof result === 'object' && !located.has(result)) located.set(result, node);
    return { node, tag: state.tag };
  };

  const buildEntries = (children: Built[]): Map<string, YEntry> => {
    const entries = new Map<string, YEntry>();
    const merged = new Set<string>();
    for (let i = 0; i + 1 < children.length; i += 2) {
      const keyBuilt = children[i] as Built;
      const valueNode = (children[i + 1] as Built).node;
      if (keyBuilt.tag === MERGE_TAG) {
        const sources = valueNode.kind === 'seq' ? (valueNode.items ?? []) : [valueNode];
        for (const source of sources) {
          for (const [key, entry] of source.entries ?? []) {
            if (!entries.has(key)) {
              entries.set(key, entry);
              merged.add(key);
            }
          }
        }
        continue;
      }
      const key = keyString(keyBuilt.node.value);
      const { start: keyStart, end: keyEnd } = keyBuilt.node;
      if (entries.has(key) && !merged.has(key)) {
        doc.problems.push({ code: 'duplicate-key', messageId: 'duplicate', data: { key }, start: keyStart, end: keyEnd });
      }
      merged.delete(key);
      entries.set(key, { key, keyStart, keyEnd, value: valueNode });
    }
    return entries;
  };

  try {
    yaml.load(source, { schema: KUBE_YAML_SCHEMA, json: true, maxDepth: MAX_COMPOSE_DEPTH, listener } as unknown as yaml.LoadOptions);
    const root = (stack[0] as Frame).children[0];
    if (root && root.node.value !== null && root.node.value !== undefined) {
      const limit = checkExpansion(root.node.value);
      if (limit) {
        doc.problems.push({ code: 'limit', messageId: limit, data: {}, start: root.node.start, end: lineEnd(text, root.node.start) });
      } else {
        doc.node = root.node;
      }
    }
  } catch (error) {
    doc.problems.push(explainFailure(error, text, base, stack));
  }
  return doc;
}

function explainFailure(error: unknown, text: string, base: number, stack: Frame[]): YamlProblem {
  if (error instanceof yaml.YAMLException && error.mark) {
    if (error.reason.startsWith('nesting exceeded maxDepth')) {
      const at = Math.min(base + error.mark.position, text.length);
      return { code: 'limit', messageId: 'too-deep', data: {}, start: at, end: at };
    }
    // the innermost node still open is where a quoted scalar or flow collection began
    const innermost = stack[stack.length - 1] as Frame;
    return { code: 'syntax', ...explainSyntaxError(text, base, error.reason, error.mark.position, innermost.open) };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'syntax', messageId: 'other', data: { reason }, start: base, end: base };
}

/** js-yaml's own key conversion (storeMappingPair): String() of the key's value. */
function keyString(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return '[object Object]';
  return String(value);
}

/** Narrows [open, close) to the node's text: skips leading space, line breaks and comments, trailing space. */
function tighten(source: string, openAt: number, closeAt: number): [number, number] {
  // js-yaml appends a line break to input that lacks one, so its positions can pass the end
  const open = Math.min(openAt, source.length);
  const close = Math.min(closeAt, source.length);
  let start = open;
  while (start < close) {
    const ch = source.charCodeAt(start);
    if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) start += 1;
    else if (ch === 0x23) {
      const nl = source.indexOf('\n', start);
      start = nl === -1 ? close : nl;
    } else break;
  }
  let end = close;
  while (end > start) {
    const ch = source.charCodeAt(end - 1);
    if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) end -= 1;
    else break;
  }
  // an empty value: a zero-width range right where it was expected
  if (start >= end) return [Math.min(open, close), Math.min(open, close)];
  return [start, end];
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl === -1 ? text.length : nl;
  return text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
}
