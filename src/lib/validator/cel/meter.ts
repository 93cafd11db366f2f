// Bounds the work of one evaluation, as the API server's runtime cost limit does: every step of the
// engine's evaluator (each node evaluated, so each iteration of all/exists/map/filter) costs 1, and a
// computed string or list costs its size too (a doubling string or list grows the cost with it). Past
// the limit the evaluation stops with COST_EXCEEDED. The engine has no cost hook of its own, so the
// step function of the one evaluator instance of our environment is wrapped.
//
// It also routes `matches` through the CRD pattern translation (schema/crd-pattern.ts): CEL regular
// expressions are RE2 (linear time), an ECMAScript RegExp backtracks, so a pattern is only tried on
// values short enough for its worst case; otherwise the rule cannot be judged (NOT_JUDGED).
import { matchesPattern } from '../schema/crd-pattern.ts';

/** Thrown (and caught by the evaluator's error values) when the meter runs out. */
export const COST_EXCEEDED = new Error('CEL cost limit exceeded');
/** Thrown when a regular expression cannot be tried safely on a value. */
export const NOT_JUDGED = new Error('CEL rule cannot be judged safely');

export interface Meter {
  used: number;
  limit: number;
  /** set when a regular expression could not be tried safely */
  notJudged: boolean;
}

let current: Meter | undefined;

/** For a library function that cannot judge its input safely (a regular expression on a long value). */
export function notJudged(): never {
  if (current) current.notJudged = true;
  throw NOT_JUDGED;
}

/** Runs `work` with `meter` counting the evaluator's steps. */
export function metered<T>(meter: Meter, work: () => T): T {
  const previous = current;
  current = meter;
  try {
    return work();
  } finally {
    current = previous;
  }
}

interface AstNode {
  op: string;
  args: unknown;
}
interface Evaluator {
  run(ast: AstNode, ctx: unknown): unknown;
}

/** Node kinds that hand out a value that already exists (a variable, a field, an item): no size cost. */
const LOOKUPS = new Set(['id', '.', '.?', '[]', '[?]', 'value']);
/** Characters of a computed string that cost one step. */
const CHARS_PER_STEP = 16;

/** Wraps the step function of the evaluator instance `evaluator`. */
export function meterEvaluator(evaluator: Evaluator): void {
  const step = evaluator.run.bind(evaluator);
  // the hottest function of an evaluation: checks ordered so a number or bool result costs one test
  evaluator.run = (ast, ctx) => {
    const meter = current;
    if (!meter) return step(ast, ctx);
    if (++meter.used > meter.limit) throw COST_EXCEEDED;
    if (ast.op === 'rcall' || ast.op === 'call') {
      if (isMatchesCall(ast)) return safeMatches(ast, ctx, step, meter);
    }
    const result = step(ast, ctx);
    if (typeof result === 'string') {
      if (result.length >= CHARS_PER_STEP && !LOOKUPS.has(ast.op)) meter.used += Math.floor(result.length / CHARS_PER_STEP);
    } else if (typeof result === 'object' && result !== null && !LOOKUPS.has(ast.op)) {
      if (Array.isArray(result)) meter.used += result.length;
      else if (result instanceof Map) meter.used += result.size;
    }
    if (meter.used > meter.limit) throw COST_EXCEEDED;
    return result;
  };
}

function isMatchesCall(ast: AstNode): boolean {
  if (!Array.isArray(ast.args) || ast.args[0] !== 'matches') return false;
  if (ast.op === 'rcall') return Array.isArray(ast.args[2]) && ast.args[2].length === 1;
  return ast.op === 'call' && Array.isArray(ast.args[1]) && ast.args[1].length === 2;
}

function safeMatches(ast: AstNode, ctx: unknown, step: Evaluator['run'], meter: Meter): unknown {
  const args = ast.args as unknown[];
  const [text, pattern] = ast.op === 'rcall'
    ? [step(args[1] as AstNode, ctx), step((args[2] as AstNode[])[0] as AstNode, ctx)]
    : [step((args[1] as AstNode[])[0] as AstNode, ctx), step((args[1] as AstNode[])[1] as AstNode, ctx)];
  // anything else (a Promise, a wrong type) goes the engine's way, which reports it
  if (typeof text !== 'string' || typeof pattern !== 'string') return step(ast, ctx);
  meter.used += Math.floor(text.length / CHARS_PER_STEP);
  return matchesPattern(pattern, text) ?? notJudged();
}
