// Node's built-in modules that most runs never use, required on first use instead of at start: node:tty
// (which loads node:net and the streams behind it), node:worker_threads and node:os together cost a small
// file's run about 8 ms of CPU before its first check (Node 20, `node -e "require(...)"` against
// `node -e 0`). The package's bundle is CommonJS and has `require`; run from the repository's TypeScript
// (ESM, Node >= 22.18) process.getBuiltinModule gives the same module.
type WorkerThreads = typeof import('node:worker_threads');
type Tty = typeof import('node:tty');
type Os = typeof import('node:os');

export const workerThreads = (): WorkerThreads =>
  typeof require === 'function' ? (require('node:worker_threads') as WorkerThreads) : process.getBuiltinModule('node:worker_threads');

export const tty = (): Tty => (typeof require === 'function' ? (require('node:tty') as Tty) : process.getBuiltinModule('node:tty'));

export const os = (): Os => (typeof require === 'function' ? (require('node:os') as Os) : process.getBuiltinModule('node:os'));
