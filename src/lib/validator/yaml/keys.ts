// Mapping keys as js-yaml stores them, and duplicate detection that stays linear on huge mappings.
import type { YNode } from './node.ts';
import { display } from '../display.ts';

/** Whether an explicit key before index i has this name: a scan for small mappings, a Set for big ones. */
const keySets = new WeakMap<YNode[], Set<unknown>>();
export function seenKey(pairs: YNode[], isMergeKey: (i: number) => boolean, i: number, key: string): boolean {
  if (pairs.length <= 32) {
    for (let j = 0; j < i; j += 2) if (!isMergeKey(j) && (pairs[j] as YNode).value === key) return true;
    return false;
  }
  let set = keySets.get(pairs);
  if (!set) keySets.set(pairs, (set = new Set()));
  const seen = set.has(key);
  set.add(key);
  return seen;
}

/** js-yaml's own key conversion (storeMappingPair): String() of the key's value. */
export function keyString(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return '[object Object]';
  if (!Array.isArray(value)) return display(value);
  // Array.prototype.join, as String() on the array would do, but without calling anything the YAML defined
  return value.map((item) => (item === null || item === undefined ? '' : typeof item === 'object' ? '[object Object]' : String(item))).join(',');
}

