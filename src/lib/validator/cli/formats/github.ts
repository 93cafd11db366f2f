// GitHub Actions workflow commands: one ::error/::warning/::notice line per problem, which the run's
// summary and the pull request's diff show at the line. Escaping as the Actions toolkit does it
// (@actions/core command.ts): data escapes % CR LF; properties also : and ,.
import type { Severity } from '../../types.ts';
import { relativePath, type RunReport } from '../report.ts';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const escapeData = (text: string): string => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
export const escapeProperty = (text: string): string => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

export function toGithub({ files, cwd }: RunReport): string {
  const lines: string[] = [];
  for (const f of files) {
    const file = escapeProperty(relativePath(f.file, cwd));
    for (const d of f.diagnostics) {
      const properties = `file=${file},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProperty(d.rule)}`;
      lines.push(`::${COMMAND[d.severity]} ${properties}::${escapeData(d.path ? `${d.message} (${d.path})` : d.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
