// `check`: arguments and configuration -> inputs -> validateAll (every file as one paste) -> reports.
// Exit codes: 0 no errors (and no more warnings than --max-warnings), 1 errors or too many warnings,
// 2 usage error (an unknown rule id anywhere included) or an input that could not be read.
import { DEFAULT_RELEASE, RELEASES, type Release } from '../../k8s/releases.ts';
import { releaseAcceptance, type DocumentAcceptance } from '../release-acceptance.ts';
import type { BundledCrdOptions } from '../schema/bundled-crds.ts';
import { rules } from '../rules/index.ts';
import { SUPPRESSION_RULE_ID } from '../suppress.ts';
import type { Severity, ValidateOptions, ValidateResult } from '../types.ts';
import { validateAll } from '../validate.ts';
import { parseCheckArgs, type ReportTarget } from './args.ts';
import { findConfig, ignoreMatcher, readConfig, type Config } from './config.ts';
import { fixDiff, fixInputs, writeFixed } from './fix.ts';
import { formats } from './formats/index.ts';
import { bundledCrdsFor } from './bundled-crds.ts';
import { readInputs } from './inputs.ts';
import type { CliIo } from './io.ts';
import { countBySeverity, fileReport, releasesReport, type RunReport } from './report.ts';

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
  // --kubernetes-version, else the configuration's, else the newest (releases.ts; both already checked
  // against its list); with all, the report is the newest release's and each document says which accept it
  const choice = options.release ?? config.release ?? DEFAULT_RELEASE;
  if (choice === 'all' && options.fix) {
    io.err(`--fix needs one release, not all (${config.path || 'the configuration'} says release: all)\n`);
    return 2;
  }
  const release = choice === 'all' ? DEFAULT_RELEASE : choice;
  const schema = io.schema(release);
  const history = schema ? io.history?.(release) : undefined;
  // all files at once, as one paste: references between them resolve; no size bound but memory
  const crdTexts = crds.inputs.filter((input) => !checked.has(input.file)).map((input) => input.text);
  // the bundled projects' CRDs, as the page's worker loads them: only the projects the inputs (or --crd files) name
  const bundledCrds = schema ? bundledCrdsFor([...inputs.map((input) => input.text), ...crdTexts]) : [];
  const shared = {
    crdTexts, bestPractices: options.bestPractices ?? config.bestPractices ?? true, disabledRules: disabled,
    ...(bundledCrds.length > 0 ? { bundledCrds } : {}),
  };
  const validateOptions = { ...(schema ? { schema } : {}), ...(history ? { history } : {}), ...shared };
  // --fix / --fix-dry-run: the report that follows is of the fixed texts, what remains
  const fixed = options.fix ? fixInputs(inputs, validateOptions, options.fixType ?? 'safe') : undefined;
  // the real io may spread many files over threads (threads.ts), with the same results
  const texts = inputs.map((input) => input.text);
  const results = fixed ? fixed.results : io.check ? io.check(texts, validateOptions, release) : validateAll(texts, validateOptions);
  const unwritten = fixed && options.fix === 'write' ? !writeFixed(io, inputs, fixed, lang) : false;
  const everyRelease = choice === 'all' ? acceptanceByFile(io, texts, { release, results }, shared, severities) : undefined;
  const run: RunReport = {
    files: inputs.map((input, i) => ({
      ...fileReport(input.file, results[i] as ValidateResult, lang, severities),
      ...(everyRelease ? { releases: releasesReport(everyRelease[i] as DocumentAcceptance[], lang) } : {}),
    })),
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
  // with all: a document an older release rejects fails the run too
  if (run.files.some((file) => file.releases?.some((document) => document.rejected.length > 0))) return 1;
  if (options.maxWarnings !== undefined && count.warning > options.maxWarnings) {
    io.err(lang === 'ko' ? `경고 ${count.warning}개가 --max-warnings ${options.maxWarnings}보다 많다\n` : `${count.warning} warning(s), more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * --kubernetes-version all: the inputs checked against every other release with data as well, and for
 * each file, each document's acceptance (release-acceptance.ts). Severity overrides of the configuration
 * apply: an error it turns into a warning rejects no release.
 */
function acceptanceByFile(
  io: CliIo, texts: readonly string[], newest: { release: Release; results: ValidateResult[] },
  shared: ValidateOptions & BundledCrdOptions, severities: ReadonlyMap<string, Severity>,
): DocumentAcceptance[][] {
  const checks = RELEASES.map((release) => {
    if (release === newest.release) return { release, results: newest.results };
    const schema = io.schema(release);
    if (!schema) return undefined;
    const history = io.history?.(release);
    const options = { ...shared, schema, ...(history ? { history } : {}) };
    return { release, results: io.check ? io.check(texts, options, release) : validateAll(texts, options) };
  }).filter((check) => check !== undefined);
  const overridden = (result: ValidateResult): ValidateResult => ({
    ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, severity: severities.get(d.ruleId) ?? d.severity })),
  });
  return texts.map((_, i) => releaseAcceptance(checks.map(({ release, results }) => ({ release, result: overridden(results[i] as ValidateResult) }))));
}
