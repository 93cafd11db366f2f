// PriorityLevelConfiguration flowcontrol.apiserver.k8s.io/v1beta1, v1beta2 and v1beta3 -> v1
// (https://kubernetes.io/docs/reference/using-api/deprecation-guide/#flowcontrol-resources-v129,
// #flowcontrol-resources-v132): spec.limited.assuredConcurrencyShares (v1beta1, v1beta2) is called
// nominalConcurrencyShares from v1beta3 on, and where the betas turned an explicit 0 into the default 30,
// v1 keeps the 0 (a level with no nominal share, which only borrows): a 0 is written as 30, what the
// cluster did with it. FlowSchema did not change.
import type { TextEdit } from '../types.ts';
import { valueOf, type YNode } from '../yaml/node.ts';
import { scalarEdit, scalarStart } from './make.ts';
import { keyNodeOf } from './yaml-edits.ts';

const DEFAULT_SHARES = 30;

export function migratePriorityLevel(text: string, node: YNode): TextEdit[] {
  const spec = valueOf(node, 'spec');
  const limited = spec ? valueOf(spec, 'limited') : undefined;
  if (!limited || limited.kind !== 'map') return [];
  const edits: TextEdit[] = [];
  for (const name of ['assuredConcurrencyShares', 'nominalConcurrencyShares']) {
    const key = keyNodeOf(limited, name);
    const value = valueOf(limited, name);
    if (!key || !value) continue;
    if (name !== 'nominalConcurrencyShares' && !valueOf(limited, 'nominalConcurrencyShares')) edits.push(scalarEdit(text, key, 'nominalConcurrencyShares'));
    if (value.value === 0) edits.push({ start: scalarStart(text, value), end: value.end, text: String(DEFAULT_SHARES) });
  }
  return edits;
}
