// A CRD schema's `pattern` is an RE2 regular expression (Go's regexp: linear time, no backreferences).
// It runs here as an ECMAScript RegExp, which backtracks: a hostile or careless pattern such as
// (a+)+$ takes exponential time on a long enough value. So a pattern is only tried on values short
// enough for its worst case, and a pattern that does not translate is not tried at all: an unchecked
// value is better than a false error or a hung page.

/** Longest value tried with a pattern whose repeated groups hold other repetitions (or alternatives). */
const NESTED_LIMIT = 24;
/** Longest value tried with any other pattern (polynomial worst case at most). */
const PLAIN_LIMIT = 4096;

export interface CompiledPattern {
  regexp: RegExp;
  /** the longest value the pattern is tried on */
  limit: number;
}

const cache = new Map<string, CompiledPattern | null>();

/** The pattern as an ECMAScript RegExp (cached), or null when it does not translate. */
export function compiledPattern(pattern: string): CompiledPattern | null {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    compiled = compile(pattern);
    if (cache.size > 2000) cache.clear();
    cache.set(pattern, compiled);
  }
  return compiled;
}

/** true or false, or undefined when the pattern cannot be tried safely on this value. */
export function matchesPattern(pattern: string, value: string): boolean | undefined {
  const compiled = compiledPattern(pattern);
  if (compiled === null || value.length > compiled.limit) return undefined;
  return compiled.regexp.test(value);
}

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z', alpha: 'A-Za-z', ascii: '\\x00-\\x7F', blank: '\\t ', cntrl: '\\x00-\\x1F\\x7F', digit: '0-9',
  graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-\\/:-@\\[-`{-~', space: '\\t\\n\\v\\f\\r ', upper: 'A-Z',
  word: '0-9A-Za-z_', xdigit: '0-9A-Fa-f',
};

function compile(pattern: string): CompiledPattern | null {
  let source = pattern;
  let flags = 'u';
  // RE2's leading flag group; ECMAScript has flags instead
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    if ((leading[1] as string).includes('U')) return null;
    for (const flag of leading[1] as string) if (!flags.includes(flag)) flags += flag;
    source = source.slice(leading[0].length);
  }
  // inline flags elsewhere, named groups (?P<..>), \C, \Q...\E: RE2 only
  if (/\(\?[a-zA-Z]|\\[CQE]/.test(source.replace(/\\\\/g, ''))) return null;
  // \z (end of text) is $ without the m flag
  source = source.replace(/\\z/g, '$').replace(/\\A/g, '^');
  source = source.replace(/\[:(\^?)([a-z]+):\]/g, (whole, negate: string, name: string) => (POSIX[name] && negate === '' ? POSIX[name] : whole));
  let regexp: RegExp;
  try {
    regexp = new RegExp(source, flags);
  } catch {
    // RE2 allows escaping any punctuation (\- \/ outside a class), which unicode mode refuses
    if (/\\[pP]/.test(source)) return null;
    try {
      regexp = new RegExp(source, flags.replace('u', ''));
    } catch {
      return null;
    }
  }
  return { regexp, limit: hasNestedRepetition(source) ? NESTED_LIMIT : PLAIN_LIMIT };
}

/**
 * Whether a repeated group (followed by *, + or {n,}) holds a repetition or an alternative, the shape
 * of every catastrophic backtracking pattern. A group that starts with a literal character and repeats
 * can only restart at that character, so it is safe (the usual DNS-name pattern (\.[a-z0-9]...)*).
 */
function hasNestedRepetition(source: string): boolean {
  const stack: { risky: boolean; start: number }[] = [];
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (c === '[') {
      // skip the class
      for (i += 1; i < source.length && source[i] !== ']'; i += 1) if (source[i] === '\\') i += 1;
      continue;
    }
    if (c === '(') {
      stack.push({ risky: false, start: i });
      continue;
    }
    const top = stack[stack.length - 1];
    if ((c === '*' || c === '+' || c === '{' || c === '|') && top) top.risky = true;
    if (c === ')') {
      const group = stack.pop();
      const next = source[i + 1];
      const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(source.slice(i + 1)) && !/^\{\d+\}/.test(source.slice(i + 1)));
      if (group && repeated && group.risky && !startsWithLiteral(source.slice(group.start + 1, i))) return true;
      const parent = stack[stack.length - 1];
      if (parent && (group?.risky || repeated)) parent.risky = true;
    }
  }
  return false;
}

function startsWithLiteral(body: string): boolean {
  const inner = body.replace(/^\?:/, '');
  // an alternative can restart at the same character ((a|aa)+$ backtracks exponentially)
  if (inner.includes('|')) return false;
  const match = /^(\\[^dDwWsSbBpP]|[^\\[(.|)*+?{^$])/.exec(inner);
  if (!match) return false;
  const after = inner[match[0].length];
  return after !== '*' && after !== '+' && after !== '?' && after !== '{';
}
