// The command line's io on Node: files as UTF-8 (anything else refused), the API data read at run time,
// colour only on a terminal without NO_COLOR (https://no-color.org).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApiSchema } from '../../k8s/types.ts';
import type { CliIo } from './io.ts';

/** Bytes to text, refusing what is not UTF-8 (a binary or Latin-1 file) with a clear message. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text (a binary file, or another encoding); save the manifest as UTF-8');
  }
}

/** the API data as JSON text, built into the package's bundle (scripts/pack-cli.mjs) */
declare const KFG_SCHEMA_JSON: string | undefined;

function loadSchema(): ApiSchema | undefined {
  // the package's bundle has the API data built in; from the repository it is read at run time
  // (plain Node cannot import JSON without import attributes)
  if (typeof KFG_SCHEMA_JSON === 'string') return JSON.parse(KFG_SCHEMA_JSON) as ApiSchema;
  const path = fileURLToPath(new URL('../../k8s/generated/schema.json', import.meta.url));
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ApiSchema;
  } catch {
    process.stderr.write('warning: API data not found; schema and API rules are skipped\n');
    return undefined;
  }
}

export const nodeIo: CliIo = {
  readFile: (path) => decodeUtf8(readFileSync(path)),
  readStdin: () => decodeUtf8(readFileSync(0)),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  schema: loadSchema,
  kind: (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isDirectory() ? 'directory' : stat?.isFile() ? 'file' : undefined;
  },
  list: (path) => readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() })),
  writeFile: (path, text) => writeFileSync(path, text),
  cwd: () => process.cwd(),
  get color() {
    return process.stdout.isTTY === true && !process.env['NO_COLOR'];
  },
};
