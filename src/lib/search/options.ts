// Pagefind options the search dialog and the query-set test share, so the test measures what
// readers get.

/**
 * Ranking: Pagefind's default page-length normalisation (0.75) buries the long reference pages,
 * where each field is one line among hundreds; 0.3 keeps short guide sections first for prose
 * words while a field name still reaches its own kind's reference page.
 */
export const ranking = { pageLength: 0.3 } as const;

export const pagefindOptions = { ranking } as const;
