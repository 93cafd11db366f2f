// The "every release" view (issue 11): the same input checked against every release with API data, and
// for each document the releases that accept it and, for the others, the first error that rejects it
// ("accepted by 1.30–1.34, 1.36; rejected by 1.27–1.29: spec.x was added in Kubernetes 1.30"). A release
// rejects a document when its check has an error on it. Pure; the page and the command line share it.
import { formatMessage, plainMessage } from './format.ts';
import { RELEASE_DATA } from '../k8s/releases.ts';
import type { Diagnostic, Lang, ValidateResult } from './types.ts';

/** Consecutive releases a document fails in the same way, with the error of the newest of them. */
export interface ReleaseRejection {
  releases: string[];
  /** the first error on the document in the newest release of the group */
  diagnostic: Diagnostic;
}

export interface DocumentAcceptance {
  document: number;
  accepted: string[];
  rejected: ReleaseRejection[];
  /** releases of RELEASE_DATA not checked (none when every release is; a release without API data would be) */
  unchecked: string[];
}

export interface ReleaseCheck {
  release: string;
  result: ValidateResult;
}

/** The releases that rejected the same way: same rule, same field, same line. */
const sameReason = (a: Diagnostic, b: Diagnostic): boolean => a.ruleId === b.ruleId && a.fieldPath === b.fieldPath && a.start === b.start;

/**
 * Each document of one input, across `checks` (one per release, any order). Releases of RELEASE_DATA
 * without a check are `unchecked`; a rejection groups releases next to each other in RELEASE_DATA.
 */
export function releaseAcceptance(checks: readonly ReleaseCheck[]): DocumentAcceptance[] {
  const byRelease = new Map(checks.map((check) => [check.release, check.result]));
  const documents = checks[0]?.result.documents ?? [];
  return documents.map(({ index }) => {
    const acceptance: DocumentAcceptance = { document: index, accepted: [], rejected: [], unchecked: [] };
    let last: ReleaseRejection | undefined;
    for (const { release } of RELEASE_DATA) {
      const result = byRelease.get(release);
      const error = result?.diagnostics.find((d) => d.document === index && d.severity === 'error');
      if (!result) acceptance.unchecked.push(release);
      else if (!error) acceptance.accepted.push(release);
      else if (last && sameReason(last.diagnostic, error)) {
        last.releases.push(release);
        last.diagnostic = error;
        continue;
      } else {
        last = { releases: [release], diagnostic: error };
        acceptance.rejected.push(last);
        continue;
      }
      last = undefined;
    }
    return acceptance;
  });
}

/** Releases as ranges of neighbours in RELEASE_DATA: ['1.27', '1.28', '1.29', '1.36'] -> '1.27–1.29, 1.36'. */
export function releaseRanges(releases: readonly string[]): string {
  const order = RELEASE_DATA.map((data) => data.release);
  const indexes = releases.map((release) => order.indexOf(release)).sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < indexes.length; i += 1) {
    const start = indexes[i] as number;
    let end = start;
    while (indexes[i + 1] === end + 1) end = indexes[++i] as number;
    ranges.push(start === end ? (order[start] as string) : `${order[start]}–${order[end]}`);
  }
  return ranges.join(', ');
}

const WORDS = {
  accepted: { ko: '통과: {releases}', en: 'accepted by {releases}' },
  none: { ko: '통과하는 릴리스 없음', en: 'accepted by no release' },
  rejected: { ko: '거부: {releases} ({line}행: {message})', en: 'rejected by {releases} (line {line}: {message})' },
  unchecked: { ko: 'API 데이터 없음: {releases}', en: 'no API data for {releases}' },
} as const;

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? ''));

/** One line for a document: "accepted by 1.30–1.36; rejected by 1.27–1.29 (line 12: …)", plain text. */
export function acceptanceSummary(acceptance: DocumentAcceptance, lang: Lang): string {
  const parts = [
    acceptance.accepted.length > 0 ? fill(WORDS.accepted[lang], { releases: releaseRanges(acceptance.accepted) }) : WORDS.none[lang],
    ...acceptance.rejected.map(({ releases, diagnostic }) => fill(WORDS.rejected[lang], {
      releases: releaseRanges(releases), line: diagnostic.line, message: plainMessage(formatMessage(diagnostic, lang)),
    })),
    ...(acceptance.unchecked.length > 0 ? [fill(WORDS.unchecked[lang], { releases: releaseRanges(acceptance.unchecked) })] : []),
  ];
  return parts.join('; ');
}
