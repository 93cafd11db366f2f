// What the catalog filter matches a query against. Kept apart from the island so the matching is
// unit-tested, and tiny so the island stays a few hundred bytes.

/** Separates the terms in the data attribute; never typed into a query. */
export const TERM_SEPARATOR = '|';

/** All names a reader may type for a kind: kind, plural, short names, Korean name, API group. */
export function searchTermsOf(kind: {
  kind: string;
  plural: string;
  shortNames: readonly string[];
  group: string;
  ko: { name: string };
}): string {
  const terms = [kind.kind, kind.plural, ...kind.shortNames, kind.ko.name, kind.group].filter((term) => term !== '');
  return terms.map((term) => term.toLowerCase()).join(TERM_SEPARATOR);
}

/** Whether a query (any case, surrounding spaces ignored) is part of one of the terms. */
export function matchesQuery(terms: string, query: string): boolean {
  const needle = query.trim().toLowerCase().replaceAll(TERM_SEPARATOR, '');
  return needle === '' || terms.split(TERM_SEPARATOR).some((term) => term.includes(needle));
}
