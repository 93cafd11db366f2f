// Which search keywords a docs page carries, from its URL: kind pages and reference pages, of built-in
// kinds and of the bundled custom resource kinds. Build time only (DocsLayout); the word lists come from
// ./keywords.ts.
import { findKind, apiSchema } from '../k8s/api-schema.ts';
import { findCrdCatalogKind } from '../catalog/crd-load.ts';
import { crdRootTypeOf, layeredData } from '../catalog/crd-reference.ts';
import { findCatalogKind } from '../catalog/load.ts';
import { fieldKeywords, kindKeywords } from './keywords.ts';

export interface PageKeywords {
  words: string[];
  /** Pagefind weight (default text is 1, h1 is 7) */
  weight: number;
}

/** A kind's own names and field paths at the maximum weight (a short name like sa is a prefix of
 * hundreds of words), because a reference page is
 * long and Pagefind's length normalisation otherwise ranks a field's own kind below short guides. */
const KIND_WEIGHT = 10;
const FIELD_WEIGHT = 10;
/**
 * A bundled kind's names weigh less: they are unique words (smon, HTTPRoute), found at any weight,
 * while at the built-in kinds' weight a prefix (pod: PodMonitor, env: EnvoyFilter) pushed the guide's
 * answers out of the top five.
 */
const BUNDLED_KIND_WEIGHT = 2;
const BUNDLED_FIELD_WEIGHT = 3;

export function searchKeywordsFor(pathname: string): PageKeywords | undefined {
  const match = /^\/[a-z]{2}\/(kinds|reference)\/([^/]+)\/$/u.exec(pathname);
  if (match === null) return undefined;
  const kind = findCatalogKind(match[2] ?? '');
  if (kind === undefined) return bundledKeywordsFor(match[1] === 'kinds' ? 'kinds' : 'reference', match[2] ?? '');
  if (match[1] === 'kinds') return { words: kindKeywords(kind), weight: KIND_WEIGHT };
  const served = findKind(kind.apiVersion, kind.kind);
  if (served === undefined) return undefined;
  return { words: fieldKeywords(served.type, apiSchema), weight: FIELD_WEIGHT };
}

/** A bundled kind's names on its kind page; the paths of its fields under spec on its reference page. */
function bundledKeywordsFor(page: 'kinds' | 'reference', slug: string): PageKeywords | undefined {
  const kind = findCrdCatalogKind(slug);
  if (kind === undefined) return undefined;
  if (page === 'kinds') return { words: kindKeywords({ ...kind, ko: { name: '' } }), weight: BUNDLED_KIND_WEIGHT };
  return { words: fieldKeywords(crdRootTypeOf(kind), layeredData(kind.project.id).schema, false), weight: BUNDLED_FIELD_WEIGHT };
}
