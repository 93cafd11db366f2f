// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the format code
// scanning reads: every rule with its descriptions and help link, one result per problem with a
// region (1-based lines and columns, endColumn just past the end, as ours). Suppressed problems are
// results too, marked as suppressed in source, so a dashboard can count them.
import { rules } from '../../rules/index.ts';
import { plainMessage } from '../../format.ts';
import type { Severity } from '../../types.ts';
import { ruleUrl, siteOrigin, TOOL_NAME, TOOL_VERSION } from '../about.ts';
import { relativePath, type DiagnosticReport, type RunReport } from '../report.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: each segment percent-encoded. */
function uriOf(file: string, cwd: string): string {
  if (file === '<stdin>') return 'stdin';
  return relativePath(file, cwd).split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

/** SARIF's text is plain; the Markdown (backticks for code) goes beside it for viewers that render it. */
function multiformat(markdown: string): { text: string; markdown?: string } {
  const text = plainMessage(markdown);
  return text === markdown ? { text } : { text, markdown };
}

export function toSarif({ files, lang, cwd }: RunReport): string {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const result = (file: string, d: DiagnosticReport, suppressed: boolean) => ({
    ruleId: d.rule,
    ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
    level: LEVEL[d.severity],
    message: { text: d.path ? `${d.message} (${d.path})` : d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: uriOf(file, cwd) },
        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
      },
    }],
    ...(suppressed ? { suppressions: [{ kind: 'inSource' }] } : {}),
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: TOOL_NAME,
          version: TOOL_VERSION,
          informationUri: `${siteOrigin()}/${lang}/validator/`,
          rules: rules.map((rule) => ({
            id: rule.id,
            shortDescription: multiformat(rule.docs.summary[lang]),
            fullDescription: multiformat(`${rule.docs.why[lang]} ${rule.docs.fix[lang]}`),
            helpUri: ruleUrl(rule.id, lang),
            help: multiformat(rule.docs.fix[lang]),
            defaultConfiguration: { level: LEVEL[rule.severity] },
            properties: { category: rule.category },
          })),
        },
      },
      results: files.flatMap((f) => [
        ...f.diagnostics.map((d) => result(f.file, d, false)),
        ...f.suppressed.map((d) => result(f.file, d, true)),
      ]),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
