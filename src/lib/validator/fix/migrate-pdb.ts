// PodDisruptionBudget policy/v1beta1 -> policy/v1 changes no field, but one meaning: an empty selector
// ({}) selected no Pods in policy/v1beta1 and selects every Pod in the namespace in policy/v1; a
// selector left out (null) selects none in either (kubernetes#99290, the 1.21 changelog; the v1
// PodDisruptionBudgetSpec.selector docs). Either way the migration cannot tell what the budget was
// meant to protect, so it is only a suggestion, and the message says which case it is.
import type { Resource } from '../types.ts';
import { isRecord } from '../resources.ts';

export type PdbSelectorChange = 'empty' | 'absent';

/** What the selector of a policy/v1beta1 PodDisruptionBudget becomes in policy/v1, when it is not plain. */
export function pdbSelectorChange(resource: Resource): PdbSelectorChange | undefined {
  const spec = resource.value.spec;
  const selector = isRecord(spec) ? spec.selector : undefined;
  if (selector === undefined || selector === null) return 'absent';
  if (!isRecord(selector)) return undefined;
  const { matchLabels, matchExpressions } = selector;
  const noLabels = matchLabels === undefined || matchLabels === null || (isRecord(matchLabels) && Object.keys(matchLabels).length === 0);
  const noExpressions = matchExpressions === undefined || matchExpressions === null || (Array.isArray(matchExpressions) && matchExpressions.length === 0);
  return noLabels && noExpressions ? 'empty' : undefined;
}
