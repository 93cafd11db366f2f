// The result as the page shows and exports it: diagnostics grouped by document, counts by severity,
// and the Markdown and JSON reports. Pure, so the grouping and the exports are unit-tested.
import type { Diagnostic, DocumentResult, Severity } from '../../lib/validator/index.ts';

export type Counts = Record<Severity, number>;

/** A diagnostic with its sentence in the page's language (formatted in the worker). */
export interface ShownDiagnostic extends Diagnostic {
  message: string;
}

export interface DocumentGroup {
  /** the document, or undefined for diagnostics about the whole input (too large) */
  document: DocumentResult | undefined;
  index: number;
  diagnostics: ShownDiagnostic[];
  counts: Counts;
}

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

export function countBySeverity(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

/** One group per document, in document order, each with its diagnostics in line order. */
export function groupByDocument(documents: readonly DocumentResult[], diagnostics: readonly ShownDiagnostic[]): DocumentGroup[] {
  const byIndex = new Map<number, ShownDiagnostic[]>();
  for (const d of diagnostics) {
    const list = byIndex.get(d.document);
    if (list) list.push(d);
    else byIndex.set(d.document, [d]);
  }
  const groups: DocumentGroup[] = documents.map((document) => {
    const list = byIndex.get(document.index) ?? [];
    byIndex.delete(document.index);
    return { document, index: document.index, diagnostics: list, counts: countBySeverity(list) };
  });
  // Diagnostics with no parsed document (the whole input refused) still get a group.
  for (const [index, list] of byIndex) groups.push({ document: undefined, index, diagnostics: list, counts: countBySeverity(list) });
  return groups.sort((a, b) => a.index - b.index);
}

/** 'Deployment web', 'Deployment', or '' when the document has neither kind nor name. */
export function documentLabel(document: DocumentResult | undefined): string {
  if (!document) return '';
  return [document.kind, document.name].filter((part) => part !== '').join(' ');
}

export interface ReportLabels {
  title: string;
  document: string;
  line: string;
  severityHeader: string;
  rule: string;
  message: string;
  noProblems: string;
  severity: Record<Severity, string>;
}

/** Pipes and line breaks would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function markdownReport(groups: readonly DocumentGroup[], labels: ReportLabels): string {
  const total = countBySeverity(groups.flatMap((g) => g.diagnostics));
  const lines = [`# ${labels.title}`, '', severities.map((s) => `${labels.severity[s]}: ${total[s]}`).join(' · '), ''];
  for (const group of groups) {
    const name = documentLabel(group.document);
    lines.push(`## ${labels.document} ${group.index + 1}${name ? ` — ${name}` : ''}`, '');
    if (group.diagnostics.length === 0) {
      lines.push(labels.noProblems, '');
      continue;
    }
    lines.push(`| ${labels.line} | ${labels.severityHeader} | ${labels.rule} | ${labels.message} |`, '| --- | --- | --- | --- |');
    for (const d of group.diagnostics) {
      lines.push(`| ${d.line}:${d.column} | ${labels.severity[d.severity]} | ${d.ruleId} | ${cell(d.message)}${d.fieldPath ? ` (\`${cell(d.fieldPath)}\`)` : ''} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function jsonReport(groups: readonly DocumentGroup[]): string {
  return JSON.stringify({
    counts: countBySeverity(groups.flatMap((g) => g.diagnostics)),
    documents: groups.map((group) => ({
      index: group.index,
      apiVersion: group.document?.apiVersion ?? '',
      kind: group.document?.kind ?? '',
      name: group.document?.name ?? '',
      status: group.document?.status ?? 'error',
      counts: group.counts,
      diagnostics: group.diagnostics.map((d) => ({
        severity: d.severity, ruleId: d.ruleId, category: d.category, message: d.message,
        line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, fieldPath: d.fieldPath,
      })),
    })),
  }, null, 2);
}
