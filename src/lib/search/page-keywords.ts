// Which search keywords a docs page carries, from its URL: kind pages and reference pages.
// Build time only (DocsLayout); the word lists come from ./keywords.ts.
import { findKind, apiSchema } from '../k8s/api-schema.ts';
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

export function searchKeywordsFor(pathname: string): PageKeywords | undefined {
  const match = /^\/[a-z]{2}\/(kinds|reference)\/([^/]+)\/$/u.exec(pathname);
  if (match === null) return undefined;
  const kind = findCatalogKind(match[2] ?? '');
  if (kind === undefined) return undefined;
  if (match[1] === 'kinds') return { words: kindKeywords(kind), weight: KIND_WEIGHT };
  const served = findKind(kind.apiVersion, kind.kind);
  if (served === undefined) return undefined;
  return { words: fieldKeywords(served.type, apiSchema), weight: FIELD_WEIGHT };
}
