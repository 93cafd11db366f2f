// The command line's io on Node: files as UTF-8 (anything else refused), the API data read at run time,
// colour only on a terminal without NO_COLOR (https://no-color.org), many files on several threads.
import { fstatSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApiSchema } from '../../k8s/types.ts';
import { createReleaseCatalog, type ReleaseCatalog } from '../../k8s/release-data.ts';
import type { ReleaseDelta } from '../../k8s/release-delta.ts';
import { NEWEST_RELEASE, type Release } from '../../k8s/releases.ts';
import { validateAll } from '../validate.ts';
import { useCelEngineOnDemand } from './cel.ts';
import { os, tty } from './builtins.ts';
import type { CliIo } from './io.ts';
import { unpackSchema, type PackedSchema } from './packed-schema.ts';
import { threadCount, validateInThreads } from './threads.ts';

/** Bytes to text, refusing what is not UTF-8 (a binary or Latin-1 file) with a clear message. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text (a binary file, or another encoding); save the manifest as UTF-8');
  }
}

/** the API data, built into the package's bundle (scripts/pack-cli.mjs) as JSON texts per type */
declare const KFG_SCHEMA: PackedSchema | undefined;
/** the older releases' deltas (generated/releases/), built into the package's bundle as JSON texts */
declare const KFG_RELEASES: Record<string, string> | undefined;

let newest: ApiSchema | undefined | null = null;
let catalog: ReleaseCatalog | undefined | null = null;

function loadNewest(): ApiSchema | undefined {
  if (newest === null) newest = readNewest();
  return newest;
}

function loadDelta(release: string): ReleaseDelta {
  if (typeof KFG_RELEASES === 'object') {
    const text = KFG_RELEASES[release];
    if (text === undefined) throw new Error(`no API data for Kubernetes ${release} in this package`);
    return JSON.parse(text) as ReleaseDelta;
  }
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../k8s/generated/releases/${release}.json`, import.meta.url)), 'utf8')) as ReleaseDelta;
}

/** every release's data, built from the newest on first use; undefined without the newest */
function releaseCatalog(): ReleaseCatalog | undefined {
  if (catalog === null) {
    const schema = loadNewest();
    catalog = schema ? createReleaseCatalog(schema, loadDelta) : undefined;
  }
  return catalog;
}

function loadSchema(release: Release): ApiSchema | undefined {
  return release === NEWEST_RELEASE ? loadNewest() : releaseCatalog()?.releaseSchema(release);
}

function readNewest(): ApiSchema | undefined {
  // the package's bundle has the API data built in, each type parsed when first checked against; from
  // the repository it is read at run time (plain Node cannot import JSON without import attributes)
  if (typeof KFG_SCHEMA === 'object') return unpackSchema(KFG_SCHEMA);
  const path = fileURLToPath(new URL('../../k8s/generated/schema.json', import.meta.url));
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ApiSchema;
  } catch {
    process.stderr.write('warning: API data not found; schema and API rules are skipped\n');
    return undefined;
  }
}

/**
 * Writes all of `text` to a file descriptor synchronously, as process.stdout does for files and pipes on
 * Linux, without loading the stream modules behind process.stdout (about 6 ms of a small file's run).
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return; // the reader is gone (| head): nothing more to say
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1); // a non-blocking pipe is full: wait for its reader
    }
  }
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false; // closed
  }
}

/** the script a check thread runs: the package's bundle itself, or the TypeScript entry in the repository */
const threadScript = (): string | URL => (typeof KFG_SCHEMA === 'object' ? __filename : new URL('./thread-worker.ts', import.meta.url));

// CEL rules are checked with the engine required on first use
useCelEngineOnDemand();

export const nodeIo: CliIo = {
  readFile: (path) => decodeUtf8(readFileSync(path)),
  readStdin: () => decodeUtf8(readFileSync(0)),
  out: (text) => writeAll(1, text),
  err: (text) => writeAll(2, text),
  schema: loadSchema,
  // an older release's check names the release a missing field or version came in (rules use it)
  history: (release) => (release === NEWEST_RELEASE ? undefined : releaseCatalog()),
  kind: (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isDirectory() ? 'directory' : stat?.isFile() ? 'file' : undefined;
  },
  list: (path) => readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() })),
  writeFile: (path, text) => writeFileSync(path, text),
  cwd: () => process.cwd(),
  check: (texts, options, release) => {
    // the processors are counted only for a run with text enough for threads
    const threads = threadCount(texts.map((text) => text.length), process.env['KUBE_FIELD_GUIDE_THREADS'], () => os().availableParallelism());
    return threads > 1 ? validateInThreads(texts, options, release, threads, threadScript()) : validateAll(texts, options);
  },
  get color() {
    // a terminal is a character device: a pipe or a file (CI) is answered without loading node:tty
    return !process.env['NO_COLOR'] && isCharacterDevice(1) && tty().isatty(1);
  },
};
