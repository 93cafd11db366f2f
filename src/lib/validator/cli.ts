// Command line for the validator (it and cli/ are the only modules here that may use Node APIs).
//   node --experimental-strip-types src/lib/validator/cli.ts check FILE|FOLDER|GLOB... | - [--format text|json|sarif|github|junit[=FILE]]...
//        [--output FILE] [--lang ko|en] [--no-best-practices] [--disable RULE]... [--max-warnings N] [--config FILE | --no-config]
// Exit codes: 0 no errors (warnings and info allowed), 1 errors found (or more warnings than --max-warnings),
// 2 usage error (an unknown rule id included) or unreadable input.
// The files are checked together: a reference from one file to an object in another resolves, as in
// one paste, while each diagnostic is reported against its own file and line. The work is in cli/:
// args, config, inputs, run, report and formats/.
import { fileURLToPath } from 'node:url';
import { parseCheckArgs, type CheckArgs } from './cli/args.ts';
import { nodeIo } from './cli/node-io.ts';
import { runCli } from './cli/run.ts';

export type { CliIo } from './cli/io.ts';
export { decodeUtf8, nodeIo } from './cli/node-io.ts';
export { runCli } from './cli/run.ts';

/** The options of `check` with the defaults a run without configuration uses. */
export function parseArgs(args: readonly string[]): (CheckArgs & Required<Pick<CheckArgs, 'format' | 'lang' | 'bestPractices'>>) | string {
  const options = parseCheckArgs(args);
  if (typeof options === 'string') return options;
  return { ...options, format: options.format ?? 'text', lang: options.lang ?? 'en', bestPractices: options.bestPractices ?? true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = runCli(process.argv.slice(2), nodeIo);
}
