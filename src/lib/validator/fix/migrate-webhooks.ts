// admissionregistration.k8s.io/v1beta1 -> v1 webhooks: v1 requires admissionReviewVersions (v1beta1
// defaulted it to [v1beta1], kept so the webhook server still understands the request) and a
// sideEffects of None or NoneOnDryRun (v1beta1 defaulted Unknown, which v1 refuses). None is an
// assumption about the webhook, so a migration that has to write it is only a suggestion. v1 also changed
// three defaults (failurePolicy Ignore -> Fail, matchPolicy Exact -> Equivalent, timeoutSeconds 30 -> 10):
// where they were left out, the v1beta1 values are written, so the webhook behaves as it did, and named.
// (https://kubernetes.io/docs/reference/using-api/deprecation-guide/#webhook-resources-v122)
import type { TextEdit } from '../types.ts';
import { valueOf, type YNode } from '../yaml/node.ts';
import { addEntry, itemsAt } from './yaml-edits.ts';
import { mergeInsertions } from './selector.ts';
import type { WrittenDefault } from './make.ts';

/** what v1beta1 defaulted, and what v1 defaults instead */
const V1BETA1_DEFAULTS: Record<string, readonly [string | number, string | number]> = {
  failurePolicy: ['Ignore', 'Fail'], matchPolicy: ['Exact', 'Equivalent'], timeoutSeconds: [30, 10],
};

export function migrateWebhooks(text: string, node: YNode): { edits: TextEdit[]; assumed: boolean; written: WrittenDefault[] } {
  const edits: TextEdit[] = [];
  const written: WrittenDefault[] = [];
  let assumed = false;
  for (const [index, webhook] of itemsAt(node, 'webhooks').entries()) {
    if (webhook.kind !== 'map') continue;
    if (!valueOf(webhook, 'admissionReviewVersions')) edits.push(addEntry(text, webhook, 'admissionReviewVersions', ['v1beta1']));
    for (const [field, [value, now]] of Object.entries(V1BETA1_DEFAULTS)) {
      if (valueOf(webhook, field)) continue;
      edits.push(addEntry(text, webhook, field, value));
      written.push({ path: `webhooks[${index}].${field}`, value, now });
    }
    const sideEffects = valueOf(webhook, 'sideEffects');
    if (!sideEffects || sideEffects.value === 'Unknown' || sideEffects.value === 'Some') {
      assumed = true;
      if (!sideEffects) edits.push(addEntry(text, webhook, 'sideEffects', 'None'));
    }
  }
  return { edits: mergeInsertions(edits), assumed, written };
}
