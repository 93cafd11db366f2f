// The command line's loader of the bundled CRDs (src/lib/k8s/generated/crds/): only the projects the
// inputs name, read synchronously. The package's bundle has them built in (scripts/pack-cli.mjs): the
// index as JSON text, each project compressed (Brotli, base64: some 70 KB for all nine instead of
// nearly 1 MB that every run would read and scan), unpacked and parsed only when named. From the
// repository they are read from disk.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectsNamedIn, type BundledCrdIndex, type BundledCrdProject } from '../../k8s/bundled-crds.ts';

/** built into the package's bundle: the index's JSON text, and each project's JSON text, Brotli-compressed, in base64 */
declare const KFG_CRDS: { index: string; projects: Record<string, string> } | undefined;

function dataText(name: string): string {
  if (typeof KFG_CRDS === 'object') {
    if (name === 'index') return KFG_CRDS.index;
    const packed = KFG_CRDS.projects[name];
    // the bundle is CommonJS: zlib is loaded only when a project is named
    return packed === undefined ? '' : (require('node:zlib') as typeof import('node:zlib')).brotliDecompressSync(Buffer.from(packed, 'base64')).toString('utf8');
  }
  return readFileSync(fileURLToPath(new URL(`../../k8s/generated/crds/${name}.json`, import.meta.url)), 'utf8');
}

let index: BundledCrdIndex | undefined;
export function bundledCrdIndex(): BundledCrdIndex {
  return index ??= JSON.parse(dataText('index')) as BundledCrdIndex;
}


export function loadBundledCrds(ids: readonly string[]): BundledCrdProject[] {
  return ids.map((id) => JSON.parse(dataText(id)) as BundledCrdProject);
}

/** The projects any of the texts names (the inputs and --crd files of one run), each once. */
export function bundledCrdsFor(texts: readonly string[]): BundledCrdProject[] {
  const named = new Set(texts.flatMap((text) => projectsNamedIn(text, bundledCrdIndex())));
  return loadBundledCrds(bundledCrdIndex().projects.map((p) => p.id).filter((id) => named.has(id)));
}
