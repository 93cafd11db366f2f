// Pagefind options the search dialog and the query-set test share, so the test measures what
// readers get.

/**
 * Ranking: Pagefind's default page-length normalisation (0.75) buries the long reference pages,
 * where each field is one line among hundreds; 0.2 keeps short guide sections first for prose
 * words while a field name still reaches its own kind's reference page. (0.3 until the bundled
 * custom resources' 172 short kind pages lowered the average length: the Pods guide then fell out
 * of the top five for 파드, behind PodTemplate's pages.)
 */
export const ranking = { pageLength: 0.2 } as const;

export const pagefindOptions = { ranking } as const;
