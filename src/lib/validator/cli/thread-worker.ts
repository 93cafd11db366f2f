// The script of a check thread when the command line runs from the repository's TypeScript (threads.ts);
// the package's bundle is its own thread script (main.ts).
import { nodeIo } from './node-io.ts';
import { runCheckThread } from './threads.ts';

runCheckThread(nodeIo);
