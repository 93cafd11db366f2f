// Build time only (Node): the bundled projects' CRD data from their @kubernetes-models packages
// (crd-packages.ts), through the built-in kinds' converter: the same ApiKind/ApiType/ApiDocs shape,
// layered on the built-in types (a Rollout's template is the real PodTemplateSpec, by reference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundledCrdIndex, BundledCrdProject, BundledCrdSource } from '../bundled-crds.ts';
import type { ApiDocs, ApiKind, ApiSchema } from '../types.ts';
import { packageRoots } from './build-api-data.ts';
import { Converter } from './convert-types.ts';
import { CRD_PACKAGES, type CrdPackage } from './crd-packages.ts';
import { FormatProbe } from './probe-formats.ts';
import { flattenBases, readCrdDeclarations } from './read-crd-declarations.ts';
import { readDeclarations, readTypeMetaDocs, type DeclaredType } from './read-declarations.ts';
import { readExtract } from './crd-extracts.ts';
import type { CrdExtract } from './extract-crd.ts';
import { mergeCrdExtract, type MergeReport } from './merge-crd-extract.ts';
import { crdFacts, crdUpstream, type CrdUpstream } from './crd-upstream.ts';
import { compileExpression } from '../../validator/cel/compile.ts';
import { loadCelEngine } from '../../validator/cel/environment.ts';

export interface CrdData {
  index: BundledCrdIndex;
  /** upstream: absent for a project whose CRDs were not extracted; report: what the merge could not place */
  projects: Array<{ schema: BundledCrdProject; docs: ApiDocs; upstream?: CrdUpstream; report?: MergeReport }>;
}

function packageRoot(projectRoot: string, name: string): string {
  return join(projectRoot, 'node_modules', ...name.split('/'));
}

/** The installed version of a package: the data says which one it came from. */
export function installedVersion(projectRoot: string, name: string): string {
  return (JSON.parse(readFileSync(join(packageRoot(projectRoot, name), 'package.json'), 'utf8')) as { version: string }).version;
}

/** With the upstream CRDs extracted, exactly the versions they serve; else the package's, less skipVersions. */
function kindsOf(project: CrdPackage, declared: Map<string, DeclaredType>, extract: CrdExtract | undefined): ApiKind[] {
  const served = extract && new Set(extract.crds.flatMap((crd) => crd.versions.filter((v) => v.served).map((v) => `${crd.group}/${v.name}/${crd.kind}`)));
  const kinds: ApiKind[] = [];
  for (const type of declared.values()) {
    if (!type.typeMeta || type.typeMeta.kind.endsWith('List')) continue;
    const { apiVersion, kind } = type.typeMeta;
    const [group = '', version = ''] = apiVersion.split('/');
    if (!project.groups.includes(group) || project.notKinds?.includes(kind)) continue;
    if (served ? !served.has(`${apiVersion}/${kind}`) : project.skipVersions?.includes(version)) continue;
    kinds.push({ kind, group, version, apiVersion, type: type.key });
  }
  return kinds.sort((a, b) => a.group.localeCompare(b.group) || a.kind.localeCompare(b.kind) || a.version.localeCompare(b.version));
}

/** Every bundled project's schema and docs, converted on top of `builtIn` (the release's API data). */
export async function buildCrdData(projectRoot: string, builtIn: ApiSchema): Promise<CrdData> {
  const roots = packageRoots(projectRoot);
  // the built-in declarations, for references into core types, and every package's (cert-manager refers to Gateway API's)
  const declared = readDeclarations(roots);
  const own = new Map<string, Map<string, DeclaredType>>();
  for (const project of CRD_PACKAGES) {
    const types = readCrdDeclarations(packageRoot(projectRoot, project.package));
    own.set(project.id, types);
    for (const [key, type] of types) if (!declared.has(key)) declared.set(key, type);
  }
  flattenBases(declared);
  const known = new Set(Object.keys(builtIn.types));
  const typeMetaDocs = readTypeMetaDocs(roots.base);
  const probe = new FormatProbe();
  // the upstream rules are compiled to tell which call a function the validator lacks
  await loadCelEngine();
  const projects: CrdData['projects'] = [];
  const sources: BundledCrdSource[] = [];
  for (const project of CRD_PACKAGES) {
    const version = installedVersion(projectRoot, project.package);
    if (version !== project.version) throw new Error(`${project.package} ${version} is installed, crd-packages.ts records ${project.version}: check its upstream release`);
    const extract = readExtract(projectRoot, project.id);
    const kinds = kindsOf(project, own.get(project.id)!, extract);
    if (kinds.length === 0) throw new Error(`${project.package}: no kind in ${project.groups.join(', ')}`);
    const converter = new Converter(declared, probe, typeMetaDocs, { known, crd: true });
    await converter.run(kinds.map((kind) => kind.type));
    const schema: BundledCrdProject = { id: project.id, name: project.name, upstream: project.upstream, kinds, types: converter.types };
    const docs = converter.docs;
    let celRules = 0;
    if (!extract) {
      projects.push({ schema, docs });
    } else {
      if (extract.upstream !== project.upstream) throw new Error(`crd-extracts/${project.id}.json is of ${extract.upstream}, crd-packages.ts says ${project.upstream}: run scripts/extract-crds.ts`);
      const bundled = new Set(kinds.map((kind) => `${kind.group}/${kind.kind}/${kind.version}`));
      const report = mergeCrdExtract(schema, docs, extract);
      schema.crds = crdFacts(extract);
      const upstream = crdUpstream(extract, report, bundled, (rule) => {
        const compiled = compileExpression(rule, 'bool');
        return !compiled.ok && compiled.unsupported;
      });
      celRules = upstream.kinds.flatMap((kind) => kind.versions).flatMap((v) => v.rules ?? []).filter((rule) => rule.checked).length;
      projects.push({ schema, docs, upstream, report });
    }
    sources.push({
      id: project.id, name: project.name, package: project.package, version, upstream: project.upstream, groups: project.groups,
      ...(celRules > 0 ? { celRules } : {}),
    });
  }
  return { index: { projects: sources }, projects };
}
