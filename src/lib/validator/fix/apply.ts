// Applying fixes: the chosen fixes' edits, non-overlapping, go into the text from the end backwards, so
// every offset still points where the check found it. A fix can make another problem show (a new
// apiVersion brings its own schema), so fixing is a loop: apply, check again, until nothing is left to
// apply or a bound is reached.
import type { Diagnostic, Fix, FixSafety, TextEdit, ValidateOptions, ValidateResult } from '../types.ts';
import { validateAll } from '../validate.ts';

/** safe: only safe fixes; all: suggestions too (the first, best one of each diagnostic) */
export type FixType = 'safe' | 'all';

/** enough for a migration that unlocks a schema fix that unlocks another; a loop that goes on is a bug */
export const MAX_FIX_PASSES = 10;

const allows = (type: FixType, safety: FixSafety): boolean => type === 'all' || safety === 'safe';

/** The fix to apply for a diagnostic under `type`: its first allowed one. */
export function fixToApply(diagnostic: Diagnostic, type: FixType): Fix | undefined {
  return diagnostic.fixes?.find((fix) => allows(type, fix.safety));
}

/** Two edits collide when their ranges overlap or both insert at the same point (their order is unclear). */
function collide(a: TextEdit, b: TextEdit): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

/**
 * Fixes whose edits collide with none taken before, in the order of the diagnostics (the text's order);
 * a fix left out is tried again on the next pass, against the new text.
 */
export function chooseFixes(fixes: readonly Fix[]): Fix[] {
  const taken: TextEdit[] = [];
  const chosen: Fix[] = [];
  for (const fix of fixes) {
    if (fix.edits.some((edit) => taken.some((other) => collide(edit, other)) || fix.edits.some((e) => e !== edit && collide(e, edit)))) continue;
    taken.push(...fix.edits);
    chosen.push(fix);
  }
  return chosen;
}

/** The text with non-overlapping edits applied; everything outside them is kept as it was. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

export interface FixRun {
  /** the texts after fixing, in the order given */
  texts: string[];
  /** the check of the fixed texts: what remains */
  results: ValidateResult[];
  /** how many fixes were applied, per text */
  applied: number[];
  /** how many times fixes were applied */
  passes: number;
}

/**
 * Applies the fixes of `type` to texts checked together (the files of one command-line run), again and
 * again until a check offers nothing more to apply, a text comes back to an earlier state, or
 * `maxPasses` is reached. Never throws (validateAll does not).
 */
export function fixTexts(inputs: readonly string[], options: ValidateOptions, type: FixType = 'safe', maxPasses = MAX_FIX_PASSES): FixRun {
  const texts = [...inputs];
  const applied = texts.map(() => 0);
  const seen = new Set([texts.join('\u0000')]);
  let results = validateAll(texts, options);
  let passes = 0;
  while (passes < maxPasses) {
    let changed = false;
    const next = texts.map((text, i) => {
      const fixes = (results[i]?.diagnostics ?? []).map((d) => fixToApply(d, type)).filter((fix): fix is Fix => fix !== undefined);
      const chosen = chooseFixes(fixes);
      if (chosen.length === 0) return text;
      const fixed = applyEdits(text, chosen.flatMap((fix) => fix.edits));
      if (fixed === text) return text;
      applied[i] = (applied[i] as number) + chosen.length;
      changed = true;
      return fixed;
    });
    if (!changed) break;
    passes += 1;
    const key = next.join('\u0000');
    texts.splice(0, texts.length, ...next);
    results = validateAll(texts, options);
    if (seen.has(key)) break;
    seen.add(key);
  }
  return { texts, results, applied, passes };
}

/** One text fixed alone (the page's "fix all"). */
export function fixText(text: string, options: ValidateOptions, type: FixType = 'safe', maxPasses = MAX_FIX_PASSES): { text: string; result: ValidateResult; applied: number; passes: number } {
  const run = fixTexts([text], options, type, maxPasses);
  return { text: run.texts[0] as string, result: run.results[0] as ValidateResult, applied: run.applied[0] as number, passes: run.passes };
}
