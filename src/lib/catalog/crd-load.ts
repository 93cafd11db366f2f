// The bundled-CRD catalog of this build: every content/crd-kinds/<project>/*.yaml joined with the
// bundled projects' generated data. import.meta.glob bundles the files, so this works the same in Astro
// and in Vitest; it reads every project's data, so it is for build-time code only.
import type { BundledCrdProject } from '../k8s/bundled-crds.ts';
import { bundledCrdIndex } from '../k8s/bundled-crd-index.ts';
import { buildCrdCatalog, type CrdCatalogKind } from './crd-catalog.ts';
import type { CrdUpstream } from '../k8s/generate/crd-upstream.ts';
import { kindRules, type KindRules } from './crd-rules.ts';

const files = import.meta.glob<string>('../../../content/crd-kinds/*/*.yaml', { query: '?raw', import: 'default', eager: true });

const data = import.meta.glob<BundledCrdProject>(['../k8s/generated/crds/*.json', '!**/index.json', '!**/*.docs.json', '!**/*.upstream.json'], {
  import: 'default',
  eager: true,
});

/** Every bundled project's data, in the index's order. */
export const bundledProjects: readonly BundledCrdProject[] = bundledCrdIndex.projects.map((source) => {
  const project = Object.entries(data).find(([path]) => path.endsWith(`/${source.id}.json`))?.[1];
  if (!project) throw new Error(`no generated/crds/${source.id}.json`);
  return project;
});

export const crdCatalog: readonly CrdCatalogKind[] = buildCrdCatalog(files, bundledCrdIndex, bundledProjects);

export function findCrdCatalogKind(slug: string): CrdCatalogKind | undefined {
  return crdCatalog.find((kind) => kind.slug === slug);
}

export function bundledProjectOf(id: string): BundledCrdProject {
  const project = bundledProjects.find((p) => p.id === id);
  if (!project) throw new Error(`no bundled project ${id}`);
  return project;
}

const upstreamFiles = import.meta.glob<CrdUpstream>('../k8s/generated/crds/*.upstream.json', { import: 'default', eager: true });

/** What the page of a bundled kind says of its upstream CRD's rules and source (undefined: the project has no extract). */
export function crdKindRules(kind: CrdCatalogKind): KindRules | undefined {
  const upstream = Object.entries(upstreamFiles).find(([path]) => path.endsWith(`/${kind.project.id}.upstream.json`))?.[1];
  return upstream && kindRules(upstream, kind.group, kind.kind, kind.preferredVersion);
}
