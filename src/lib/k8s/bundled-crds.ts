// The bundled CRDs of popular projects (src/lib/k8s/generated/crds/, npm run gen:k8s): the shape of
// the data and the cheap scan that tells which projects an input needs. Pure, and no JSON import (plain
// Node cannot import JSON without attributes): the page's worker and the command line load the index
// and the projects' files themselves, each its own way (bundled-crd-index.ts for bundlers).
import type { ApiDocs, ApiKind, ApiType } from './types.ts';

/** One project's schema data: its kinds and their types, in the built-in API data's shape. */
export interface BundledCrdProject {
  /** crds/<id>.json */
  id: string;
  /** the index's name and upstream release, for messages that name where a schema came from */
  name: string;
  upstream: string;
  kinds: ApiKind[];
  /**
   * What the upstream CRD files say of each kind (crd-extracts/, scripts/extract-crds.ts): scope and
   * every version's served and deprecated flags. Absent before a project's CRDs were extracted.
   */
  crds?: BundledCrdFacts[];
  /** type key -> type; refers to the built-in types (io.k8s.api.core.v1.Container) by their keys */
  types: Record<string, ApiType>;
}

export interface BundledCrdFacts {
  group: string;
  kind: string;
  scope: 'Namespaced' | 'Cluster';
  versions: Array<{ name: string; served: boolean; deprecated?: true; deprecationWarning?: string }>;
}

/** What the index says of one project (crd-packages.ts lists them). */
export interface BundledCrdSource {
  /** file name of the project's data: generated/crds/<id>.json */
  id: string;
  name: string;
  package: string;
  version: string;
  /** the upstream release(s) the package's types come from */
  upstream: string;
  groups: string[];
  /** how many CEL rules of the upstream CRDs its data checks: the page's worker loads the CEL engine for such a project */
  celRules?: number;
}

export interface BundledCrdIndex {
  projects: BundledCrdSource[];
}

export type BundledCrdDocs = ApiDocs;

/**
 * The ids of the projects whose groups the text names, in the index's order. A plain substring scan
 * (an apiVersion, a CRD's spec.group, YAML or JSON alike): a group named in a comment only loads a
 * project for nothing, never misses one.
 */
export function projectsNamedIn(text: string, index: BundledCrdIndex): string[] {
  return index.projects.filter((project) => project.groups.some((group) => text.includes(group))).map((project) => project.id);
}
