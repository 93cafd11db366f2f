// check --fix and --fix-dry-run: the fixes of the whole run (fix/apply.ts, every file checked together)
// either go back into the files, or are printed as one unified diff that `git apply -p0` or `patch -p0`
// takes. Either way the report that follows is of the fixed texts: what remains.
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { fixTexts, type FixRun, type FixType } from '../fix/apply.ts';
import type { Lang, ValidateOptions } from '../types.ts';
import type { CliIo } from './io.ts';

interface FixInput {
  file: string;
  text: string;
}

/** The inputs fixed together. */
export function fixInputs(inputs: readonly FixInput[], options: ValidateOptions, type: FixType): FixRun {
  return fixTexts(inputs.map((input) => input.text), options, type);
}

/** The changes of a run as a unified diff, file by file with 3 lines of context; '' when nothing changed. */
export function fixDiff(inputs: readonly FixInput[], run: FixRun): string {
  return inputs.map((input, i) => {
    const after = run.texts[i] as string;
    if (after === input.text) return '';
    return createTwoFilesPatch(input.file, input.file, input.text, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  }).join('');
}

/**
 * Writes the files the fixes changed, saying on standard error how many fixes went into each; false
 * when a file could not be written (named on standard error, like an unreadable input).
 */
export function writeFixed(io: CliIo, inputs: readonly FixInput[], run: FixRun, lang: Lang): boolean {
  let written = true;
  inputs.forEach((input, i) => {
    const after = run.texts[i] as string;
    if (after === input.text) return;
    try {
      if (!io.writeFile) throw new Error('cannot write files here');
      io.writeFile(input.file, after);
      const count = run.applied[i] as number;
      io.err(lang === 'ko' ? `${input.file}: 고친 곳 ${count}개\n` : `${input.file}: ${count} fix${count === 1 ? '' : 'es'} applied\n`);
    } catch (error) {
      io.err(`${input.file}: ${error instanceof Error ? error.message : String(error)}\n`);
      written = false;
    }
  });
  return written;
}
