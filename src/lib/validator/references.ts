// Finding resources of the same paste by kind and name, for the cross-document rules.
// An unset namespace matches any namespace: kubectl puts it wherever the context or -n says.
import type { Resource } from './types.ts';

export type Lookup = 'same-namespace' | 'other-namespace' | 'missing';

export interface Found {
  result: Lookup;
  /** the resource found, when result is not 'missing' */
  target?: Resource;
}

const indexCache = new WeakMap<readonly Resource[], Map<string, Resource[]>>();

function index(resources: readonly Resource[]): Map<string, Resource[]> {
  const cached = indexCache.get(resources);
  if (cached) return cached;
  const byKindName = new Map<string, Resource[]>();
  for (const resource of resources) {
    const key = `${resource.kind}/${resource.name}`;
    const list = byKindName.get(key) ?? [];
    list.push(resource);
    byKindName.set(key, list);
  }
  indexCache.set(resources, byKindName);
  return byKindName;
}

export function findResource(resources: readonly Resource[], from: Resource, kind: string, name: string): Found {
  const candidates = index(resources).get(`${kind}/${name}`) ?? [];
  const same = candidates.find((c) => sameNamespace(c, from));
  if (same) return { result: 'same-namespace', target: same };
  const other = candidates[0];
  return other ? { result: 'other-namespace', target: other } : { result: 'missing' };
}

export function sameNamespace(a: Resource, b: Resource): boolean {
  return a.namespace === '' || b.namespace === '' || a.namespace === b.namespace;
}
