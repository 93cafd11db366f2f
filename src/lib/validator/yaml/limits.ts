// Bounds on what one input may cost. js-yaml shares aliased values by reference, so a "billion laughs"
// document loads instantly but explodes for anyone who walks it; we count the walk once, memoised by
// identity, and refuse documents that would expand past the bound or that refer to themselves. These
// bounds protect against hostile input everywhere; the size bound is the page's alone.

/** The page's bound on one paste (it passes it as options.maxInputChars); the command line has none. */
export const MAX_INPUT_CHARS = 5 * 1024 * 1024;
/** far above any real manifest (a large CRD has ~20,000 nodes) */
export const MAX_EXPANDED_NODES = 250_000;

export type ExpansionProblem = 'alias-expansion' | 'recursive-alias';

export function checkExpansion(root: unknown): ExpansionProblem | undefined {
  const sizes = new Map<object, number>();
  const inProgress = new Set<object>();
  let problem: ExpansionProblem | undefined;

  const size = (value: unknown): number => {
    if (problem || value === null || typeof value !== 'object') return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    if (inProgress.has(value)) {
      problem = 'recursive-alias';
      return 1;
    }
    inProgress.add(value);
    let total = 1;
    for (const child of Object.values(value)) {
      total += size(child);
      if (total > MAX_EXPANDED_NODES) {
        problem = 'alias-expansion';
        break;
      }
    }
    inProgress.delete(value);
    sizes.set(value, total);
    return total;
  };

  size(root);
  return problem;
}
