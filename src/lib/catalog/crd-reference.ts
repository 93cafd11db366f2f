// The field trees of the bundled kinds: each project's types and upstream descriptions layered on the
// release's (a bundled type refers to built-in ones by key: ObjectMeta, PodTemplateSpec, Container),
// through the reference's own tree builder. Reads every project's docs, so build time only.
import { apiSchema } from '../k8s/api-schema.ts';
import docsJson from '../k8s/generated/docs.json';
import type { ApiDocs, ApiSchema, ApiType } from '../k8s/types.ts';
import { buildKindTree, type FieldNode, type KindTree } from '../reference/field-tree.ts';
import type { CrdCatalogKind } from './crd-catalog.ts';
import { bundledProjectOf } from './crd-load.ts';

const builtInDocs = docsJson as ApiDocs;

const projectDocs = import.meta.glob<ApiDocs>('../k8s/generated/crds/*.docs.json', { import: 'default', eager: true });

/** Layers `own` on `base` without copying either (lookups fall through to the release's). */
function layer<T>(base: Record<string, T>, own: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(base) as Record<string, T>, own);
}

const layered = new Map<string, { schema: ApiSchema; docs: ApiDocs }>();

/** The release's schema and docs with one project's on top, built once per project. */
export function layeredData(projectId: string): { schema: ApiSchema; docs: ApiDocs } {
  let data = layered.get(projectId);
  if (data) return data;
  const project = bundledProjectOf(projectId);
  const docs = Object.entries(projectDocs).find(([path]) => path.endsWith(`/${projectId}.docs.json`))?.[1];
  if (!docs) throw new Error(`no generated/crds/${projectId}.docs.json`);
  data = {
    schema: { kubernetesVersion: apiSchema.kubernetesVersion, kinds: apiSchema.kinds, types: layer<ApiType>(apiSchema.types, project.types) },
    docs: { types: layer(builtInDocs.types, docs.types), fields: layer(builtInDocs.fields, docs.fields) },
  };
  layered.set(projectId, data);
  return data;
}

/** The root type of a bundled kind in its preferred version. */
export function crdRootTypeOf(kind: Pick<CrdCatalogKind, 'project' | 'kind' | 'apiVersion' | 'slug'>): string {
  const served = bundledProjectOf(kind.project.id).kinds.find((k) => k.kind === kind.kind && k.apiVersion === kind.apiVersion);
  if (!served) throw new Error(`${kind.slug}: no ${kind.apiVersion} ${kind.kind} in ${kind.project.id}'s bundled data`);
  return served.type;
}

const trees = new Map<string, KindTree>();

/** The field tree of a bundled kind; both language pages share one build. */
export function crdKindTree(kind: CrdCatalogKind): KindTree {
  let tree = trees.get(kind.slug);
  if (!tree) {
    const { schema, docs } = layeredData(kind.project.id);
    tree = buildKindTree(crdRootTypeOf(kind), schema, docs);
    trees.set(kind.slug, tree);
  }
  return tree;
}

/**
 * Whether a bundled kind's field leads to one of the release's own types (ObjectMeta, PodTemplateSpec,
 * Container, ...): the page shows its fields, but search leaves them to the built-in kinds' pages, or
 * a Prometheus would answer imagePullPolicy before the Pod does.
 */
export function builtInTypeField(node: Pick<FieldNode, 'ref'>): boolean {
  return node.ref !== undefined && Object.hasOwn(apiSchema.types, node.ref);
}
