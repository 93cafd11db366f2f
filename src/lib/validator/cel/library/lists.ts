// The Kubernetes CEL list library: isSorted, sum, min, max, indexOf, lastIndexOf.
// https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-list-library
import type { Environment } from '@marcbachmann/cel-js';
import { celCompare, celEquals } from './compare.ts';

export function registerLists(env: Environment): void {
  env.registerFunction('list<A>.isSorted(): bool', (list: unknown[]) => list.every((item, i) => i === 0 || celCompare(list[i - 1], item) <= 0));
  env.registerFunction('list<A>.sum(): A', (list: unknown[]) => sum(list));
  env.registerFunction('list<A>.min(): A', (list: unknown[]) => extreme(list, -1, 'min'));
  env.registerFunction('list<A>.max(): A', (list: unknown[]) => extreme(list, 1, 'max'));
  env.registerFunction('list<A>.indexOf(A): int', (list: unknown[], item: unknown) => BigInt(list.findIndex((x) => celEquals(x, item))));
  env.registerFunction('list<A>.lastIndexOf(A): int', (list: unknown[], item: unknown) => {
    for (let i = list.length - 1; i >= 0; i -= 1) if (celEquals(list[i], item)) return BigInt(i);
    return -1n;
  });
}

function sum(list: unknown[]): unknown {
  if (list.length === 0) return 0n;
  if (list.every((item) => typeof item === 'bigint')) {
    const total = (list as bigint[]).reduce((a, b) => a + b, 0n);
    if (total > 9223372036854775807n || total < -9223372036854775808n) throw new Error('int overflow in sum()');
    return total;
  }
  if (list.every((item) => typeof item === 'number')) return (list as number[]).reduce((a, b) => a + b, 0);
  throw new Error('sum() needs a list of numbers of one type');
}

function extreme(list: unknown[], sign: number, name: string): unknown {
  if (list.length === 0) throw new Error(`${name}() called on an empty list`);
  return list.reduce((best, item) => (celCompare(item, best) * sign > 0 ? item : best));
}
