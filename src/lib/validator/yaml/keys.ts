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

/**
 * The key as sigs.k8s.io/yaml writes it into JSON: numbers and booleans as text, infinities and NaN the
 * way go-yaml spells them; anything else (reported as an error) as js-yaml's String().
 */
export function keyString(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return '[object Object]';
  if (!Array.isArray(value)) return display(value);
  // Array.prototype.join, as String() on the array would do, but without calling anything the YAML defined
  return value.map((item) => (item === null || item === undefined ? '' : typeof item === 'object' ? '[object Object]' : String(item))).join(',');
}


/**
 * The pairs of a mapping with `<<` or repeated keys, applied the way go-yaml v2 decodes them: in
 * order, each pair setting its key, so a later key replaces an earlier one, and a `<<` sets every key
 * of its mapping over the keys written above it (keys written below it win); in a `<<` list the first
 * mapping wins. js-yaml lets explicit keys win wherever they stand, so its loaded object is corrected.
 */
export function mergeInOrder(result: Record<string, unknown>, pairs: YNode[], isMergeKey: (i: number) => boolean): YNode[] {
  const winners = new Map<unknown, [YNode, YNode]>();
  const set = (key: YNode, value: YNode, moveToEnd: boolean): void => {
    if (moveToEnd) winners.delete(key.value);
    winners.set(key.value, [key, value]);
  };
  // a failed "is there another key?" attempt can leave one odd node at the end: stop at the last pair
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const value = pairs[i + 1] as YNode;
    if (!isMergeKey(i)) {
      set(pairs[i] as YNode, value, true);
      continue;
    }
    const sources = value.kind === 'seq' ? [...(value.children ?? [])].reverse() : [value];
    for (const source of sources) {
      const merged = source.kind === 'map' ? (source.children ?? []) : [];
      for (let j = 0; j + 1 < merged.length; j += 2) set(merged[j] as YNode, merged[j + 1] as YNode, false);
    }
  }
  const out: YNode[] = [];
  for (const [key, value] of winners.values()) {
    out.push(key, value);
    if (result[key.value as string] !== value.value) {
      Object.defineProperty(result, key.value as string, { value: value.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}
