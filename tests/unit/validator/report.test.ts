// The validator page's result model: grouping by document, the cap on listed problems, and the
// Markdown and JSON reports, which keep every problem however many the page lists.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import {
  countBySeverity, firstProblems, groupByDocument, jsonReport, markdownReport, type ReportLabels,
} from '../../../src/scripts/validator/report.ts';
import { MAX_INPUT_CHARS } from '../../../src/lib/validator/yaml/limits.ts';
import { yaml } from './helpers.ts';

function groupsOf(text: string) {
  // the page's bound on one paste, as its worker sets it
  const result = validate(text, { bestPractices: false, maxInputChars: MAX_INPUT_CHARS });
  const diagnostics = result.diagnostics.map((d) => ({ ...d, message: formatMessage(d, 'en') }));
  return groupByDocument(result.documents, diagnostics);
}

/** A ConfigMap whose key `k` is repeated: one duplicate-key error per repetition after the first. */
function repeatedKeys(name: string, times: number): string {
  return yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${name}`, 'data:', ...Array.from({ length: times }, (_, i) => `  k: "${i}"`));
}

const labels: ReportLabels = {
  title: 'Validation report', document: 'Document', line: 'Line', severityHeader: 'Severity', rule: 'Rule', message: 'Message',
  noProblems: 'No problems.', severity: { error: 'Error', warning: 'Warning', info: 'Info' },
};

describe('groupByDocument', () => {
  test('one group per document, in order, clean ones included, with counts', () => {
    const groups = groupsOf(`${repeatedKeys('a', 3)}---\n${yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: b')}`);
    expect(groups.map((g) => [g.index, g.document?.name, g.counts.error, g.diagnostics.length])).toEqual([[0, 'a', 2, 2], [1, 'b', 0, 0]]);
    expect(groups[0]?.diagnostics.map((d) => d.line)).toEqual([7, 8]);
  });

  test('input refused as a whole still gets a group', () => {
    const groups = groupsOf(`a: "${'x'.repeat(5 * 1024 * 1024)}"\n`);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.document).toBeUndefined();
    expect(groups[0]?.diagnostics.map((d) => d.ruleId)).toEqual(['input-limits']);
  });
});

describe('firstProblems lists at most the limit, in document order', () => {
  const groups = groupsOf(`${repeatedKeys('a', 4)}---\n${repeatedKeys('b', 6)}---\n${repeatedKeys('c', 2)}`);

  test('under the limit nothing is hidden', () => {
    const shown = firstProblems(groups, 100);
    expect([shown.diagnostics.length, shown.hidden, shown.total]).toEqual([9, 0, 9]);
    expect(shown.groups.map((g) => g.hidden)).toEqual([0, 0, 0]);
  });

  test('over the limit the first ones are listed; each document keeps its full counts and says what it hides', () => {
    const shown = firstProblems(groups, 5);
    expect([shown.diagnostics.length, shown.hidden, shown.total]).toEqual([5, 4, 9]);
    expect(shown.groups.map((g) => [g.document?.name, g.diagnostics.length, g.hidden, g.counts.error])).toEqual([
      ['a', 3, 0, 3], ['b', 2, 3, 5], ['c', 0, 1, 1],
    ]);
    expect(shown.diagnostics.map((d) => `${d.document}:${d.line}`)).toEqual(['0:7', '0:8', '0:9', '1:17', '1:18']);
  });

  test('the groups given are not changed', () => {
    firstProblems(groups, 1);
    expect(groups.map((g) => g.diagnostics.length)).toEqual([3, 5, 1]);
  });

  test('tens of thousands of problems are cut to the limit', () => {
    const many = groupsOf(repeatedKeys('big', 20001));
    const shown = firstProblems(many, 200);
    expect([shown.diagnostics.length, shown.hidden, shown.total]).toEqual([200, 19800, 20000]);
  });
});

describe('reports keep every problem', () => {
  const groups = groupsOf(`${repeatedKeys('a', 3)}---\n${yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: "b|c"')}`);

  test('Markdown: totals, a section per document, a table row per problem, pipes escaped', () => {
    const text = markdownReport(groups, labels);
    expect(text).toContain('Error: 3 · Warning: 0 · Info: 0');
    expect(text).toContain('## Document 1 — ConfigMap a');
    expect(text).toContain('## Document 2 — ConfigMap b|c');
    expect(text.match(/^\| \d+:\d+ \| Error \| duplicate-key \|/gm)).toHaveLength(2);
    // the name b|c breaks a table cell unless escaped
    expect(text).toMatch(/\| Error \| [a-z-]+ \| [^\n]*b\\\|c/);
    expect(countBySeverity(groups.flatMap((g) => g.diagnostics)).error).toBe(3);
  });

  test('JSON: counts and every diagnostic with its position', () => {
    const report = JSON.parse(jsonReport(groups)) as { counts: Record<string, number>; documents: Array<{ name: string; diagnostics: Array<{ ruleId: string; line: number }> }> };
    expect(report.counts).toEqual({ error: 3, warning: 0, info: 0 });
    expect(report.documents.map((d) => [d.name, d.diagnostics.length])).toEqual([['a', 2], ['b|c', 1]]);
    expect(report.documents[0]?.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['duplicate-key', 7], ['duplicate-key', 8]]);
  });
});
