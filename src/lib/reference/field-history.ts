// When each field of the reference came, for its "added in 1.NN" badge: the release data's history
// (release-data.ts fieldSince) over the releases with complete data, shown only after the oldest of
// them (every field is "there in 1.27" otherwise). Build time only: it reads every release's data.
import { releaseCatalog } from '../k8s/release-catalog.ts';
import type { FieldHistory } from '../k8s/release-data.ts';
import type { FieldNode } from './field-tree.ts';
import { worthABadge } from './release-changes.ts';

export function addedIn(node: Pick<FieldNode, 'owner' | 'name'>): FieldHistory | undefined {
  const history = releaseCatalog.fieldSince(node.owner, node.name);
  return history && worthABadge(history.since) ? history : undefined;
}
