// file:line:column: severity rule: message (path), then a one-line summary; coloured on a terminal.
import { countBySeverity, type DocumentReport, type RunReport } from '../report.ts';
import type { Severity } from '../../types.ts';

const COLOURS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

export function toText({ files, lang, color }: RunReport): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  for (const r of files) {
    for (const d of r.diagnostics) {
      const where = d.path ? ` (${d.path})` : '';
      lines.push(`${r.file}:${d.line}:${d.column}: ${paint(COLOURS[d.severity], d.severity)} ${paint(DIM, d.rule)}: ${d.message}${where}`);
    }
  }
  // --kubernetes-version all: each document's releases
  for (const r of files) {
    if (!r.releases) continue;
    // each document by its index, the first one kept as find() would: no search per document
    const byIndex = new Map<number, DocumentReport>();
    for (const d of r.documents) if (!byIndex.has(d.index)) byIndex.set(d.index, d);
    for (const document of r.releases) {
      const about = byIndex.get(document.document);
      const what = about ? `${about.kind || '?'}${about.name ? ` ${about.name}` : ''}` : '';
      lines.push(`${r.file}:${about?.line ?? 1}: ${what}: ${document.summary}`);
    }
  }
  const count = countBySeverity(files);
  const documents = files.reduce((sum, r) => sum + r.documents.length, 0);
  // custom resources without a schema, and suppressed problems: said only when there are some
  const unchecked = files.reduce((sum, r) => sum + r.documents.filter((d) => d.status === 'not-checked').length, 0);
  const suppressed = files.reduce((sum, r) => sum + r.suppressed.length, 0);
  const notChecked = unchecked === 0 ? '' : lang === 'ko' ? `, 검사하지 않은 문서 ${unchecked}` : `, ${unchecked} not checked`;
  const quiet = suppressed === 0 ? '' : lang === 'ko' ? `, 주석·어노테이션으로 제외 ${suppressed}` : `, ${suppressed} suppressed`;
  // --kubernetes-version all: what fails the run besides the errors above
  const rejected = files.reduce((sum, r) => sum + (r.releases ?? []).filter((d) => d.rejected.length > 0).length, 0);
  const some = rejected === 0 ? '' : lang === 'ko' ? `, 일부 릴리스가 거부하는 문서 ${rejected}` : `, ${rejected} document(s) rejected by some release`;
  lines.push(lang === 'ko'
    ? `파일 ${files.length}개, 문서 ${documents}개: 오류 ${count.error}, 경고 ${count.warning}, 정보 ${count.info}${notChecked}${quiet}${some}`
    : `${files.length} file(s), ${documents} document(s): ${count.error} error(s), ${count.warning} warning(s), ${count.info} info${notChecked}${quiet}${some}`);
  return `${lines.join('\n')}\n`;
}
