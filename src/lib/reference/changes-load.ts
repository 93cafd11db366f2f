// The change pages' data of this build: each release's changes against the one before, with the
// built-in kinds' reference trees to link fields to (build time only, like load.ts).
import { releaseCatalog } from '../k8s/release-catalog.ts';
import { catalog, kindTree } from './load.ts';
import { releaseChanges, type ReleaseChanges } from './release-changes.ts';

const computed = new Map<string, ReleaseChanges>();

export function changesOf(release: string): ReleaseChanges {
  let changes = computed.get(release);
  if (!changes) {
    changes = releaseChanges(releaseCatalog, release, catalog.map((kind) => ({ slug: kind.slug, fields: kindTree(kind).fields })));
    computed.set(release, changes);
  }
  return changes;
}

/** The catalog page of a kind in an API version, when the catalog has one ('event.events.k8s.io'). */
export function kindSlugOf(apiVersion: string, kind: string): string | undefined {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  return catalog.find((entry) => entry.kind === kind && entry.group === group)?.slug;
}
