// Splits a paste into documents the way kubectl reads a stream: k8s.io/apimachinery/pkg/util/yaml.YAMLReader
// cuts at every line that starts with `---`, and refuses one whose rest is neither empty nor a comment
// ("invalid Yaml document separator": `--- {a: 1}`, `----`); go-yaml then reads one document from each
// piece and stops at a `...` document end marker, so the text after it, up to the next `---`, is never
// read. Offsets are kept, never re-based, so every later position still points into the original text
// (BOM and CRLF included).

export interface Chunk {
  start: number;
  end: number;
  /** the `---` line in front of this chunk when kubectl refuses it as a separator (its rest is content) */
  badSeparator?: { start: number; end: number; rest: string };
  /** a `...` line that ends the document early, and where the text that kubectl never reads starts */
  endMarker?: { start: number; end: number; ignored: number };
}

export function splitDocuments(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  // a leading byte order mark is not content; js-yaml would drop it and shift every offset by one
  let chunk: Chunk = { start: text.charCodeAt(0) === 0xfeff ? 1 : 0, end: text.length };
  let lineStart = chunk.start;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (text.startsWith('---', lineStart)) {
      chunks.push(closeChunk(text, chunk, lineStart));
      chunk = { start: Math.min(lineEnd + 1, text.length), end: text.length };
      const rest = separatorRest(text, lineStart + 3, lineEnd);
      if (rest) chunk.badSeparator = { start: lineStart, end: trimEnd(text, lineStart, lineEnd), rest };
    } else if (!chunk.endMarker && text.startsWith('...', lineStart) && isBlankOrEnd(text.charCodeAt(lineStart + 3))) {
      chunk.endMarker = { start: lineStart, end: lineStart + 3, ignored: Math.min(lineEnd + 1, text.length) };
    }
    lineStart = lineEnd + 1;
  }
  chunks.push(closeChunk(text, chunk, text.length));
  return chunks;
}

function closeChunk(text: string, chunk: Chunk, end: number): Chunk {
  chunk.end = end;
  // a marker whose ignored text holds nothing but blank lines and comments changes nothing
  if (chunk.endMarker && isBlankChunk(text, { start: chunk.endMarker.ignored, end })) delete chunk.endMarker;
  return chunk;
}

/** What follows `---` on its line when it is content (not blank, not a comment), as YAMLReader trims it. */
function separatorRest(text: string, from: number, to: number): string {
  const rest = text.slice(from, to).trim();
  return rest === '' || rest.startsWith('#') ? '' : rest;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] as string)) end -= 1;
  return end;
}

function isBlankOrEnd(ch: number): boolean {
  return Number.isNaN(ch) || ch === 0x20 || ch === 0x09 || ch === 0x0d || ch === 0x0a;
}

/**
 * kubectl reads a stream whose first non-space character is `{` with encoding/json instead of go-yaml
 * (YAMLOrJSONDecoder), so JSON's escapes apply there and tabs are plain white space.
 */
export function isJsonStream(text: string): boolean {
  return /^[\s\uFEFF]*\{/.test(text);
}

/** True when the chunk holds only blank lines, comments and document markers. */
export function isBlankChunk(text: string, chunk: Chunk): boolean {
  if (chunk.badSeparator) return false;
  let i = chunk.start;
  while (i < chunk.end) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch === 0x09 || ch === 0x0d || ch === 0x0a) {
      i += 1;
    } else if (ch === 0x23) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 || nl > chunk.end ? chunk.end : nl;
    } else {
      return false;
    }
  }
  return true;
}
