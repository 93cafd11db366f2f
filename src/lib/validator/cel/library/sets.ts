// The CEL sets extension: sets.contains, sets.equivalent, sets.intersects.
// https://kubernetes.io/docs/reference/using-api/cel/#sets-library
import type { Environment } from '@marcbachmann/cel-js';
import { celEquals } from './compare.ts';

class SetsNamespace {}

const has = (list: unknown[], item: unknown): boolean => list.some((x) => celEquals(x, item));

export function registerSets(env: Environment): void {
  env.registerType('SetsNamespace', SetsNamespace);
  env.registerConstant('sets', 'SetsNamespace', new SetsNamespace());
  env.registerFunction('SetsNamespace.contains(list, list): bool', (_: SetsNamespace, a: unknown[], b: unknown[]) => b.every((item) => has(a, item)));
  env.registerFunction('SetsNamespace.equivalent(list, list): bool', (_: SetsNamespace, a: unknown[], b: unknown[]) =>
    b.every((item) => has(a, item)) && a.every((item) => has(b, item)));
  env.registerFunction('SetsNamespace.intersects(list, list): bool', (_: SetsNamespace, a: unknown[], b: unknown[]) => a.some((item) => has(b, item)));
}
