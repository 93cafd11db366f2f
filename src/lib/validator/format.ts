// The edge: sentences and links for a diagnostic, in Korean or English.
import type { CoreDiagnostic, Lang, MessageData, PathSegment } from './types.ts';
import { rules } from './rules/index.ts';
import { internalMessages } from './internal.ts';
import { fillTemplate } from '../i18n/template.ts';
import { messageParts } from './message-parts.ts';

const messagesById = new Map(rules.map((rule) => [rule.id, rule.messages]));

export function formatMessage(diag: Pick<CoreDiagnostic, 'ruleId' | 'messageId' | 'data'>, lang: Lang): string {
  const messages = messagesById.get(diag.ruleId) ?? internalMessages;
  const template = messages[diag.messageId]?.[lang];
  if (!template) return `${diag.ruleId}: ${diag.messageId}`;
  return interpolate(template, diag.data);
}

/** Fills `{name}` and `{name|particle}` (Korean particles chosen by the value's reading). */
export function interpolate(template: string, data: MessageData): string {
  return fillTemplate(template, data);
}

/**
 * A message as plain text for the command line: messages mark code with Markdown backticks, which
 * the page shows as code and a terminal, a CI annotation or a JUnit report would show as stray marks.
 */
export function plainMessage(message: string): string {
  return messageParts(message).map((part) => part.text).join('');
}

export { messageParts };

/** /ko/reference/deployment/#spec.template.spec.containers.image — indices dropped, as the reference lists fields. */
export function referenceLink(diag: Pick<CoreDiagnostic, 'kind' | 'path' | 'reference' | 'referencePage'>, lang: Lang): string | undefined {
  if (!diag.kind) return undefined;
  // located through the API data when it was available; otherwise a careful guess from the path
  const fields = diag.reference ?? referencePath(diag.path);
  return `/${lang}/reference/${diag.referencePage ?? diag.kind.toLowerCase()}/${fields ? `#${fields}` : ''}`;
}

export function ruleLink(diag: Pick<CoreDiagnostic, 'ruleId'>, lang: Lang): string {
  return `/${lang}/validator/rules/#${diag.ruleId}`;
}

/**
 * Without API data, the field path the reference documents: no indices, no List prefix, and it stops at the first key that
 * cannot be a field name (a label key, a ConfigMap data key), since the reference documents the map itself.
 */
function referencePath(path: readonly PathSegment[]): string {
  const fields: string[] = [];
  let rest = path;
  if (rest[0] === 'items' && typeof rest[1] === 'number') rest = rest.slice(2);
  for (const segment of rest) {
    if (typeof segment === 'number') continue;
    if (!/^[a-z][A-Za-z0-9]*$/.test(segment)) break;
    fields.push(segment);
    if (MAP_FIELDS.has(segment)) break;
  }
  return fields.join('.');
}

/** Fields whose keys are data, not field names. */
const MAP_FIELDS = new Set(['labels', 'annotations', 'data', 'binaryData', 'stringData', 'matchLabels', 'selector', 'nodeSelector', 'limits', 'requests', 'capacity', 'hard', 'parameters']);
