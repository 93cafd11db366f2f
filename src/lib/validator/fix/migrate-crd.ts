// CustomResourceDefinition apiextensions.k8s.io/v1beta1 -> v1
// (https://kubernetes.io/docs/reference/using-api/deprecation-guide/#customresourcedefinition-v122):
// what v1beta1 kept for every version at the top of spec goes into each of spec.versions (spec.version
// becomes the one version, served and stored): spec.validation as schema, spec.subresources and
// spec.additionalPrinterColumns (JSONPath spelt jsonPath); the conversion webhook's
// webhookClientConfig and conversionReviewVersions go under spec.conversion.webhook, the review versions
// v1beta1 defaulted to [v1beta1] written where they were left out; spec.scope, which v1beta1 defaulted
// to Namespaced and v1 requires, is written. v1beta1 also defaulted spec.preserveUnknownFields to true,
// which v1 refuses: left out, v1 prunes what the schema does not declare, a change of behaviour, so the
// migration is a suggestion and says so; written true, it is left for crd-schema-structural to report.
// The blocks move as text (move-block.ts). Whatever cannot be moved cleanly leaves the CRD without a fix.
import type { TextEdit } from '../types.ts';
import { itemsOf, valueOf, type YNode } from '../yaml/node.ts';
import { addEntry, keyNodeOf, removeEntry } from './yaml-edits.ts';
import { appendTo, columnOf, cutEntry, isFlowValue, joinEdits, lineEnd, movedEntry, valueEnd } from './move-block.ts';

/** the top-level fields v1beta1 applied to every version, and their name in a v1 version */
const PER_VERSION: readonly (readonly [string, string])[] = [['validation', 'schema'], ['subresources', 'subresources'], ['additionalPrinterColumns', 'additionalPrinterColumns']];

export interface CrdMigration {
  edits: TextEdit[];
  /** what moved, `spec.validation -> spec.versions[].schema`, and what was written, for the message */
  changes: string[];
  /** what v1beta1 made of spec.preserveUnknownFields: left out (true, v1 prunes), true (v1 refuses it), false */
  preserveUnknownFields: 'absent' | 'true' | 'false';
}

export function migrateCrd(text: string, node: YNode): CrdMigration | undefined {
  const spec = valueOf(node, 'spec');
  if (!spec || spec.kind !== 'map') return undefined;
  const preserve = valueOf(spec, 'preserveUnknownFields')?.value;
  const result: CrdMigration = { edits: [], changes: [], preserveUnknownFields: preserve === true ? 'true' : preserve === false ? 'false' : 'absent' };
  const flowSpec = isFlowValue(text, spec);
  const moved = PER_VERSION.flatMap(([from, to]) => {
    const key = keyNodeOf(spec, from);
    const value = valueOf(spec, from);
    return key && value ? [{ from, to, key, value }] : [];
  });
  const versionsNode = valueOf(spec, 'versions');
  const versions = versionsNode ? itemsOf(versionsNode) : [];
  // a comment after a moved block goes with it into block lines; into a flow mapping it cannot
  const carryComment = !flowSpec && !(versions[0] && isFlowValue(text, versions[0]));
  for (const { from, to, key, value } of moved) {
    const cut = flowSpec ? flowRemove(text, spec, key, value) : cutEntry(text, key, value, !carryComment);
    if (!cut) return undefined;
    result.edits.push(cut);
    result.changes.push(`spec.${from} -> spec.versions[].${to}`);
  }
  const inner = renameJsonPath(valueOf(spec, 'additionalPrinterColumns'));
  if (inner.length > 0) result.changes.push('JSONPath -> jsonPath');
  const versionKey = keyNodeOf(spec, 'version');
  const version = valueOf(spec, 'version');
  if (versions.length > 0) {
    // v1beta1 refused a per-version field next to the top-level one; nothing to merge them by
    if (versions.some((item) => item.kind !== 'map' || moved.some((m) => valueOf(item, m.to)))) return undefined;
    if (versionKey && version) {
      const cut = flowSpec ? flowRemove(text, spec, versionKey, version) : cutEntry(text, versionKey, version, true);
      if (!cut) return undefined;
      result.edits.push(cut);
    }
    // the first version gets the blocks, the others an alias of each, so the text is written once
    const anchors = moved.map((m) => anchorOf(text, m.value) ?? `crd-${m.to.toLowerCase()}`);
    for (const [index, item] of versions.entries()) {
      const target = appendTo(text, item);
      // block lines cannot go into a flow mapping
      if (target.flow && moved.some((m) => !isFlowValue(text, m.value))) return undefined;
      const entries = moved.map((m, i) => {
        if (index > 0) return `${m.to}: *${anchors[i]}`;
        const entry = movedEntry(text, m.key, m.value, m.to, target.column, { withComment: carryComment, inner });
        return entry !== undefined && versions.length > 1 && !anchorOf(text, m.value) ? entry.replace(':', `: &${anchors[i]}`) : entry;
      });
      if (entries.some((e) => e === undefined)) return undefined;
      if (entries.length > 0) result.edits.push(insertEntries(target, entries as string[]));
      const own = renameJsonPath(valueOf(item, 'additionalPrinterColumns'));
      if (own.length > 0 && inner.length === 0) result.changes.push('JSONPath -> jsonPath');
      result.edits.push(...own);
    }
  } else if (versionKey && version) {
    // the one version: served and stored, with the blocks that applied to it
    const column = columnOf(text, versionKey);
    const name = movedEntry(text, versionKey, version, 'name', column + 2, { withComment: !flowSpec }) as string;
    const blocks = moved.map((m) => movedEntry(text, m.key, m.value, m.to, column + 2, { withComment: !flowSpec, inner }));
    if (blocks.some((b) => b === undefined)) return undefined;
    const replacement = flowSpec
      ? `versions: [{${[name, 'served: true', 'storage: true', ...blocks].join(', ')}}]`
      : `versions:\n${' '.repeat(column)}- ${[name, 'served: true', 'storage: true', ...blocks].join(`\n${' '.repeat(column + 2)}`)}`;
    result.edits.push({ start: versionKey.start, end: flowSpec ? version.end : lineEnd(text, valueEnd(text, version)), text: replacement });
    result.changes.push('spec.version -> spec.versions[0]');
  }
  const conversion = migrateConversion(text, valueOf(spec, 'conversion'));
  if (!conversion) return undefined;
  result.edits.push(...conversion.edits);
  result.changes.push(...conversion.changes);
  if (!valueOf(spec, 'scope')) {
    result.edits.push(addEntry(text, spec, 'scope', 'Namespaced'));
    result.changes.push('spec.scope: Namespaced');
  }
  result.edits = joinEdits(result.edits);
  return result;
}

/** webhookClientConfig and conversionReviewVersions under webhook, as clientConfig and conversionReviewVersions. */
function migrateConversion(text: string, conversion: YNode | undefined): { edits: TextEdit[]; changes: string[] } | undefined {
  const key = conversion ? keyNodeOf(conversion, 'webhookClientConfig') : undefined;
  const value = conversion ? valueOf(conversion, 'webhookClientConfig') : undefined;
  if (!conversion || !key || !value || valueOf(conversion, 'webhook')) return { edits: [], changes: [] };
  const flow = isFlowValue(text, conversion);
  const column = columnOf(text, key);
  const reviewKey = keyNodeOf(conversion, 'conversionReviewVersions');
  const review = valueOf(conversion, 'conversionReviewVersions');
  const client = movedEntry(text, key, value, 'clientConfig', column + 2, { withComment: !flow });
  const versions = reviewKey && review ? movedEntry(text, reviewKey, review, 'conversionReviewVersions', column + 2, { withComment: !flow }) : 'conversionReviewVersions: [v1beta1]';
  if (client === undefined || versions === undefined) return undefined;
  const edits: TextEdit[] = [];
  if (reviewKey && review) {
    const cut = flow ? flowRemove(text, conversion, reviewKey, review) : cutEntry(text, reviewKey, review);
    if (!cut) return undefined;
    edits.push(cut);
  }
  const webhook = flow ? `webhook: {${client}, ${versions}}` : `webhook:\n${' '.repeat(column + 2)}${client}\n${' '.repeat(column + 2)}${versions}`;
  edits.push({ start: key.start, end: flow ? value.end : lineEnd(text, valueEnd(text, value)), text: webhook });
  const changes = ['spec.conversion.webhookClientConfig -> spec.conversion.webhook.clientConfig'];
  changes.push(reviewKey ? 'spec.conversion.conversionReviewVersions -> spec.conversion.webhook.conversionReviewVersions' : 'spec.conversion.webhook.conversionReviewVersions: [v1beta1]');
  return { edits, changes };
}

/** An entry cut out of a flow mapping with one comma, unless a comment sits in what goes (it would go with it). */
function flowRemove(text: string, map: YNode, key: YNode, value: YNode): TextEdit | undefined {
  const edit = removeEntry(text, map, key, value);
  return edit && !text.slice(edit.start, edit.end).includes('#') ? edit : undefined;
}

/** New entries at the end of a mapping: block lines, or `, a, b` before a flow mapping's brace. */
function insertEntries(target: ReturnType<typeof appendTo>, entries: string[]): TextEdit {
  const text = target.flow ? entries.map((e) => `, ${e}`).join('') : entries.map((e) => `${' '.repeat(target.column)}${e}\n`).join('');
  return { start: target.at, end: target.at, text };
}

/** The JSONPath keys of printer columns, spelt jsonPath. */
function renameJsonPath(columns: YNode | undefined): TextEdit[] {
  return (columns ? itemsOf(columns) : []).flatMap((column) => {
    const key = column.kind === 'map' ? keyNodeOf(column, 'JSONPath') : undefined;
    return key && !valueOf(column, 'jsonPath') ? [{ start: key.start, end: key.end, text: 'jsonPath' }] : [];
  });
}

/** The anchor (&name) a node's text starts with. */
function anchorOf(text: string, node: YNode): string | undefined {
  return text[node.start] === '&' ? /^&(\S+)/.exec(text.slice(node.start))?.[1] : undefined;
}
