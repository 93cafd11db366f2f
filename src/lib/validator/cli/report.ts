// One file's result as the command line reports it: sentences in the chosen language, the
// configuration's severity overrides applied, and the problems suppressed in the file kept apart.
// Messages are plain text: the Markdown backticks the page shows as code would be stray marks in a
// terminal, a GitHub annotation, JUnit or SARIF.
import { formatMessage, plainMessage } from '../format.ts';
import type { Diagnostic, DocumentStatus, Lang, Severity, ValidateResult } from '../types.ts';
import { acceptanceSummary, type DocumentAcceptance } from '../release-acceptance.ts';

export interface DiagnosticReport {
  severity: Severity;
  rule: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path: string;
  document: number;
}

export interface DocumentReport {
  index: number;
  apiVersion: string;
  kind: string;
  name: string;
  line: number;
  status: DocumentStatus;
}

export interface FileReport {
  file: string;
  documents: DocumentReport[];
  diagnostics: DiagnosticReport[];
  /** problems an inline comment or an annotation suppressed */
  suppressed: DiagnosticReport[];
  /** --kubernetes-version all: which releases accept each document */
  releases?: DocumentReleasesReport[];
}

/** One document across every release (release-acceptance.ts), as the formats print it. */
export interface DocumentReleasesReport {
  document: number;
  accepted: string[];
  rejected: Array<{ releases: string[]; rule: string; message: string; line: number; column: number; path: string }>;
  unchecked: string[];
  /** the one-line summary in the run's language */
  summary: string;
}

export function releasesReport(documents: readonly DocumentAcceptance[], lang: Lang): DocumentReleasesReport[] {
  return documents.map((acceptance) => ({
    document: acceptance.document,
    accepted: acceptance.accepted,
    rejected: acceptance.rejected.map(({ releases, diagnostic: d }) => ({
      releases, rule: d.ruleId, message: plainMessage(formatMessage(d, lang)), line: d.line, column: d.column, path: d.fieldPath,
    })),
    unchecked: acceptance.unchecked,
    summary: acceptanceSummary(acceptance, lang),
  }));
}

/** What every format gets. */
export interface RunReport {
  files: FileReport[];
  lang: Lang;
  /** the working directory, for paths relative to it (SARIF, GitHub) */
  cwd: string;
  /** ANSI colours (text on a terminal only) */
  color: boolean;
}

export function fileReport(file: string, result: ValidateResult, lang: Lang, severities: ReadonlyMap<string, Severity> = new Map()): FileReport {
  const present = (d: Diagnostic): DiagnosticReport => ({
    severity: severities.get(d.ruleId) ?? d.severity, rule: d.ruleId, message: plainMessage(formatMessage(d, lang)), line: d.line,
    column: d.column, endLine: d.endLine, endColumn: d.endColumn, path: d.fieldPath, document: d.document,
  });
  return {
    file,
    documents: result.documents.map(({ index, apiVersion, kind, name, line, status }) => ({ index, apiVersion, kind, name, line, status })),
    diagnostics: result.diagnostics.map(present),
    suppressed: (result.suppressed ?? []).map(present),
  };
}

export function countBySeverity(files: readonly FileReport[]): Record<Severity, number> {
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) for (const d of file.diagnostics) count[d.severity] += 1;
  return count;
}

/** A path relative to the working directory, with forward slashes; standard input stays <stdin>. */
export function relativePath(file: string, cwd: string): string {
  if (file === '<stdin>') return file;
  const slashed = file.replaceAll('\\', '/');
  const base = cwd.replaceAll('\\', '/').replace(/\/?$/, '/');
  const relative = slashed.startsWith(base) ? slashed.slice(base.length) : slashed;
  return relative.startsWith('./') ? relative.slice(2) : relative;
}
