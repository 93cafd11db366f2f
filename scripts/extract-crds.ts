// Extracts what the bundled projects' CRD YAML says and their npm packages do not (scope, names,
// served/deprecated versions, CEL rules, defaults, list types: src/lib/k8s/generate/extract-crd.ts)
// into src/lib/k8s/generate/crd-extracts/<id>.json, the committed input of `npm run gen:k8s`.
// Needs local git mirrors of the upstream repositories (no network here): <mirror>/<owner>+<name>/repo,
// each read at the release tag crd-packages.ts names (`git show TAG:path`); CI and `gen:k8s` read only
// the committed extracts.
//   node scripts/extract-crds.ts [--mirror /work/.mirror] [--project gateway-api]...
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { CRD_PACKAGES } from '../src/lib/k8s/generate/crd-packages.ts';
import { extractCrd, type CrdExtract, type ExtractSource } from '../src/lib/k8s/generate/extract-crd.ts';
import { serializeExtract } from '../src/lib/k8s/generate/crd-extracts.ts';

const { values } = parseArgs({
  options: {
    mirror: { type: 'string', default: '/work/.mirror' },
    project: { type: 'string', multiple: true },
  },
});
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(projectRoot, 'src', 'lib', 'k8s', 'generate', 'crd-extracts');
const mirror = values.mirror;

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** The CRD files of one path at ref: the file itself, or a folder's *.yaml (not recursive). */
function filesAt(dir: string, ref: string, path: string): string[] {
  const type = git(dir, 'cat-file', '-t', `${ref}:${path}`).trim();
  if (type === 'blob') return [path];
  return git(dir, 'ls-tree', '--name-only', `${ref}:${path}`).split('\n')
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml')).sort().map((name) => `${path}/${name}`);
}

const wanted = new Set(values.project ?? CRD_PACKAGES.map((project) => project.id));
mkdirSync(outDir, { recursive: true });
for (const project of CRD_PACKAGES) {
  if (!wanted.has(project.id)) continue;
  const extract: CrdExtract = { project: project.id, upstream: project.upstream, sources: [], crds: [] };
  for (const files of project.crdFiles) {
    const dir = join(mirror, files.repo.replace('/', '+'), 'repo');
    if (!existsSync(dir)) throw new Error(`${project.id}: no mirror of ${files.repo} at ${dir}`);
    const commit = git(dir, 'rev-parse', `${files.ref}^{commit}`).trim();
    for (const path of files.paths.flatMap((p) => filesAt(dir, files.ref, p))) {
      const source: ExtractSource = { repo: files.repo, ref: files.ref, commit, path, blob: git(dir, 'rev-parse', `${files.ref}:${path}`).trim() };
      const docs = yaml.loadAll(git(dir, 'show', `${files.ref}:${path}`));
      const crds = docs.map((doc) => extractCrd(doc, extract.sources.length))
        .filter((crd) => crd !== undefined && project.groups.includes(crd.group));
      if (crds.length === 0) continue;
      extract.sources.push(source);
      for (const crd of crds) if (crd) extract.crds.push(crd);
    }
  }
  if (extract.crds.length === 0) throw new Error(`${project.id}: no CRD of ${project.groups.join(', ')} found`);
  extract.crds.sort((a, b) => a.group.localeCompare(b.group) || a.kind.localeCompare(b.kind));
  const text = serializeExtract(extract);
  writeFileSync(join(outDir, `${project.id}.json`), text);
  const rules = extract.crds.flatMap((crd) => crd.versions).flatMap((v) => v.nodes ?? []).reduce((n, node) => n + (node.rules?.length ?? 0), 0);
  console.log(`crd-extracts/${project.id}.json: ${extract.crds.length} CRDs, ${rules} CEL rules in served versions, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`);
}
