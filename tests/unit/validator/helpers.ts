// Shared test helpers: compact views of diagnostics for exact assertions.
import { validate } from '../../../src/lib/validator/index.ts';
import type { Diagnostic, ValidateOptions } from '../../../src/lib/validator/index.ts';

/** `rule@line:column-endLine:endColumn` for each diagnostic, in order. */
export function brief(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.ruleId}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
}

/** Diagnostics of one rule only. */
export function only(ruleId: string, text: string, options: ValidateOptions = {}): Diagnostic[] {
  return validate(text, options).diagnostics.filter((d) => d.ruleId === ruleId);
}

/** Joins lines with \n and a final newline, so YAML in tests reads top to bottom. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The first fix of a diagnostic as `safety label`, or undefined when it has none. */
export function firstFix(d: Diagnostic | undefined): string | undefined {
  const fix = d?.fixes?.[0];
  return fix ? `${fix.safety} ${fix.label}` : undefined;
}
