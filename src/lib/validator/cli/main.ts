// The package's entry (scripts/pack-cli.mjs bundles it into one file): run the command, exit with its code.
// The bundle is also the script of its check threads (threads.ts), which run their share of the files.
import { nodeIo } from './node-io.ts';
import { runCli } from './run.ts';
import { isCheckThread, runCheckThread } from './threads.ts';

if (isCheckThread()) runCheckThread(nodeIo);
else process.exitCode = runCli(process.argv.slice(2), nodeIo);
