// The result as the page shows and exports it: diagnostics grouped by document, counts by severity,
// and the Markdown and JSON reports. Pure, so the grouping and the exports are unit-tested.
import type { Diagnostic, DocumentResult, Severity } from '../../lib/validator/index.ts';

export type Counts = Record<Severity, number>;

/** A diagnostic with its sentence in the page's language (formatted in the worker). */
export interface ShownDiagnostic extends Diagnostic {
  message: string;
}

export interface DocumentGroup<D extends Diagnostic = ShownDiagnostic> {
  /** the document, or undefined for diagnostics about the whole input (too large) */
  document: DocumentResult | undefined;
  index: number;
  diagnostics: D[];
  counts: Counts;
}

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

export function countBySeverity(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

/** One group per document, in document order, each with its diagnostics in line order. */
export function groupByDocument<D extends Diagnostic>(documents: readonly DocumentResult[], diagnostics: readonly D[]): DocumentGroup<D>[] {
  const byIndex = new Map<number, D[]>();
  for (const d of diagnostics) {
    const list = byIndex.get(d.document);
    if (list) list.push(d);
    else byIndex.set(d.document, [d]);
  }
  const groups: DocumentGroup<D>[] = documents.map((document) => {
    const list = byIndex.get(document.index) ?? [];
    byIndex.delete(document.index);
    return { document, index: document.index, diagnostics: list, counts: countBySeverity(list) };
  });
  // Diagnostics with no parsed document (the whole input refused) still get a group.
  for (const [index, list] of byIndex) groups.push({ document: undefined, index, diagnostics: list, counts: countBySeverity(list) });
  return groups.sort((a, b) => a.index - b.index);
}

/**
 * The list and the editor show at most this many problems: tens of thousands of rows and marks (a
 * pasted ConfigMap with one key repeated) stall the page for seconds. The copied reports keep all.
 */
export const SHOWN_LIMIT = 200;

export interface ShownGroup<D extends Diagnostic = ShownDiagnostic> extends DocumentGroup<D> {
  /** problems of this document left out of the list; its counts still include them */
  hidden: number;
}

export interface ShownProblems<D extends Diagnostic> {
  groups: ShownGroup<D>[];
  /** the listed problems, in document and line order: what the editor marks */
  diagnostics: D[];
  hidden: number;
  total: number;
}

/** The first `limit` problems in document order; every document keeps its heading and full counts. */
export function firstProblems<D extends Diagnostic>(groups: readonly DocumentGroup<D>[], limit: number): ShownProblems<D> {
  let room = Math.max(0, limit);
  let total = 0;
  const diagnostics: D[] = [];
  const shown = groups.map((group): ShownGroup<D> => {
    const listed = group.diagnostics.slice(0, room);
    room -= listed.length;
    total += group.diagnostics.length;
    diagnostics.push(...listed);
    return { ...group, diagnostics: listed, hidden: group.diagnostics.length - listed.length };
  });
  return { groups: shown, diagnostics, hidden: total - diagnostics.length, total };
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
