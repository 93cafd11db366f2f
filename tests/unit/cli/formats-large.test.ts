// JUnit and text on a paste of thousands of documents with problems (issue 12.6): each problem lands
// in its own document's testcase, in the file's order, and each release line names its own document.
// Timing is measured by hand (the report of issue 12.6), never asserted here.
import { describe, expect, test } from 'vitest';
import type { DiagnosticReport, FileReport, RunReport } from '../../../src/lib/validator/cli/report.ts';
import { toJunit } from '../../../src/lib/validator/cli/formats/junit.ts';
import { toText } from '../../../src/lib/validator/cli/formats/text.ts';

const COUNT = 5000;
const severities = ['error', 'warning', 'info'] as const;
// problems listed in an order that is not the documents' (last document first), plus one with no document
const diagnostics: DiagnosticReport[] = [];
for (let doc = COUNT - 1; doc >= 0; doc -= 1) {
  for (let k = 0; k < (doc % 4); k += 1) {
    diagnostics.push({
      severity: severities[(doc + k) % 3]!, rule: `rule-${k}`, message: `problem ${k} of cm-${doc}`,
      line: doc * 10 + k + 1, column: 3, endLine: doc * 10 + k + 1, endColumn: 9, path: `data.k${k}`, document: doc,
    });
  }
}
diagnostics.push({ severity: 'error', rule: 'yaml-syntax', message: 'outside every document', line: 1, column: 1, endLine: 1, endColumn: 1, path: '', document: COUNT });
const file: FileReport = {
  file: 'big.yaml',
  documents: Array.from({ length: COUNT }, (_, index) => ({
    index, apiVersion: 'v1', kind: 'ConfigMap', name: `cm-${index}`, line: index * 10 + 1, status: index % 4 === 0 ? 'valid' as const : 'invalid' as const,
  })),
  diagnostics,
  suppressed: [],
  releases: Array.from({ length: COUNT }, (_, index) => ({ document: COUNT - 1 - index, accepted: ['1.36'], rejected: [], unchecked: [], summary: `summary ${COUNT - 1 - index}` })),
};
const run: RunReport = { files: [file], lang: 'en', cwd: '/work', color: false };

describe('a paste of thousands of documents', () => {
  test('junit: one testcase per document, holding exactly its own problems in the file\'s order, and one for the orphan', () => {
    const xml = toJunit(run);
    const cases = [...xml.matchAll(/<testcase classname="big\.yaml" name="([^"]+)" file="big\.yaml"(\/>|>\n([\s\S]*?)\n {4}<\/testcase>)/g)];
    expect(cases).toHaveLength(COUNT + 1);
    const errored = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.document));
    expect(xml).toContain(`<testsuite name="big.yaml" tests="${COUNT + 1}" failures="${errored.size}" errors="0" skipped="0">`);
    cases.slice(0, COUNT).forEach(([, name, , body], doc) => {
      expect(name).toBe(`ConfigMap/cm-${doc}`);
      const own = diagnostics.filter((d) => d.document === doc);
      const failures = [...(body ?? '').matchAll(/<failure type="([^"]+)" message="problem (\d) of cm-(\d+)">/g)];
      expect(failures.map(([, rule, , of]) => `${rule} ${of}`)).toEqual(own.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${doc}`));
      const out = /<system-out>([\s\S]*)<\/system-out>/.exec(body ?? '')?.[1];
      const others = own.filter((d) => d.severity !== 'error');
      expect(out?.split('\n')).toEqual(others.length === 0 ? undefined : others.map((d) => `big.yaml:${d.line}:3: ${d.severity} ${d.rule}: ${d.message} (${d.path})`));
    });
    expect(cases[COUNT]![1]).toBe('big.yaml');
    expect(cases[COUNT]![3]).toContain('big.yaml:1:1: error yaml-syntax: outside every document');
  });

  test('text: every problem once in the file\'s order, then each release line with its own document', () => {
    const lines = toText(run).trimEnd().split('\n');
    expect(lines.slice(0, diagnostics.length)).toEqual(diagnostics.map((d) => `big.yaml:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}${d.path ? ` (${d.path})` : ''}`));
    expect(lines.slice(diagnostics.length, -1)).toEqual(file.releases!.map((r) => `big.yaml:${r.document * 10 + 1}: ConfigMap cm-${r.document}: summary ${r.document}`));
    expect(lines.at(-1)).toMatch(new RegExp(`^1 file\\(s\\), ${COUNT} document\\(s\\): `));
  });
});
