// Turns the curated bundled-CRD kind files (content/crd-kinds/<project>/<slug>.yaml) into catalog
// entries joined with the bundled projects' generated data: the project, its upstream release and the
// versions it bundles come from the data; a file whose kind, group or version the data lacks fails.
import type { BundledCrdIndex, BundledCrdProject, BundledCrdSource } from '../k8s/bundled-crds.ts';
import { apiVersionOf, parseYamlFile, slugOfPath } from './catalog.ts';
import { crdKindFileSchema, type CrdKindFile } from './schema.ts';

export type CrdProject = Pick<BundledCrdSource, 'id' | 'name' | 'upstream' | 'package' | 'version'>;

export interface CrdCatalogKind extends CrdKindFile {
  /** '<lowercased kind>.<group>': the page slug, never one of a built-in kind's */
  slug: string;
  /** the index's project: id (generated/crds/<id>.json), name, the upstream release it tracks, and the npm package the schema comes from */
  project: CrdProject;
  /** the preferred apiVersion: 'gateway.networking.k8s.io/v1' */
  apiVersion: string;
  /** the other apiVersions the project bundles, sorted */
  otherServed: string[];
}

/** 'content/crd-kinds/gateway-api/httproute.gateway.networking.k8s.io.yaml' -> 'gateway-api' */
export function projectOfPath(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 2] ?? '';
}

/** The slug a bundled kind's file must have: 'httproute.gateway.networking.k8s.io'. */
export const crdSlugOf = (kind: Pick<CrdKindFile, 'kind' | 'group'>): string => `${kind.kind.toLowerCase()}.${kind.group}`;

/** Parses and checks one file; the error names the file and the field. */
export function parseCrdKindFile(path: string, text: string): CrdKindFile {
  return parseYamlFile(crdKindFileSchema, 'bundled CRD kind file', path, text);
}

/**
 * Catalog entries for raw files keyed by path, in the index's project order, then by kind name.
 * `projects` is every project's data of the index (its kinds are enough).
 */
export function buildCrdCatalog(
  files: Record<string, string>,
  index: BundledCrdIndex,
  projects: readonly Pick<BundledCrdProject, 'id' | 'kinds'>[],
): CrdCatalogKind[] {
  const order = index.projects.map((p) => p.id);
  const kinds = Object.entries(files).map(([path, text]): CrdCatalogKind => {
    const data = parseCrdKindFile(path, text);
    const id = projectOfPath(path);
    const source = index.projects.find((p) => p.id === id);
    const project = projects.find((p) => p.id === id);
    if (!source || !project) throw new Error(`${path}: no bundled project ${id} (generated/crds/index.json)`);
    const slug = slugOfPath(path);
    if (slug !== crdSlugOf(data)) throw new Error(`${path}: the file of ${data.group} ${data.kind} is named ${crdSlugOf(data)}.yaml`);
    if (!source.groups.includes(data.group)) throw new Error(`${path}: ${source.name} has no group ${data.group}`);
    const apiVersion = apiVersionOf(data.group, data.preferredVersion);
    const served = project.kinds.filter((k) => k.kind === data.kind && k.group === data.group).map((k) => k.apiVersion);
    if (!served.includes(apiVersion)) throw new Error(`${path}: ${source.name}'s bundled data has no ${apiVersion} ${data.kind}`);
    return {
      ...data,
      slug,
      project: { id, name: source.name, upstream: source.upstream, package: source.package, version: source.version },
      apiVersion,
      otherServed: served.filter((v) => v !== apiVersion).sort(),
    };
  });
  return kinds.sort(
    (a, b) => order.indexOf(a.project.id) - order.indexOf(b.project.id) || a.kind.localeCompare(b.kind, 'en') || a.group.localeCompare(b.group, 'en'),
  );
}

/** Projects in the index's order with their catalogued kinds; projects with no file are left out. */
export function groupByProject(kinds: readonly CrdCatalogKind[]): Array<{ project: CrdCatalogKind['project']; kinds: CrdCatalogKind[] }> {
  const groups: Array<{ project: CrdCatalogKind['project']; kinds: CrdCatalogKind[] }> = [];
  for (const kind of kinds) {
    const last = groups[groups.length - 1];
    if (last && last.project.id === kind.project.id) last.kinds.push(kind);
    else groups.push({ project: kind.project, kinds: [kind] });
  }
  return groups;
}

/**
 * A bundled kind's name, with its API group when a built-in kind or another bundled one has the same
 * name: the Gateway API's Gateway and Istio's read apart, HTTPRoute stays HTTPRoute.
 */
export function crdDisplayName(kind: CrdCatalogKind, bundled: readonly CrdCatalogKind[], builtIn: readonly { kind: string }[]): string {
  const shared = builtIn.some((other) => other.kind === kind.kind) || bundled.some((other) => other.kind === kind.kind && other.group !== kind.group);
  return shared ? `${kind.kind} (${kind.group})` : kind.kind;
}
