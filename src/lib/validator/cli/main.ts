// The package's entry (scripts/pack-cli.mjs bundles it into one file): run the command, exit with its code.
import { nodeIo } from './node-io.ts';
import { runCli } from './run.ts';

process.exitCode = runCli(process.argv.slice(2), nodeIo);
