// Workloads moved to apps/v1 keep their behaviour: where a field was left out and the removed version
// defaulted it otherwise than apps/v1 does, the old default is written out. Read from kubernetes/kubernetes
// pkg/apis/{extensions/v1beta1,apps/v1beta1,apps/v1beta2,apps/v1}/defaults.go and the extensions/v1beta1
// DeploymentSpec docs ("set to the max value of int32 ... by default"):
// - extensions/v1beta1 Deployment: revisionHistoryLimit and progressDeadlineSeconds MaxInt32 (keep every
//   old ReplicaSet, no deadline; apps/v1: 10 and 600), and a rolling update's maxSurge and maxUnavailable 1
//   (apps/v1: 25%), only where the strategy is RollingUpdate or left out;
// - extensions/v1beta1 DaemonSet and apps/v1beta1 StatefulSet: updateStrategy.type OnDelete (apps/v1:
//   RollingUpdate);
// - apps/v1beta1 Deployment: revisionHistoryLimit 2 (apps/v1: 10).
// The rest agree with apps/v1 and are not written: replicas 1, podManagementPolicy OrderedReady, a
// DaemonSet's or StatefulSet's revisionHistoryLimit 10, a DaemonSet rolling update's maxUnavailable 1,
// apps/v1beta1 Deployment's 25% and 600 s, and every apps/v1beta2 default.
import type { TextEdit } from '../types.ts';
import { valueOf, type YNode } from '../yaml/node.ts';
import { addEntry, keyNodeOf, replaceValue } from './yaml-edits.ts';
import { mergeInsertions } from './selector.ts';
import type { WrittenDefault } from './make.ts';

/** The largest int32, which the API server reads as "no limit" for these two fields. */
const MAX_INT32 = 2147483647;

interface OldDefaults {
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
  /** spec.strategy.rollingUpdate of a Deployment whose strategy is RollingUpdate (or left out) */
  rollingUpdate?: { maxSurge: number; maxUnavailable: number };
  /** spec.updateStrategy.type of a DaemonSet or StatefulSet */
  updateStrategyType?: string;
}

const OLD_DEFAULTS: Readonly<Record<string, OldDefaults>> = {
  'extensions/v1beta1 Deployment': { revisionHistoryLimit: MAX_INT32, progressDeadlineSeconds: MAX_INT32, rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } },
  'extensions/v1beta1 DaemonSet': { updateStrategyType: 'OnDelete' },
  'apps/v1beta1 Deployment': { revisionHistoryLimit: 2 },
  'apps/v1beta1 StatefulSet': { updateStrategyType: 'OnDelete' },
};

/** What apps/v1 defaults the same fields to, named by their last key. */
const APPS_V1_DEFAULTS: Readonly<Record<string, string | number>> = {
  revisionHistoryLimit: 10, progressDeadlineSeconds: 600, maxSurge: '25%', maxUnavailable: '25%', type: 'RollingUpdate',
};

export interface WrittenDefaults {
  edits: TextEdit[];
  /** in the order written */
  written: WrittenDefault[];
}

/** The edits that write the old defaults of `apiVersion` `kind` that apps/v1 changed, where they were left out. */
export function oldWorkloadDefaults(text: string, node: YNode, apiVersion: string, kind: string): WrittenDefaults {
  const defaults = OLD_DEFAULTS[`${apiVersion} ${kind}`];
  const spec = valueOf(node, 'spec');
  const out: WrittenDefaults = { edits: [], written: [] };
  if (!defaults || !spec || !editableMap(text, spec)) return out;
  const write = (map: YNode, path: string, key: string, value: unknown, shown: Record<string, string | number>): void => {
    const edit = fill(text, map, key, value);
    if (!edit) return;
    out.edits.push(edit);
    for (const [field, v] of Object.entries(shown)) {
      const at = `${path}.${field}`;
      out.written.push({ path: at, value: v, now: APPS_V1_DEFAULTS[at.slice(at.lastIndexOf('.') + 1)] ?? '' });
    }
  };
  for (const field of ['revisionHistoryLimit', 'progressDeadlineSeconds'] as const) {
    const value = defaults[field];
    if (value !== undefined && leftOut(spec, field)) write(spec, 'spec', field, value, { [field]: value });
  }
  if (defaults.rollingUpdate) rollingUpdateDefaults(text, spec, defaults.rollingUpdate, write);
  if (defaults.updateStrategyType) {
    const type = defaults.updateStrategyType;
    const strategy = valueOf(spec, 'updateStrategy');
    if (!strategy || strategy.value === null) write(spec, 'spec', 'updateStrategy', { type }, { 'updateStrategy.type': type });
    // a rollingUpdate without a type was refused with OnDelete (StatefulSet) or meant something else: left alone
    else if (editableMap(text, strategy) && !valueOf(strategy, 'type') && !valueOf(strategy, 'rollingUpdate')) write(strategy, 'spec.updateStrategy', 'type', type, { type });
  }
  return { edits: mergeInsertions(out.edits), written: out.written };
}

type Write = (map: YNode, path: string, key: string, value: unknown, shown: Record<string, string | number>) => void;

/** A Deployment's maxSurge and maxUnavailable, where its strategy is RollingUpdate (written or by default). */
function rollingUpdateDefaults(text: string, spec: YNode, values: { maxSurge: number; maxUnavailable: number }, write: Write): void {
  const strategy = valueOf(spec, 'strategy');
  const both = { 'strategy.rollingUpdate.maxSurge': values.maxSurge, 'strategy.rollingUpdate.maxUnavailable': values.maxUnavailable };
  if (!strategy || strategy.value === null) {
    write(spec, 'spec', 'strategy', { rollingUpdate: values }, both);
    return;
  }
  if (!editableMap(text, strategy)) return;
  const type = valueOf(strategy, 'type');
  if (type && type.value !== 'RollingUpdate') return;
  const rollingUpdate = valueOf(strategy, 'rollingUpdate');
  if (!rollingUpdate || rollingUpdate.value === null) {
    write(strategy, 'spec.strategy', 'rollingUpdate', values, { 'rollingUpdate.maxSurge': values.maxSurge, 'rollingUpdate.maxUnavailable': values.maxUnavailable });
    return;
  }
  if (!editableMap(text, rollingUpdate)) return;
  for (const field of ['maxSurge', 'maxUnavailable'] as const) {
    if (leftOut(rollingUpdate, field)) write(rollingUpdate, 'spec.strategy.rollingUpdate', field, values[field], { [field]: values[field] });
  }
}

/** Absent, or written empty (null), which the API server reads as absent. */
function leftOut(map: YNode, key: string): boolean {
  const value = valueOf(map, key);
  return !value || value.value === null;
}

/** `key: value` added to a mapping, or written in place of `key:` left empty (null). */
function fill(text: string, map: YNode, key: string, value: unknown): TextEdit | undefined {
  const existing = valueOf(map, key);
  if (!existing) return addEntry(text, map, key, value);
  const keyNode = keyNodeOf(map, key);
  return existing.value === null && keyNode ? replaceValue(text, keyNode, existing, value) : undefined;
}

/** A mapping whose own text can take a new entry: not an alias or an anchor (their text is shared). */
function editableMap(text: string, node: YNode): boolean {
  return node.kind === 'map' && text[node.start] !== '*' && text[node.start] !== '&';
}
