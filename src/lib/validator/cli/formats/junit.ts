// JUnit XML for CI dashboards (GitLab's artifacts:reports:junit, Jenkins): a testsuite per file, a
// testcase per document named kind/name, a <failure> per error with its message and location.
// Warnings and info are the testcase's system-out; a document fails only on errors. `failures`
// counts failed testcases (as `tests` counts testcases), so failures <= tests.
import type { DiagnosticReport, FileReport, RunReport } from '../report.ts';

const escapeXml = (text: string): string => text
  // characters XML 1.0 cannot carry at all
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
  .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

interface Case { name: string; diagnostics: DiagnosticReport[] }

function casesOf(file: FileReport): Case[] {
  // the problems grouped by document in one pass, each group in the file's order: searching every
  // problem for each document was quadratic on a paste of thousands of documents
  const byDocument = new Map<number, DiagnosticReport[]>();
  for (const d of file.diagnostics) {
    const group = byDocument.get(d.document);
    if (group) group.push(d);
    else byDocument.set(d.document, [d]);
  }
  const cases: Case[] = file.documents.map((doc) => ({
    name: doc.kind || doc.name ? `${doc.kind || '?'}/${doc.name || '?'}` : `document ${doc.index + 1} (line ${doc.line})`,
    diagnostics: byDocument.get(doc.index) ?? [],
  }));
  // a problem with no document of its own (the file could not be checked at all)
  const indexes = new Set(file.documents.map((doc) => doc.index));
  const orphans = file.diagnostics.filter((d) => !indexes.has(d.document));
  if (orphans.length > 0) cases.push({ name: file.file, diagnostics: orphans });
  return cases;
}

const line = (file: string, d: DiagnosticReport) =>
  `${file}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}${d.path ? ` (${d.path})` : ''}`;

export function toJunit({ files }: RunReport): string {
  let tests = 0;
  let failures = 0;
  const suites = files.map((file) => {
    const cases = casesOf(file);
    const failed = cases.filter((c) => c.diagnostics.some((d) => d.severity === 'error')).length;
    tests += cases.length;
    failures += failed;
    const body = cases.map((c) => {
      const errors = c.diagnostics.filter((d) => d.severity === 'error');
      const others = c.diagnostics.filter((d) => d.severity !== 'error');
      const parts = [
        ...errors.map((d) => `      <failure type="${escapeXml(d.rule)}" message="${escapeXml(d.message)}">${escapeXml(line(file.file, d))}</failure>`),
        ...(others.length > 0 ? [`      <system-out>${escapeXml(others.map((d) => line(file.file, d)).join('\n'))}</system-out>`] : []),
      ];
      const open = `    <testcase classname="${escapeXml(file.file)}" name="${escapeXml(c.name)}" file="${escapeXml(file.file)}"`;
      return parts.length === 0 ? `${open}/>` : `${open}>\n${parts.join('\n')}\n    </testcase>`;
    });
    const attributes = `name="${escapeXml(file.file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0"`;
    return body.length === 0 ? `  <testsuite ${attributes}/>` : `  <testsuite ${attributes}>\n${body.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kube-field-guide" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
