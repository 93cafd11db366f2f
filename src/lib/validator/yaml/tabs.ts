// Tabs that js-yaml (YAML 1.2) lets through and go-yaml v2 refuses (scannerc.go). In block context
// go-yaml skips a tab only where no key may start, so it stops with "found character that cannot start
// any token" at a tab that begins a line (even a blank or comment-only line) or follows `-` or `?`.
// One exception: the blank lines after a plain value belong to that value, and there a tab is only
// refused left of the value's block ("found a tab character that violates indentation").

export interface TabProblem {
  messageId: 'tab-indent' | 'tab-after-indicator';
  data: Record<string, string>;
  start: number;
  end: number;
}

export interface TabContext {
  /** [start, end) pairs of quoted and block scalars and flow collections, where tabs are content */
  verbatim: number[];
  /** [start, end, column] triples of plain values: from that column on, a tab on their lines is a space */
  plain: number[];
}

export function tabProblems(text: string, start: number, end: number, context: TabContext): TabProblem[] {
  const problems: TabProblem[] = [];
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const tab = text.indexOf('\t', lineStart);
    if (tab !== -1 && tab < lineEnd && !isVerbatim(context.verbatim, lineStart)) {
      const problem = lineProblem(text, start, lineStart, lineEnd, context.plain);
      if (problem) problems.push(problem);
    }
    lineStart = lineEnd + 1;
  }
  return problems;
}

function lineProblem(text: string, start: number, lineStart: number, lineEnd: number, plain: number[]): TabProblem | undefined {
  let spaces = lineStart;
  while (spaces < lineEnd && text[spaces] === ' ') spaces += 1;
  if (text[spaces] === '\t') {
    let previous = lineStart - 1;
    while (previous >= start && /\s/.test(text[previous] as string)) previous -= 1;
    const allowedFrom = plainColumn(plain, lineStart, previous + 1);
    if (allowedFrom !== undefined && spaces - lineStart >= allowedFrom) return undefined;
    return { messageId: 'tab-indent', data: {}, start: spaces, end: spaces + 1 };
  }
  const indicator = /^(?:[-?] +)*([-?]) *\t/.exec(text.slice(spaces, lineEnd));
  if (!indicator) return undefined;
  const at = spaces + indicator[0].length - 1;
  return { messageId: 'tab-after-indicator', data: { indicator: indicator[1] as string }, start: at, end: at + 1 };
}

/** The column of the plain value that this line continues or trails (nothing but blank lines between). */
function plainColumn(plain: number[], lineStart: number, previousEnd: number): number | undefined {
  for (let i = 0; i < plain.length; i += 3) {
    const start = plain[i] as number;
    const end = plain[i + 1] as number;
    if (start < lineStart && (lineStart < end || previousEnd === end)) return plain[i + 2];
  }
  return undefined;
}

function isVerbatim(ranges: number[], at: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if ((ranges[i] as number) < at && at < (ranges[i + 1] as number)) return true;
  return false;
}
