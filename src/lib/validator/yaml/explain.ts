// Turns js-yaml's terse reasons into a closed set of message ids with a position a person can act on.
// js-yaml's mark is where the reader gave up, which is often one line after the mistake (a missing
// colon turns two lines into one multi-line key); here we look back at the text to find the cause.

export interface Explained {
  messageId: string;
  data: Record<string, string | number>;
  start: number;
  end: number;
}

export function explainSyntaxError(text: string, base: number, reason: string, markPos: number, innermostOpen: number): Explained {
  const at = Math.min(base + markPos, text.length);
  const line = lineAt(text, at);
  if (reason.includes('tab characters') || /^[ ]*\t/.test(text.slice(line.start, line.end))) {
    const tab = text.indexOf('\t', line.start);
    const pos = tab !== -1 && tab < line.end ? tab : at;
    return { messageId: 'tab-indent', data: {}, start: pos, end: pos + 1 };
  }
  if (reason.includes('within a double quoted scalar') || reason.includes('within a single quoted scalar')) {
    const quote = reason.includes('double') ? '"' : "'";
    const open = text.indexOf(quote, base + innermostOpen);
    const start = open === -1 || open > at ? at : open;
    return { messageId: 'unterminated-quote', data: { quote }, start, end: lineAt(text, start).end };
  }
  if (reason.includes('flow collection') || reason.includes('within a flow collection')) {
    return { messageId: 'flow-collection', data: {}, start: at, end: Math.max(at, Math.min(line.end, at + 1)) };
  }
  if (reason.startsWith('unidentified alias')) {
    return { messageId: 'unknown-alias', data: { alias: reason.replace(/^unidentified alias "?|"$/g, '') }, ...tokenBefore(text, at, line.start) };
  }
  if (reason === 'unknown escape sequence' && text[at - 1] === '\\') {
    return { messageId: 'unknown-escape', data: { escape: text.slice(at - 1, at + 1), char: text[at] as string }, start: at - 1, end: at + 1 };
  }
  if (reason.includes('tag:yaml.org,2002:binary')) {
    return { messageId: 'invalid-binary', data: {}, ...tagBefore(text, at, line.start) };
  }
  if (reason.includes('colon is missed') || reason.includes('multiline key') || reason.includes('bad indentation') || reason.includes('document separator is expected')) {
    const missing = findMissingColon(text, base, line.start);
    if (missing) return { messageId: 'missing-colon', data: {}, ...missing };
  }
  if (reason.includes('bad indentation') || reason.includes('document separator is expected')) {
    return { messageId: 'bad-indent', data: {}, start: line.contentStart, end: Math.max(line.contentStart, keyEnd(text, line)) };
  }
  return { messageId: 'other', data: { reason }, start: at, end: at };
}

interface Line {
  start: number;
  contentStart: number;
  end: number;
}

function lineAt(text: string, pos: number): Line {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end === -1) end = text.length;
  if (text.charCodeAt(end - 1) === 0x0d) end -= 1;
  let contentStart = start;
  while (contentStart < end && (text[contentStart] === ' ' || text[contentStart] === '\t')) contentStart += 1;
  return { start, contentStart, end };
}

function keyEnd(text: string, line: Line): number {
  const colon = text.indexOf(':', line.contentStart);
  return colon !== -1 && colon < line.end ? colon : line.end;
}

function tokenBefore(text: string, at: number, lineStart: number): { start: number; end: number } {
  let start = at;
  while (start > lineStart && !/\s/.test(text[start - 1] ?? ' ')) start -= 1;
  return { start, end: Math.max(at, start) };
}

/** The `!tag` token that ends at or before `at` on the same line. */
function tagBefore(text: string, at: number, lineStart: number): { start: number; end: number } {
  let start = text.lastIndexOf('!', at - 1);
  if (start < lineStart) return tokenBefore(text, at, lineStart);
  while (start > lineStart && text[start - 1] === '!') start -= 1;
  let end = start;
  while (end < text.length && !/\s/.test(text[end] as string)) end += 1;
  return { start, end };
}

/**
 * A line like `name nginx` above (or at) the failure, with the indentation of its neighbours and no
 * `key:`; js-yaml read it as the start of a multi-line key. Returns the range of that line's text.
 */
function findMissingColon(text: string, base: number, failLineStart: number): { start: number; end: number } | undefined {
  const candidates: Line[] = [lineAt(text, failLineStart)];
  let cursor = failLineStart - 1;
  while (cursor > base && candidates.length < 3) {
    const line = lineAt(text, cursor);
    cursor = line.start - 1;
    const content = text.slice(line.contentStart, line.end);
    if (content === '' || content.startsWith('#')) continue;
    candidates.push(line);
  }
  for (const line of candidates) {
    const raw = text.slice(line.contentStart, line.end);
    const item = /^-\s+/.exec(raw);
    const content = item ? raw.slice(item[0].length) : raw;
    if (!/^[A-Za-z_][\w.\/-]*\s+[^\s:#]/.test(content) || /:(\s|$)/.test(content) || /^["'[{|>&*!]/.test(content)) continue;
    // not the continuation of a multi-line plain value (`description: some\n  more words`)
    if (item || startsKey(text, base, line)) return { start: line.contentStart + (item ? item[0].length : 0), end: line.end };
  }
  return undefined;
}

/** True when the line sits where a key belongs: after a `key:` opener, or level with a `key: value` sibling. */
function startsKey(text: string, base: number, line: Line): boolean {
  let cursor = line.start - 1;
  while (cursor > base) {
    const previous = lineAt(text, cursor);
    cursor = previous.start - 1;
    const content = text.slice(previous.contentStart, previous.end);
    if (content === '' || content.startsWith('#')) continue;
    const indent = line.contentStart - line.start;
    const previousIndent = previous.contentStart - previous.start;
    if (/:\s*(#.*)?$/.test(content)) return previousIndent < indent;
    return previousIndent === indent && /^(-\s+)?[^\s:#][^:#]*:\s/.test(content);
  }
  return true;
}
