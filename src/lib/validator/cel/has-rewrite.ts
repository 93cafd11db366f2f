// has(e.f) where e is not a plain identifier chain (has(self[0].matches), has(self.rules[i].path)):
// valid CEL, which the API server accepts and Gateway API's CRDs use, but our engine refuses it
// ("has() invalid argument": its macro wants the select chain to start at an identifier). The
// optional field selection `(e).?f.hasValue()` means the same thing — e is evaluated (an error in e
// stays an error), then only f's presence is tested — so such a has() is rewritten to it before
// parsing. Plain chains (has(self.spec.x)) are left for the engine's own macro.

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const PLAIN_CHAIN = /^\s*[A-Za-z_][A-Za-z0-9_]*(\s*\.\??\s*[A-Za-z_][A-Za-z0-9_]*)+\s*$/;
const LAST_SELECT = /^([\s\S]*\S)\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/;

export function rewriteHas(source: string): string {
  if (!source.includes('has')) return source;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const literalEnd = stringLiteralEnd(source, i);
    if (literalEnd > i) {
      out += source.slice(i, literalEnd);
      i = literalEnd;
      continue;
    }
    const call = hasCallAt(source, i);
    if (call) {
      out += rewriteCall(source.slice(call.open + 1, call.close));
      i = call.close + 1;
      continue;
    }
    IDENTIFIER.lastIndex = i;
    const word = IDENTIFIER.exec(source);
    const step = word ? word[0].length : 1;
    out += source.slice(i, i + step);
    i += step;
  }
  return out;
}

function rewriteCall(argument: string): string {
  const inner = rewriteHas(argument);
  const select = LAST_SELECT.exec(inner);
  if (PLAIN_CHAIN.test(inner) || !select) return `has(${inner})`;
  return `(${select[1]}).?${select[2]}.hasValue()`;
}

/** `has(` starting at i (a whole word, not a method `.has(`): the offsets of its parentheses. */
function hasCallAt(source: string, i: number): { open: number; close: number } | undefined {
  if (!source.startsWith('has', i) || /[A-Za-z0-9_.]/.test(source[i - 1] ?? '')) return undefined;
  let open = i + 3;
  while (/\s/.test(source[open] ?? '')) open++;
  if (source[open] !== '(') return undefined;
  let depth = 0;
  for (let j = open; j < source.length; ) {
    const literalEnd = stringLiteralEnd(source, j);
    if (literalEnd > j) {
      j = literalEnd;
      continue;
    }
    const char = source[j];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') {
      depth--;
      if (depth === 0) return char === ')' ? { open, close: j } : undefined;
    }
    j++;
  }
  return undefined;
}

/** The end of a string or bytes literal starting at i ('…', "…", '''…''', """…""", with r/b prefixes), or i. */
function stringLiteralEnd(source: string, i: number): number {
  let start = i;
  let raw = false;
  while (start < i + 2 && /[rRbB]/.test(source[start] ?? '')) {
    if (/[rR]/.test(source[start] as string)) raw = true;
    start++;
  }
  const quote = source[start];
  if (quote !== '"' && quote !== "'") return i;
  const triple = source.startsWith(quote.repeat(3), start);
  const close = triple ? quote.repeat(3) : quote;
  for (let j = start + close.length; j < source.length; j++) {
    if (!raw && source[j] === '\\') {
      j++;
      continue;
    }
    if (!triple && source[j] === '\n') return j;
    if (source.startsWith(close, j)) return j + close.length;
  }
  return source.length;
}
