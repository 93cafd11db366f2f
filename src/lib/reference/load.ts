// The reference data of this build: field trees per kind slug (built once, on first use) and the
// curated notes. Imports docs.json, so it is for build-time code only, never a browser script.
import { catalog } from '../catalog/load.ts';
import type { CatalogKind } from '../catalog/catalog.ts';
import { apiSchema } from '../k8s/api-schema.ts';
import docsJson from '../k8s/generated/docs.json';
import type { ApiDocs } from '../k8s/types.ts';
import { buildKindTree, type KindTree } from './field-tree.ts';
import { indexNotes, parseNotesFiles, type NotesIndex } from './notes.ts';

const docs = docsJson as ApiDocs;

const noteFiles = import.meta.glob<string>('../../../content/fields/*.yaml', { query: '?raw', import: 'default', eager: true });

export const fieldNotes: NotesIndex = indexNotes(parseNotesFiles(noteFiles));

/** The schema type a kind page documents: the kind in its preferred apiVersion. */
export function rootTypeOf(kind: Pick<CatalogKind, 'kind' | 'apiVersion' | 'slug'>): string {
  const served = apiSchema.kinds.find((k) => k.kind === kind.kind && k.apiVersion === kind.apiVersion);
  if (!served) throw new Error(`${kind.slug}: no ${kind.apiVersion} ${kind.kind} in the generated schema`);
  return served.type;
}

const trees = new Map<string, KindTree>();

/** The field tree of a catalog kind; both language pages share one build. */
export function kindTree(kind: CatalogKind): KindTree {
  let tree = trees.get(kind.slug);
  if (!tree) {
    tree = buildKindTree(rootTypeOf(kind), apiSchema, docs);
    trees.set(kind.slug, tree);
  }
  return tree;
}

export { catalog };
