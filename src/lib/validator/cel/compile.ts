// A rule's expression compiled once (cached by its text): parsed and type-checked against the
// environment, or the reason it does not compile, as the API server refuses such a CRD.
import type { ParseResult } from '@marcbachmann/cel-js';
import { celEnvironment } from './environment.ts';
import { isUnsupportedFunction } from './unsupported.ts';
import { rewriteHas } from './has-rewrite.ts';

/** `unsupported`: the error only says the rule calls a Kubernetes function we do not implement. */
export type Compiled = { ok: true; program: ParseResult } | { ok: false; error: string; unsupported: boolean };

const cache = new Map<string, Compiled>();
const CACHE_SIZE = 2000;

/** `result`: the type the expression must have (bool for a rule, string for a messageExpression). */
export function compileExpression(source: string, result: 'bool' | 'string'): Compiled {
  const key = `${result} ${source}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compile(source, result);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

function compile(written: string, result: 'bool' | 'string'): Compiled {
  if (written.trim() === '') return failed('empty expression');
  const source = rewriteHas(written);
  try {
    const program = celEnvironment().parse(source);
    const checked = program.check();
    if (!checked.valid) return failed(summary(checked.error));
    if (checked.type !== result && checked.type !== 'dyn') return failed(`must evaluate to ${result}, not ${checked.type}`);
    // the engine evaluates the root node without its step function: a neutral root puts the
    // expression under the meter (and its `matches` under the pattern bounds)
    return { ok: true, program: celEnvironment().parse(result === 'bool' ? `true && (${source}\n)` : `"" + (${source}\n)`) };
  } catch (error) {
    return failed(summary(error));
  }
}

function failed(error: string): Compiled {
  return { ok: false, error, unsupported: isUnsupportedFunction(error) };
}

/** The engine's one-line reason (its message repeats the source with a caret under the place). */
export function summary(error: unknown): string {
  if (error && typeof error === 'object' && 'summary' in error && typeof error.summary === 'string') return error.summary;
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
