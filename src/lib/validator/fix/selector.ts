// Workload selectors written from the Pod template's labels: what the API server defaulted for
// extensions/v1beta1 and apps/v1beta1 workloads, and what apps/v1 requires to be written out
// (https://kubernetes.io/docs/reference/using-api/deprecation-guide/#deployment-v116).
import type { Fix, TextEdit } from '../types.ts';
import { isRecord } from '../resources.ts';
import { descend, entryOf, valueOf, type YNode } from '../yaml/node.ts';
import { addEntry, replaceValue } from './yaml-edits.ts';
import { fixOf, scalarEdit } from './make.ts';

/** The template's labels, when it has any. */
export function templateLabels(node: YNode): Record<string, unknown> | undefined {
  const labels = descend(node, ['spec', 'template', 'metadata', 'labels']);
  return labels.depth === 4 && isRecord(labels.node.value) && Object.keys(labels.node.value).length > 0 ? labels.node.value : undefined;
}

/** spec.selector = {matchLabels: the template's labels}, added or written in place of an empty `selector:`. */
export function selectorFromTemplate(text: string, node: YNode): TextEdit | undefined {
  const labels = templateLabels(node);
  const spec = valueOf(node, 'spec');
  if (!labels || !spec || spec.kind !== 'map') return undefined;
  const selector = { matchLabels: labels };
  const existing = entryOf(spec, 'selector');
  if (!existing) return addEntry(text, spec, 'selector', selector);
  if (existing.value.value !== null) return undefined;
  const key = spec.children?.find((child, i) => i % 2 === 0 && child.value === 'selector') as YNode;
  return replaceValue(text, key, existing.value, selector);
}

/**
 * For a selector that misses the template's labels, the two ways out, neither certain: the selector's
 * matchLabels made the template's labels, or the template given the selector's labels.
 */
export function selectorMismatchFixes(text: string, node: YNode): Fix[] {
  const fixes: Fix[] = [];
  const labels = templateLabels(node);
  const matchLabels = descend(node, ['spec', 'selector', 'matchLabels']);
  const selector = descend(node, ['spec', 'selector']);
  const onlyMatchLabels = isRecord(selector.node.value) && Object.keys(selector.node.value).length === 1;
  if (labels && matchLabels.depth === 3 && matchLabels.node.kind === 'map' && onlyMatchLabels) {
    const key = (selector.node.children ?? []).find((child, i) => i % 2 === 0 && child.value === 'matchLabels') as YNode;
    fixes.push(fixOf('suggestion', 'spec.selector.matchLabels', [replaceValue(text, key, matchLabels.node, labels)]));
  }
  const template = descend(node, ['spec', 'template', 'metadata', 'labels']);
  if (matchLabels.depth === 3 && isRecord(matchLabels.node.value) && template.depth === 4 && template.node.kind === 'map') {
    const edits: TextEdit[] = [];
    for (const [name, wanted] of Object.entries(matchLabels.node.value)) {
      if (typeof wanted !== 'string') return fixes;
      const have = valueOf(template.node, name);
      if (!have) edits.push(addEntry(text, template.node, name, wanted));
      else if (have.value !== wanted) edits.push(scalarEdit(text, have, wanted));
    }
    // several additions at one point are one edit, in order
    const merged = mergeInsertions(edits);
    if (merged.length > 0) fixes.push(fixOf('suggestion', 'spec.template.metadata.labels', merged));
  }
  return fixes;
}

/** Insertions at the same point joined into one edit (a fix's edits must not collide). */
export function mergeInsertions(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const same = out.find((o) => o.start === edit.start && o.end === o.start && edit.end === edit.start);
    if (same) {
      // flow insertions go before the first key: keep the written order
      same.text += edit.text;
    } else out.push({ ...edit });
  }
  return out;
}
