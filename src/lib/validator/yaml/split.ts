// Splits a paste into documents the way Kubernetes' YAML reader does
// (k8s.io/apimachinery/pkg/util/yaml.YAMLReader): a line starting with `---` whose rest is empty or a
// comment separates documents; `--- {a: 1}` is content, not a separator. Offsets are kept, never re-based,
// so every later position still points into the original text (BOM and CRLF included).

export interface Chunk {
  start: number;
  end: number;
}

export function splitDocuments(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  // a leading byte order mark is not content; js-yaml would drop it and shift every offset by one
  let chunkStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineStart = chunkStart;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (text.startsWith('---', lineStart) && isSeparatorRest(text, lineStart + 3, lineEnd)) {
      chunks.push({ start: chunkStart, end: lineStart });
      chunkStart = Math.min(lineEnd + 1, text.length);
    }
    lineStart = lineEnd + 1;
  }
  chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

function isSeparatorRest(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch === 0x09 || ch === 0x0d) continue;
    return ch === 0x23; // '#'
  }
  return true;
}

/** True when the chunk holds only blank lines, comments and document markers. */
export function isBlankChunk(text: string, chunk: Chunk): boolean {
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
