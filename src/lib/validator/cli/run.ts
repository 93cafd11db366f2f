// `check`: arguments and configuration -> inputs -> validateAll (every file as one paste) -> reports.
// Exit codes: 0 no errors (and no more warnings than --max-warnings), 1 errors or too many warnings,
// 2 usage error (an unknown rule id anywhere included) or an input that could not be read.
import { DEFAULT_RELEASE } from '../../k8s/releases.ts';
import { rules } from '../rules/index.ts';
import { SUPPRESSION_RULE_ID } from '../suppress.ts';
import type { Severity, ValidateResult } from '../types.ts';
import { validateAll } from '../validate.ts';
import { parseCheckArgs, type ReportTarget } from './args.ts';
import { findConfig, ignoreMatcher, readConfig, type Config } from './config.ts';
import { fixDiff, fixInputs, writeFixed } from './fix.ts';
import { formats } from './formats/index.ts';
import { bundledCrdsFor } from './bundled-crds.ts';
import { readInputs } from './inputs.ts';
import type { CliIo } from './io.ts';
import { countBySeverity, fileReport, type RunReport } from './report.ts';

const absolute = (path: string, cwd: string): string => (path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`);

export function runCli(args: readonly string[], io: CliIo): number {
  const options = parseCheckArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}\n`);
    return 2;
  }
  const cwd = io.cwd?.() ?? '.';
  const configPath = options.noConfig ? undefined : options.config !== undefined ? absolute(options.config, cwd) : findConfig(io, cwd);
  const config: Config | string = configPath ? readConfig(io, configPath) : { path: '', disable: [], severity: {}, ignore: [], crd: [] };
  if (typeof config === 'string') {
    io.err(`${config}\n`);
    return 2;
  }
  const known = new Set(rules.map((rule) => rule.id));
  const disabled = [...config.disable, ...(options.disable ?? []), ...Object.keys(config.severity).filter((id) => config.severity[id] === 'off')];
  const unknown = [...new Set([...disabled, ...Object.keys(config.severity)])].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    io.err(`unknown rule id ${unknown.join(', ')} (in ${options.disable?.some((id) => unknown.includes(id)) ? '--disable' : config.path}); the rules are listed at /en/validator/rules/\n`);
    return 2;
  }
  const severities = new Map(Object.entries(config.severity).filter((entry): entry is [string, Severity] => entry[1] !== 'off'));
  const lang = options.lang ?? config.lang ?? 'en';

  const { inputs, problems } = readInputs(options.files, io, ignoreMatcher(config, cwd));
  // --crd: their CRDs check the custom resources; a file that is also an input is read once, as an input
  const checked = new Set(inputs.map((input) => input.file));
  const crds = readInputs([...config.crd, ...(options.crd ?? [])], io);
  problems.push(...crds.problems);
  for (const problem of problems) io.err(`${problem.file}: ${problem.reason}\n`);
  // --release, else the configuration's, else the pinned one (releases.ts; both already checked against its list)
  const release = options.release ?? config.release ?? DEFAULT_RELEASE;
  const schema = io.schema(release);
  // all files at once, as one paste: references between them resolve; no size bound but memory
  const crdTexts = crds.inputs.filter((input) => !checked.has(input.file)).map((input) => input.text);
  // the bundled projects' CRDs, as the page's worker loads them: only the projects the inputs (or --crd files) name
  const bundledCrds = schema ? bundledCrdsFor([...inputs.map((input) => input.text), ...crdTexts]) : [];
  const validateOptions = {
    ...(schema ? { schema } : {}), crdTexts, bestPractices: options.bestPractices ?? config.bestPractices ?? true, disabledRules: disabled,
    ...(bundledCrds.length > 0 ? { bundledCrds } : {}),
  };
  // --fix / --fix-dry-run: the report that follows is of the fixed texts, what remains
  const fixed = options.fix ? fixInputs(inputs, validateOptions, options.fixType ?? 'safe') : undefined;
  // the real io may spread many files over threads (threads.ts), with the same results
  const texts = inputs.map((input) => input.text);
  const results = fixed ? fixed.results : io.check ? io.check(texts, validateOptions, release) : validateAll(texts, validateOptions);
  const unwritten = fixed && options.fix === 'write' ? !writeFixed(io, inputs, fixed, lang) : false;
  const run: RunReport = {
    files: inputs.map((input, i) => fileReport(input.file, results[i] as ValidateResult, lang, severities)),
    lang, cwd, color: false,
  };

  const targets: ReportTarget[] = [{ format: options.format ?? config.format ?? 'text', ...(options.output ? { file: options.output } : {}) }, ...(options.reports ?? [])];
  let failedWrite = unwritten;
  // the dry run's standard output is the diff alone, so it can be piped to patch; report files are still written
  const dryRun = fixed !== undefined && options.fix === 'dry-run';
  if (dryRun) io.out(fixDiff(inputs, fixed));
  for (const target of targets) {
    if (target.file === undefined && dryRun) continue;
    if (target.file === undefined) {
      io.out(formats[target.format]({ ...run, color: io.color === true }));
      continue;
    }
    try {
      if (!io.writeFile) throw new Error('cannot write files here');
      io.writeFile(target.file, formats[target.format](run));
    } catch (error) {
      io.err(`${target.file}: ${error instanceof Error ? error.message : String(error)}\n`);
      failedWrite = true;
    }
  }

  // a suppression naming no rule is a usage error too, named where it is written
  const misnamed = run.files.flatMap((f) => f.diagnostics.filter((d) => d.rule === SUPPRESSION_RULE_ID).map((d) => `${f.file}:${d.line}:${d.column}: ${d.message}\n`));
  for (const line of misnamed) io.err(line);
  if (problems.length > 0 || failedWrite || misnamed.length > 0) return 2;
  const count = countBySeverity(run.files);
  if (count.error > 0) return 1;
  if (options.maxWarnings !== undefined && count.warning > options.maxWarnings) {
    io.err(lang === 'ko' ? `경고 ${count.warning}개가 --max-warnings ${options.maxWarnings}보다 많다\n` : `${count.warning} warning(s), more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
