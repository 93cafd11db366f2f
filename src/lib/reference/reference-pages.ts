// The kinds with a reference page, built-in and bundled, as the routes under /<lang>/reference/<slug>/
// list them: the page itself ([kind].astro) and its descriptions page ([kind]/descriptions.astro).
import { languages, type Lang } from '../../i18n/index.ts';
import { displayName, type CatalogKind } from '../catalog/catalog.ts';
import type { CrdCatalogKind } from '../catalog/crd-catalog.ts';
import { crdDisplayName } from '../catalog/crd-catalog.ts';
import { crdCatalog } from '../catalog/crd-load.ts';
import { crdKindTree } from '../catalog/crd-reference.ts';
import type { KindTree } from './field-tree.ts';
import { catalog, kindTree } from './load.ts';

/** One kind's page: a built-in kind of the catalog or a bundled project's custom resource kind. */
export type ReferenceKind = { kind: CatalogKind; bundled?: undefined } | { bundled: CrdCatalogKind; kind?: undefined };

export function referencePaths(): { params: { lang: Lang; kind: string }; props: ReferenceKind }[] {
  return languages.flatMap((lang) => [
    ...catalog.map((kind) => ({ params: { lang, kind: kind.slug }, props: { kind } })),
    ...crdCatalog.map((bundled) => ({ params: { lang, kind: bundled.slug }, props: { bundled } })),
  ]);
}

export const referenceSlug = (page: ReferenceKind): string => (page.bundled ? page.bundled.slug : page.kind.slug);

export const referenceTree = (page: ReferenceKind): KindTree => (page.bundled ? crdKindTree(page.bundled) : kindTree(page.kind));

export const referenceName = (page: ReferenceKind, lang: Lang): string =>
  (page.bundled ? crdDisplayName(page.bundled, crdCatalog, catalog) : displayName(page.kind, lang));
