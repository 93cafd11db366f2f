// Command line for the validator (the only module here that may use Node APIs).
//   node --experimental-strip-types src/lib/validator/cli.ts check FILE... [-] [--format json|text] [--lang ko|en] [--no-best-practices]
// Exit codes: 0 no errors (warnings and info allowed), 1 errors found, 2 usage error or unreadable input.
// The files are checked together: a reference from one file to an object in another resolves, as in
// one paste, while each diagnostic is reported against its own file and line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApiSchema } from '../k8s/types.ts';
import { formatMessage, validateAll } from './index.ts';
import type { DocumentStatus, Lang, ValidateResult } from './types.ts';

export interface CliIo {
  readFile(path: string): string;
  readStdin(): string;
  out(text: string): void;
  err(text: string): void;
  schema(): ApiSchema | undefined;
}

interface Options {
  files: string[];
  format: 'json' | 'text';
  lang: Lang;
  bestPractices: boolean;
}

const USAGE = 'usage: cli.ts check FILE... | - [--format json|text] [--lang ko|en] [--no-best-practices]';

export function parseArgs(args: readonly string[]): Options | string {
  const [command, ...rest] = args;
  if (command !== 'check') return USAGE;
  const options: Options = { files: [], format: 'text', lang: 'en', bestPractices: true };
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    const value = (): string | undefined => rest[++i];
    if (arg === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'text') return `--format must be json or text\n${USAGE}`;
      options.format = format;
    } else if (arg === '--lang') {
      const lang = value();
      if (lang !== 'ko' && lang !== 'en') return `--lang must be ko or en\n${USAGE}`;
      options.lang = lang;
    } else if (arg === '--no-best-practices') {
      options.bestPractices = false;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}\n${USAGE}`;
    } else {
      options.files.push(arg);
    }
  }
  return options.files.length > 0 ? options : `no input: give one or more files, or - for standard input\n${USAGE}`;
}

interface FileReport {
  file: string;
  documents: { index: number; apiVersion: string; kind: string; name: string; line: number; status: DocumentStatus }[];
  diagnostics: {
    severity: string; rule: string; message: string; line: number; column: number;
    endLine: number; endColumn: number; path: string; document: number;
  }[];
}

function report(file: string, result: ValidateResult, lang: Lang): FileReport {
  return {
    file,
    documents: result.documents.map(({ index, apiVersion, kind, name, line, status }) => ({ index, apiVersion, kind, name, line, status })),
    diagnostics: result.diagnostics.map((d) => ({
      severity: d.severity, rule: d.ruleId, message: formatMessage(d, lang), line: d.line, column: d.column,
      endLine: d.endLine, endColumn: d.endColumn, path: d.fieldPath, document: d.document,
    })),
  };
}

function toText(reports: FileReport[], lang: Lang): string {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 } as Record<string, number>;
  for (const r of reports) {
    for (const d of r.diagnostics) {
      count[d.severity] = (count[d.severity] ?? 0) + 1;
      const where = d.path ? ` (${d.path})` : '';
      lines.push(`${r.file}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}${where}`);
    }
  }
  const documents = reports.reduce((sum, r) => sum + r.documents.length, 0);
  // custom resources without a schema: said only when there are some
  const unchecked = reports.reduce((sum, r) => sum + r.documents.filter((d) => d.status === 'not-checked').length, 0);
  const notChecked = unchecked === 0 ? '' : lang === 'ko' ? `, 검사하지 않은 문서 ${unchecked}` : `, ${unchecked} not checked`;
  lines.push(lang === 'ko'
    ? `파일 ${reports.length}개, 문서 ${documents}개: 오류 ${count.error}, 경고 ${count.warning}, 정보 ${count.info}${notChecked}`
    : `${reports.length} file(s), ${documents} document(s): ${count.error} error(s), ${count.warning} warning(s), ${count.info} info${notChecked}`);
  return `${lines.join('\n')}\n`;
}

/** Runs the command; returns the exit code. */
export function runCli(args: readonly string[], io: CliIo): number {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}\n`);
    return 2;
  }
  const schema = io.schema();
  const inputs: { file: string; text: string }[] = [];
  let unreadable = false;
  for (const file of options.files) {
    try {
      inputs.push({ file: file === '-' ? '<stdin>' : file, text: file === '-' ? io.readStdin() : io.readFile(file) });
    } catch (error) {
      io.err(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      unreadable = true;
    }
  }
  // All files at once, as one paste: references between them resolve; no size bound but memory.
  const results = validateAll(inputs.map((input) => input.text), { ...(schema ? { schema } : {}), bestPractices: options.bestPractices });
  const reports = inputs.map((input, i) => report(input.file, results[i] as ValidateResult, options.lang));
  io.out(options.format === 'json' ? `${JSON.stringify({ files: reports }, null, 2)}\n` : toText(reports, options.lang));
  if (unreadable) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** Bytes to text, refusing what is not UTF-8 (a binary or Latin-1 file) with a clear message. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text (a binary file, or another encoding); save the manifest as UTF-8');
  }
}

export const nodeIo: CliIo = {
  readFile: (path) => decodeUtf8(readFileSync(path)),
  readStdin: () => decodeUtf8(readFileSync(0)),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  schema: () => {
    // read at run time (not imported): plain Node cannot import JSON without import attributes
    const path = fileURLToPath(new URL('../k8s/generated/schema.json', import.meta.url));
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as ApiSchema;
    } catch {
      process.stderr.write('warning: API data not found; schema and API rules are skipped\n');
      return undefined;
    }
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = runCli(process.argv.slice(2), nodeIo);
}
