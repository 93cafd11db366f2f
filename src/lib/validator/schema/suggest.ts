// "Did you mean" for field names: a case-only difference, or a small edit distance.

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.floor(word.length / 4));
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Levenshtein distance, giving up (returning limit + 1) once every row exceeds the limit. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidates within the "did you mean" distance, nearest first (a case-only match alone, when there
 * is one). `clear`: the first is clearly the one meant.
 */
export function candidatesNear(word: string, candidates: Iterable<string>): { names: string[]; clear: boolean } {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 4));
  const near: { name: string; distance: number }[] = [];
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return { names: [candidate], clear: true };
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit) near.push({ name: candidate, distance });
  }
  near.sort((a, b) => a.distance - b.distance);
  // clear: the only one that near, or nearer than the next by two edits or more
  const [first, second] = near;
  return { names: near.map((n) => n.name), clear: first !== undefined && (second === undefined || first.distance + 2 <= second.distance) };
}
