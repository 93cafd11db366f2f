// The JSON contract documented in the README: { files: [{ file, documents, diagnostics }] }, plus a
// file's `suppressed` count when an inline comment or annotation suppressed something in it.
import type { RunReport } from '../report.ts';

export function toJson({ files }: RunReport): string {
  const out = files.map(({ suppressed, ...file }) => (suppressed.length === 0 ? file : { ...file, suppressed: suppressed.length }));
  return `${JSON.stringify({ files: out }, null, 2)}\n`;
}
