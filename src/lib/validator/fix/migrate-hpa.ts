// HorizontalPodAutoscaler autoscaling/v2beta1 -> autoscaling/v2: every metric source's target moves
// into `target: {type, averageUtilization | averageValue | value}`, metricName (and its selector) into
// `metric: {name, selector}`, and an Object metric's `target` reference becomes `describedObject`
// (https://kubernetes.io/docs/reference/using-api/deprecation-guide/#horizontalpodautoscaler-v125).
// v2beta2 already has the v2 shape. Each field is rewritten on its own lines: the others and their
// comments stay.
import type { TextEdit } from '../types.ts';
import { valueOf, type YNode } from '../yaml/node.ts';
import { scalarEdit } from './make.ts';
import { itemsAt, keyNodeOf, rawOf, removeEntry, replaceEntry } from './yaml-edits.ts';

/** v2beta1 target fields and the v2 target they become */
const TARGETS: Record<string, { type: string; field: string }> = {
  targetAverageUtilization: { type: 'Utilization', field: 'averageUtilization' },
  targetAverageValue: { type: 'AverageValue', field: 'averageValue' },
  targetValue: { type: 'Value', field: 'value' },
};

const SOURCES = ['resource', 'containerResource', 'pods', 'object', 'external'];

export function migrateHpaMetrics(text: string, node: YNode): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const metric of itemsAt(valueOf(node, 'spec'), 'metrics')) {
    for (const name of SOURCES) {
      const source = valueOf(metric, name);
      if (source?.kind === 'map') edits.push(...migrateSource(text, source, name));
    }
  }
  return edits;
}

function migrateSource(text: string, source: YNode, name: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const remove = (key: string): boolean => {
    const keyNode = keyNodeOf(source, key);
    const value = valueOf(source, key);
    if (!keyNode || !value) return true;
    const edit = removeEntry(text, source, keyNode, value);
    if (edit) edits.push(edit);
    return edit !== undefined;
  };
  // an Object metric's `target` was the object it describes; `target` is the value to reach in v2
  const reference = name === 'object' ? keyNodeOf(source, 'target') : undefined;
  if (reference && valueOf(source, 'target')?.kind === 'map') edits.push(scalarEdit(text, reference, 'describedObject'));
  const metricKey = keyNodeOf(source, 'metricName');
  const metricName = valueOf(source, 'metricName');
  if (metricKey && metricName) {
    const selectorKey = name === 'external' ? 'metricSelector' : 'selector';
    const selector = valueOf(source, selectorKey);
    const metric: Record<string, unknown> = { name: rawOf(text, metricName) };
    if (selector && selector.value !== null) {
      metric.selector = selector.value;
      if (!remove(selectorKey)) return [];
    }
    edits.push(replaceEntry(text, metricKey, metricName, 'metric', metric));
  }
  // the first target field becomes `target`; an Object metric's averageValue too
  const fields = name === 'object' ? [...Object.keys(TARGETS), 'averageValue'] : Object.keys(TARGETS);
  let written = false;
  for (const field of fields) {
    const keyNode = keyNodeOf(source, field);
    const value = valueOf(source, field);
    if (!keyNode || !value) continue;
    if (written) {
      if (!remove(field)) return [];
      continue;
    }
    const target = field === 'averageValue' ? { type: 'AverageValue', field: 'averageValue' } : TARGETS[field] as { type: string; field: string };
    edits.push(replaceEntry(text, keyNode, value, 'target', { type: target.type, [target.field]: rawOf(text, value) }));
    written = true;
  }
  return edits;
}
