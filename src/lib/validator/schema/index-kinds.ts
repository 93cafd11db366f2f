// O(1) lookups over the API data, built once per schema object and cached by identity
// (the page re-validates on every keystroke with the same schema).
import type { ApiKind, ApiSchema } from '../../k8s/types.ts';

export interface KindIndex {
  byApiVersionKind: Map<string, ApiKind>;
  byKind: Map<string, ApiKind[]>;
  /** lower-case kind -> kind, for `deployment` -> `Deployment` */
  byLowerKind: Map<string, string>;
}

const cache = new WeakMap<ApiSchema, KindIndex>();

export function indexKinds(schema: ApiSchema): KindIndex {
  const cached = cache.get(schema);
  if (cached) return cached;
  const index: KindIndex = { byApiVersionKind: new Map(), byKind: new Map(), byLowerKind: new Map() };
  for (const kind of schema.kinds) {
    index.byApiVersionKind.set(`${kind.apiVersion} ${kind.kind}`, kind);
    const list = index.byKind.get(kind.kind) ?? [];
    list.push(kind);
    index.byKind.set(kind.kind, list);
    index.byLowerKind.set(kind.kind.toLowerCase(), kind.kind);
  }
  cache.set(schema, index);
  return index;
}

export function findKind(schema: ApiSchema, apiVersion: string, kind: string): ApiKind | undefined {
  return indexKinds(schema).byApiVersionKind.get(`${apiVersion} ${kind}`);
}
