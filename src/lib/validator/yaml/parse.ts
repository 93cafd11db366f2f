// Loads one document with js-yaml and rebuilds a located tree from its listener events, so every key
// and value of the loaded object has a source range. js-yaml fires 'open' before it skips the
// separation space in front of a node and 'close' after the node (sometimes after trailing spaces);
// ranges are tightened here. Duplicate keys are loaded in js-yaml's json mode (last one wins, like
// sigs.k8s.io/yaml's non-strict path) and reported from the tree, at the second key.
import yaml from 'js-yaml';
import type { Chunk } from './split.ts';
import type { YNode } from './node.ts';
import { KUBE_YAML_SCHEMA } from './schema.ts';
import { explainSyntaxError } from './explain.ts';
import { checkExpansion } from './limits.ts';
import { keyString, seenKey } from './keys.ts';

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

interface LoaderState {
  position: number;
  /** the anchor of the node being closed, if it has one */
  anchor: string | null;
  kind: string | null;
  result: unknown;
  tag: string | null;
}

export function parseDocument(text: string, chunk: Chunk, index: number): ParsedDocument {
  const doc: ParsedDocument = { index, start: chunk.start, end: chunk.end, problems: [] };
  const base = chunk.start;
  const source = text.slice(chunk.start, chunk.end);
  // the composeNode calls in progress, as parallel stacks (no object per call): where each opened,
  // its children, and which children carry the merge tag (a `<<` key); arrays are allocated on first
  // use, since most calls are scalars that never get a child
  const opens: number[] = [0];
  const childStack: (YNode[] | undefined)[] = [undefined];
  const mergeStack: (number[] | undefined)[] = [undefined];
  // anchored collections by value, so aliases and merge keys find their source ranges
  const anchored = new Map<object, YNode>();
  // without aliases nothing can expand, and the expansion check can be skipped
  let sawAlias = false;

  const listener = (event: 'open' | 'close', state: LoaderState): void => {
    if (event === 'open') {
      opens.push(state.position);
      childStack.push(undefined);
      mergeStack.push(undefined);
      return;
    }
    const open = opens.pop() as number;
    const children = childStack.pop();
    const merges = mergeStack.pop();
    const result = state.result;
    let node: YNode;
    let isMerge = state.tag === MERGE_TAG;
    if (children?.length === 1 && (children[0] as YNode).value === result) {
      // js-yaml tries "is this a key?" by composing a nested node; that wrapper adds nothing
      node = children[0] as YNode;
      if (state.tag === null && merges !== undefined) isMerge = true;
    } else {
      node = buildNode(open, state, result, children, merges);
    }
    if (state.anchor !== null && result !== null && typeof result === 'object' && !anchored.has(result)) anchored.set(result, node);
    const top = childStack.length - 1;
    const siblings = childStack[top];
    if (siblings) siblings.push(node);
    else childStack[top] = [node];
    if (isMerge) (mergeStack[top] ??= []).push((childStack[top] as YNode[]).length - 1);
  };

  const buildNode = (
    open: number, state: LoaderState, result: unknown, children: YNode[] | undefined, merges: number[] | undefined,
  ): YNode => {
    tighten(source, open, state.position);
    const start = tightStart;
    const end = tightEnd;
    if (result === null || typeof result !== 'object') {
      return { kind: 'scalar', start: start + base, end: end + base, value: result, children: undefined };
    }
    if (state.kind === 'mapping') {
      return { kind: 'map', start: start + base, end: end + base, value: result, children: mappingChildren(children ?? [], merges) };
    }
    if (state.kind === 'sequence') {
      return { kind: 'seq', start: start + base, end: end + base, value: result, children: children ?? [] };
    }
    // an alias: same value as the anchor, whose children carry the ranges
    sawAlias = true;
    const anchor = anchored.get(result);
    return anchor
      ? { kind: anchor.kind, start: start + base, end: end + base, value: result, children: anchor.children }
      : { kind: Array.isArray(result) ? 'seq' : 'map', start: start + base, end: end + base, value: result, children: undefined };
  };

  /**
   * Key/value pairs as js-yaml stored them: keys as strings, duplicates reported at the later key and
   * dropped from the tree (the last value wins, as in the loaded object), `<<` merges resolved.
   */
  const mappingChildren = (pairs: YNode[], mergeIndices: number[] | undefined): YNode[] => {
    const mergeSet = mergeIndices && mergeIndices.length > 4 ? new Set(mergeIndices) : undefined;
    const isMergeKey = (i: number): boolean => mergeIndices !== undefined && (mergeSet ? mergeSet.has(i) : mergeIndices.includes(i));
    let merges: YNode[] | undefined;
    let duplicates = false;
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const keyNode = pairs[i] as YNode;
      if (isMergeKey(i)) {
        (merges ??= []).push(pairs[i + 1] as YNode);
        continue;
      }
      if (typeof keyNode.value !== 'string') keyNode.value = keyString(keyNode.value);
      if (seenKey(pairs, isMergeKey, i, keyNode.value as string)) {
        doc.problems.push({ code: 'duplicate-key', messageId: 'duplicate', data: { key: keyNode.value as string }, start: keyNode.start, end: keyNode.end });
        duplicates = true;
      }
    }
    if (!merges && !duplicates) return pairs;
    // rare path: rebuild with unique keys, explicit ones first, then merged ones not overridden
    const seen = new Set<unknown>();
    const kept: number[] = [];
    // a failed "is there another key?" attempt can leave one odd node at the end: start at the last pair
    for (let i = (pairs.length & ~1) - 2; i >= 0; i -= 2) {
      if (isMergeKey(i) || seen.has((pairs[i] as YNode).value)) continue;
      seen.add((pairs[i] as YNode).value);
      kept.push(i);
    }
    const out: YNode[] = [];
    for (let k = kept.length - 1; k >= 0; k -= 1) out.push(pairs[kept[k] as number] as YNode, pairs[(kept[k] as number) + 1] as YNode);
    for (const merge of merges ?? []) {
      const sources = merge.kind === 'seq' ? (merge.children ?? []) : [merge];
      for (const source of sources) {
        const merged = source.kind === 'map' ? (source.children ?? []) : [];
        for (let i = 0; i + 1 < merged.length; i += 2) {
          if (seen.has((merged[i] as YNode).value)) continue;
          seen.add((merged[i] as YNode).value);
          out.push(merged[i] as YNode, merged[i + 1] as YNode);
        }
      }
    }
    return out;
  };

  try {
    yaml.load(source, { schema: KUBE_YAML_SCHEMA, json: true, maxDepth: MAX_COMPOSE_DEPTH, listener } as unknown as yaml.LoadOptions);
    const root = childStack[0]?.[0];
    if (root && root.value !== null && root.value !== undefined) {
      const limit = sawAlias ? checkExpansion(root.value) : undefined;
      if (limit) {
        doc.problems.push({ code: 'limit', messageId: limit, data: {}, start: root.start, end: lineEnd(text, root.start) });
      } else {
        doc.node = root;
      }
    }
  } catch (error) {
    doc.problems.push(explainFailure(error, text, base, opens));
  }
  return doc;
}

function explainFailure(error: unknown, text: string, base: number, opens: number[]): YamlProblem {
  if (error instanceof yaml.YAMLException && error.mark) {
    if (error.reason.startsWith('nesting exceeded maxDepth')) {
      const at = Math.min(base + error.mark.position, text.length);
      return { code: 'limit', messageId: 'too-deep', data: {}, start: at, end: at };
    }
    // the innermost node still open is where a quoted scalar or flow collection began
    return { code: 'syntax', ...explainSyntaxError(text, base, error.reason, error.mark.position, opens[opens.length - 1] as number) };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'syntax', messageId: 'other', data: { reason }, start: base, end: base };
}

// tighten()'s result, in two variables rather than a fresh array per node
let tightStart = 0;
let tightEnd = 0;

/** Narrows [open, close) to the node's text: skips leading space, line breaks and comments, trailing space. */
function tighten(source: string, openAt: number, closeAt: number): void {
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
  if (start >= end) {
    tightStart = tightEnd = Math.min(open, close);
  } else {
    tightStart = start;
    tightEnd = end;
  }
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl === -1 ? text.length : nl;
  return text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
}
