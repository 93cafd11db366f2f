// Loads one document with js-yaml and rebuilds a located tree from its listener events, so every key
// and value of the loaded object has a source range. js-yaml fires 'open' before it skips the
// separation space in front of a node and 'close' after the node (sometimes after trailing spaces);
// ranges are tightened here. Duplicate keys are loaded in js-yaml's json mode (last one wins, like
// sigs.k8s.io/yaml's non-strict path that kubectl uses) and reported from the tree, at the second key.
// Where js-yaml and kubectl's go-yaml v2 disagree, the load is steered to kubectl's reading: escapes.ts
// (`\'`, `\/`), tabs.ts, merge keys applied in order (keys.ts), keys and numbers JSON cannot hold.
import yaml from 'js-yaml';
import { isJsonStream, type Chunk } from './split.ts';
import type { YNode } from './node.ts';
import { KUBE_YAML_SCHEMA } from './schema.ts';
import { explainSyntaxError } from './explain.ts';
import { checkExpansion } from './limits.ts';
import { keyString, mergeInOrder, seenKey } from './keys.ts';
import { patchApostrophes, quotedValue, type EscapeProblem } from './escapes.ts';
import { tabProblems } from './tabs.ts';

/** `ignored`: text after a `...` marker that kubectl never reads; the document itself loads */
export type ProblemCode = 'syntax' | 'duplicate-key' | 'limit' | 'ignored';

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
/** each try turns the `\'` of one double-quoted string into `\"` */
const MAX_ESCAPE_PATCHES = 64;

interface LoaderState {
  position: number;
  /** the anchor of the node being closed, if it has one */
  anchor: string | null;
  kind: string | null;
  result: unknown;
  tag: string | null;
  anchorMap: Record<string, unknown>;
}

/**
 * `json`: whether the whole text is a JSON stream (isJsonStream); a caller parsing many documents of
 * one text says it once, as testing a text of megabytes costs microseconds per document.
 */
export function parseDocument(text: string, chunk: Chunk, index: number, json: boolean = isJsonStream(text)): ParsedDocument {
  const doc: ParsedDocument = { index, start: chunk.start, end: chunk.end, problems: [] };
  const base = chunk.start;
  // a `...` marker ends the document for go-yaml: what follows it is never read
  const end = chunk.endMarker ? chunk.endMarker.ignored : chunk.end;
  if (chunk.badSeparator) {
    const { start, end: stop, rest } = chunk.badSeparator;
    doc.problems.push({ code: 'syntax', messageId: 'invalid-separator', data: { rest }, start, end: stop });
  }
  if (chunk.endMarker) {
    const { start, end: stop, ignored } = chunk.endMarker;
    doc.problems.push({ code: 'ignored', messageId: 'ignored', data: { line: lineNumber(text, firstContent(text, ignored)) }, start, end: stop });
  }
  const fixedProblems = doc.problems.length;
  let source = text.slice(chunk.start, end);
  // where tabs are content (quoted and block scalars, flow collections) and plain values; only with tabs
  const hasTab = !json && source.includes('\t');
  const verbatim: number[] = [];
  const plain: number[] = [];
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
      const first = hasTab || typeof result === 'string' ? source[contentStart(source, start, end)] : undefined;
      if (first === '"' && !json) result = fixQuoted(state, start + base, end + base, result);
      if (hasTab && (first === '"' || first === "'" || first === '|' || first === '>')) verbatim.push(start + base, end + base);
      return { kind: 'scalar', start: start + base, end: end + base, value: result, children: undefined };
    }
    if (hasTab && (source[start] === '[' || source[start] === '{')) verbatim.push(start + base, end + base);
    if (state.kind === 'mapping') {
      return { kind: 'map', start: start + base, end: end + base, value: result, children: mappingChildren(start + base, result, children ?? [], merges) };
    }
    if (state.kind === 'sequence') {
      const items = children ?? [];
      for (const item of items) {
        if (notJson(item)) notJsonProblem(item);
        if (hasTab) notePlain(start + base, item);
      }
      return { kind: 'seq', start: start + base, end: end + base, value: result, children: items };
    }
    // an alias: same value as the anchor, whose children carry the ranges
    sawAlias = true;
    const anchor = anchored.get(result);
    return anchor
      ? { kind: anchor.kind, start: start + base, end: end + base, value: result, children: anchor.children }
      : { kind: Array.isArray(result) ? 'seq' : 'map', start: start + base, end: end + base, value: result, children: undefined };
  };

  /** A double-quoted scalar: escapes go-yaml refuses, and the apostrophes of `\'` put back. */
  const fixQuoted = (state: LoaderState, start: number, end: number, loaded: unknown): unknown => {
    if (typeof loaded !== 'string') return loaded;
    const problems: EscapeProblem[] = [];
    const value = quotedValue(text, start, end, loaded, problems);
    for (const problem of problems) doc.problems.push({ code: 'syntax', ...problem });
    if (value !== loaded) {
      // js-yaml stores state.result in the parent (and the anchor) after this listener returns
      state.result = value;
      if (state.anchor !== null) state.anchorMap[state.anchor] = value;
    }
    return value;
  };

  const notJsonProblem = (node: YNode): void => {
    doc.problems.push({ code: 'syntax', messageId: 'not-json-number', data: { value: text.slice(node.start, node.end) }, start: node.start, end: node.end });
  };

  /** A plain value of a block collection: tabs on its trailing blank lines are fine from the next column on. */
  const notePlain = (collectionStart: number, value: YNode): void => {
    if (value.kind !== 'scalar' || value.start === value.end || text[collectionStart] === '[' || text[collectionStart] === '{') return;
    const first = text[contentStart(text, value.start, value.end)];
    if (first === '"' || first === "'" || first === '|' || first === '>' || first === '*') return;
    plain.push(value.start, value.end, column(text, collectionStart) + 1);
  };

  /**
   * Key/value pairs as js-yaml stored them: keys as strings, duplicates reported at the later key and
   * dropped from the tree (the last value wins, as in the loaded object), `<<` merges resolved.
   */
  const mappingChildren = (start: number, result: object, pairs: YNode[], mergeIndices: number[] | undefined): YNode[] => {
    const mergeSet = mergeIndices && mergeIndices.length > 4 ? new Set(mergeIndices) : undefined;
    const isMergeKey = (i: number): boolean => mergeIndices !== undefined && (mergeSet ? mergeSet.has(i) : mergeIndices.includes(i));
    let rebuild = false;
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const keyNode = pairs[i] as YNode;
      const valueNode = pairs[i + 1] as YNode;
      if (notJson(valueNode)) notJsonProblem(valueNode);
      if (hasTab) notePlain(start, valueNode);
      if (isMergeKey(i)) {
        rebuild = true;
        continue;
      }
      if (typeof keyNode.value !== 'string') {
        // sigs.k8s.io/yaml turns numbers and booleans into strings and stops at anything else
        if (keyNode.value === null || typeof keyNode.value === 'object') {
          const messageId = keyNode.value === null ? 'null-key' : 'collection-key';
          doc.problems.push({ code: 'syntax', messageId, data: {}, start: keyNode.start, end: keyNode.end });
        }
        const raw = keyNode.value;
        keyNode.value = keyString(raw);
        // js-yaml stored `.inf` under String(Infinity); move it to go-yaml's spelling
        if (typeof raw === 'number' && !Number.isFinite(raw)) renameKey(result as Record<string, unknown>, String(raw), keyNode.value as string);
      }
      if (seenKey(pairs, isMergeKey, i, keyNode.value as string)) {
        doc.problems.push({ code: 'duplicate-key', messageId: 'duplicate', data: { key: keyNode.value as string }, start: keyNode.start, end: keyNode.end });
        rebuild = true;
      }
    }
    return rebuild ? mergeInOrder(result as Record<string, unknown>, pairs, isMergeKey) : pairs;
  };

  const reset = (): void => {
    opens.length = 1;
    childStack.length = 1;
    childStack[0] = undefined;
    mergeStack.length = 1;
    mergeStack[0] = undefined;
    anchored.clear();
    sawAlias = false;
    doc.problems.length = fixedProblems;
    verbatim.length = 0;
    plain.length = 0;
  };

  for (let attempt = 0; ; attempt += 1) {
    reset();
    try {
      yaml.load(source, { schema: KUBE_YAML_SCHEMA, json: true, maxDepth: MAX_COMPOSE_DEPTH, listener } as unknown as yaml.LoadOptions);
    } catch (error) {
      // go-yaml reads `\'` as an apostrophe; js-yaml refuses it: patch that string and load again
      const patched = !json && attempt < MAX_ESCAPE_PATCHES && error instanceof yaml.YAMLException && error.reason === 'unknown escape sequence'
        ? patchApostrophes(source, error.mark.position)
        : undefined;
      if (patched !== undefined) {
        source = patched;
        continue;
      }
      doc.problems.push(explainFailure(error, text, base, opens));
      return doc;
    }
    break;
  }
  const root = childStack[0]?.[0];
  if (root && root.value !== null && root.value !== undefined) {
    const limit = sawAlias ? checkExpansion(root.value) : undefined;
    if (limit) {
      doc.problems.push({ code: 'limit', messageId: limit, data: {}, start: root.start, end: lineEnd(text, root.start) });
    } else {
      doc.node = root;
    }
  }
  if (hasTab) {
    for (const problem of tabProblems(text, base, base + source.length, { verbatim, plain })) doc.problems.push({ code: 'syntax', ...problem });
  }
  return doc;
}

/** The first character after `from` that is not white space or a comment. */
function firstContent(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '#') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (/\s/.test(ch)) {
      i += 1;
    } else {
      break;
    }
  }
  return i;
}

function lineNumber(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Where a node's own text starts, after its `&anchor` and `!tag` properties. */
function contentStart(source: string, start: number, end: number): number {
  let i = start;
  while (i < end && (source[i] === '&' || source[i] === '!')) {
    while (i < end && !/\s/.test(source[i] as string)) i += 1;
    while (i < end && /\s/.test(source[i] as string)) i += 1;
  }
  return i;
}

function column(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1);
}

function renameKey(object: Record<string, unknown>, from: string, to: string): void {
  if (!Object.hasOwn(object, from)) return;
  Object.defineProperty(object, to, { value: object[from], enumerable: true, writable: true, configurable: true });
  delete object[from];
}

/** Numbers JSON cannot write: kubectl stops with "json: unsupported value: +Inf". */
function notJson(node: YNode): boolean {
  return node.kind === 'scalar' && typeof node.value === 'number' && !Number.isFinite(node.value);
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
