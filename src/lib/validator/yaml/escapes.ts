// Escapes in double-quoted strings as go-yaml v2 (scannerc.go, yaml_parser_scan_flow_scalar) reads them.
// js-yaml follows YAML 1.2 and disagrees on three inputs people write:
// - `\'` is an apostrophe for go-yaml; js-yaml stops with "unknown escape sequence". The loader turns each
//   `\'` into `\"` (same length, so every offset holds) and `quotedValue` puts the apostrophes back.
// - `\/` is a slash for js-yaml; go-yaml stops with "found unknown escape character".
// - `\uD83D` (half of a surrogate pair, as JSON writes emoji): js-yaml keeps it, go-yaml refuses it.

export interface EscapeProblem {
  messageId: 'unknown-escape' | 'surrogate-escape';
  data: Record<string, string>;
  start: number;
  end: number;
}

/** Replaces each `\'` of the double-quoted scalar that contains `at` with `\"`; undefined when there is none. */
export function patchApostrophes(source: string, at: number): string | undefined {
  if (source[at] !== "'" || source[at - 1] !== '\\') return undefined;
  let out = `${source.slice(0, at)}"`;
  let i = at + 1;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"') break;
    out += ch;
    if (ch === '\\' && i + 1 < source.length) {
      out += source[i + 1] === "'" ? '"' : source[i + 1];
      i += 2;
      continue;
    }
    i += 1;
  }
  return out + source.slice(i);
}

const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * Checks the escapes of a double-quoted scalar [start, end) of the original text and returns its value
 * with the apostrophes of `\'` restored (js-yaml loaded them as `"`).
 */
export function quotedValue(text: string, start: number, end: number, loaded: string, problems: EscapeProblem[]): string {
  // which of the value's `"` came from `\'`: quotes appear in the value in the order of their escapes
  const apostrophes: number[] = [];
  let quotes = 0;
  for (let i = start + 1; i < end - 1; i += 1) {
    if (text[i] !== '\\') continue;
    const c = text[i + 1] as string;
    const hex = HEX_LENGTH[c];
    if (c === '"') quotes += 1;
    else if (c === "'") apostrophes.push(quotes++);
    else if (c === '/') problems.push({ messageId: 'unknown-escape', data: { escape: '\\/', char: '/' }, start: i, end: i + 2 });
    else if (hex !== undefined) {
      const code = parseInt(text.slice(i + 2, i + 2 + hex), 16);
      if (code === 0x22) quotes += 1;
      if (code >= 0xd800 && code <= 0xdfff) {
        problems.push({ messageId: 'surrogate-escape', data: { escape: text.slice(i, i + 2 + hex) }, start: i, end: i + 2 + hex });
      }
      i += hex;
    }
    i += 1;
  }
  if (apostrophes.length === 0) return loaded;
  let index = 0;
  let next = 0;
  let out = '';
  for (const ch of loaded) {
    if (ch === '"') {
      out += apostrophes[next] === index ? "'" : ch;
      if (apostrophes[next] === index) next += 1;
      index += 1;
    } else {
      out += ch;
    }
  }
  return out;
}
