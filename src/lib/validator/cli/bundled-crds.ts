// The command line's loader of the bundled CRDs (src/lib/k8s/generated/crds/): only the projects the
// inputs name, read synchronously. The package's bundle has each project's JSON text built in
// (scripts/pack-cli.mjs) and parses only those named; from the repository they are read from disk.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectsNamedIn, type BundledCrdIndex, type BundledCrdProject } from '../../k8s/bundled-crds.ts';

/** file name (index, or a project id) -> its JSON text, built into the package's bundle */
declare const KFG_CRDS_JSON: Record<string, string> | undefined;

function dataText(name: string): string {
  if (typeof KFG_CRDS_JSON === 'object') return KFG_CRDS_JSON[name] ?? '';
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
