// When each field of the reference came and went, for its "added in 1.NN" and "removed in 1.NN"
// badges: the release data's history (release-data.ts fieldSince) over the releases with complete
// data, "added" shown only after the oldest of them (every field is "there in 1.27" otherwise).
// Build time only: it reads every release's data.
import { releaseCatalog } from '../k8s/release-catalog.ts';
import type { FieldHistory } from '../k8s/release-data.ts';
import { NEWEST_RELEASE, RELEASE_DATA } from '../k8s/releases.ts';
import type { ApiShape } from '../k8s/types.ts';
import type { FieldNode } from './field-tree.ts';
import { worthABadge } from './release-changes.ts';

export function addedIn(node: Pick<FieldNode, 'owner' | 'name'>): FieldHistory | undefined {
  const history = releaseCatalog.fieldSince(node.owner, node.name);
  return history && worthABadge(history.since) ? history : undefined;
}

/** A field an older release's type has and the newest release's does not. */
export interface RemovedField {
  name: string;
  /** its shape in the last release with complete data that had it */
  shape: ApiShape;
  since: string;
  earliest: string;
  /** the last release with complete data that has it */
  lastIn: string;
  /** the first release with complete data that lacks it again */
  removedIn: string;
  /** the earliest release it may have gone in: removedIn, or earlier where the releases between have partial data */
  removedEarliest: string;
}

const complete = RELEASE_DATA.filter((data) => data.source !== null && data.complete).map((data) => data.release);
const removedByType = new Map<string, RemovedField[]>();

/** The fields of a type that an older release with complete data had and the newest lacks, in name order. */
export function removedFields(typeKey: string): readonly RemovedField[] {
  const cached = removedByType.get(typeKey);
  if (cached) return cached;
  const newest = releaseCatalog.releaseSchema(NEWEST_RELEASE)?.types[typeKey]?.fields ?? {};
  const names = new Set<string>();
  for (const release of complete) {
    for (const name of Object.keys(releaseCatalog.releaseSchema(release)?.types[typeKey]?.fields ?? {})) if (!(name in newest)) names.add(name);
  }
  const found: RemovedField[] = [];
  for (const name of [...names].sort()) {
    const history = releaseCatalog.fieldSince(typeKey, name);
    if (!history?.removedIn) continue;
    const lastIn = complete[complete.indexOf(history.removedIn) - 1] as string;
    const shape = releaseCatalog.releaseSchema(lastIn)?.types[typeKey]?.fields[name]?.shape;
    if (!shape) continue;
    const afterLast = RELEASE_DATA[RELEASE_DATA.findIndex((data) => data.release === lastIn) + 1]?.release ?? history.removedIn;
    found.push({ name, shape, since: history.since, earliest: history.earliest, lastIn, removedIn: history.removedIn, removedEarliest: afterLast });
  }
  removedByType.set(typeKey, found);
  return found;
}
