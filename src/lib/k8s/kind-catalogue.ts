// Which served kinds the curated catalogue (content/kinds/*.yaml) describes,
// and the file each one lives in. Pure: runs at build time and in the browser.
import type { ApiKind, ApiSchema } from './types.ts';

/**
 * Served kinds that get no catalogue page, and why:
 * - *List kinds are response envelopes for list calls, never objects you create.
 * - Scale, Eviction and TokenRequest are bodies of subresources
 *   (deployments/scale, pods/eviction, serviceaccounts/token), not resources;
 *   `kubectl api-resources` does not list them either.
 * The meta types (Status, WatchEvent, DeleteOptions, APIGroup...) are not in the
 * generated kinds at all: the package models them without apiVersion/kind.
 */
const SUBRESOURCE_KINDS = new Set(['autoscaling/Scale', 'policy/Eviction', 'authentication.k8s.io/TokenRequest']);

export function isCatalogued(kind: ApiKind): boolean {
  if (kind.kind.endsWith('List')) return false;
  return !SUBRESOURCE_KINDS.has(`${kind.group}/${kind.kind}`);
}

export interface CatalogueEntry {
  kind: string;
  group: string;
  /** served versions, as in the generated schema */
  versions: string[];
  /** file name under content/kinds/ */
  fileName: string;
}

/**
 * One entry per (group, kind). The file is the lower-case kind name; when two
 * groups serve a kind of the same name (Event: core and events.k8s.io) the
 * non-core one adds its group, the way kubectl spells `events.events.k8s.io`.
 */
export function catalogueEntries(schema: ApiSchema): CatalogueEntry[] {
  const byId = new Map<string, CatalogueEntry>();
  for (const kind of schema.kinds.filter(isCatalogued)) {
    const id = `${kind.group}/${kind.kind}`;
    const entry = byId.get(id);
    if (entry) entry.versions.push(kind.version);
    else byId.set(id, { kind: kind.kind, group: kind.group, versions: [kind.version], fileName: '' });
  }
  const entries = [...byId.values()];
  const groupsPerName = new Map<string, number>();
  for (const e of entries) groupsPerName.set(e.kind, (groupsPerName.get(e.kind) ?? 0) + 1);
  for (const e of entries) {
    const base = e.kind.toLowerCase();
    const shared = (groupsPerName.get(e.kind) ?? 0) > 1 && e.group !== '';
    e.fileName = shared ? `${base}.${e.group}.yaml` : `${base}.yaml`;
  }
  return entries.sort((a, b) => a.fileName.localeCompare(b.fileName));
}
