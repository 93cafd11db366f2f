// The command's arguments, read with node:util parseArgs. Keys the user did not give stay absent, so a
// configuration file (config.ts) can fill them in before the defaults.
import { parseArgs as parseNodeArgs } from 'node:util';
import { DEFAULT_RELEASE, isRelease, RELEASE_DATA, RELEASES, type Release } from '../../k8s/releases.ts';
import type { FixType } from '../fix/apply.ts';
import type { Lang } from '../types.ts';
import { FORMAT_NAMES, type FormatName } from './formats/index.ts';

/** A report to write: to a file, or to standard output when `file` is absent. */
export interface ReportTarget {
  format: FormatName;
  file?: string;
}

export interface CheckArgs {
  files: string[];
  /** the format written to standard output (or to --output); absent when not given */
  format?: FormatName;
  lang?: Lang;
  bestPractices?: boolean;
  /** --format NAME=FILE, in order */
  reports?: ReportTarget[];
  output?: string;
  disable?: string[];
  maxWarnings?: number;
  /** a configuration file to use instead of looking for .kube-field-guide.yaml */
  config?: string;
  noConfig?: boolean;
  /** --crd FILE_OR_DIR: CustomResourceDefinitions that check the inputs' custom resources, not reported on */
  crd?: string[];
  /** --kubernetes-version (or --release): the release to check against, or every release with data */
  release?: ReleaseChoice;
  /** --fix: rewrite the files with the fixes; --fix-dry-run: print them as a unified diff instead */
  fix?: 'write' | 'dry-run';
  /** --fix-type: which fixes --fix applies (default safe) */
  fixType?: FixType;
}

export const USAGE = `usage: kube-field-guide check FILE|FOLDER|GLOB... | - [options]
  --format ${FORMAT_NAMES.join('|')}   what to print (default text); repeat as --format NAME=FILE to also write files
  --output FILE           write the printed format to FILE instead of standard output
  --lang en|ko            language of the messages
  --no-best-practices     errors and API checks only
  --disable RULE          switch a rule off (repeatable)
  --crd FILE_OR_DIR       use the CustomResourceDefinitions there to check custom resources, without reporting on them (repeatable)
  --kubernetes-version V  the Kubernetes release to check against: ${RELEASES.join(', ')} (default ${DEFAULT_RELEASE}),
                          or all: every one, and for each document the releases that accept it (--release is the same)
  --fix                   rewrite the files with the safe fixes, then report what remains
  --fix-dry-run           print the fixes as a unified diff instead of writing them
  --fix-type safe|all     which fixes --fix applies: safe (default) or all (the suggestions too)
  --max-warnings N        exit 1 when there are more than N warnings
  --config FILE           use this configuration instead of .kube-field-guide.yaml found upward; --no-config for none`;

const OPTIONS = {
  format: { type: 'string', multiple: true },
  output: { type: 'string' },
  lang: { type: 'string' },
  'no-best-practices': { type: 'boolean' },
  disable: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  crd: { type: 'string', multiple: true },
  release: { type: 'string' },
  'kubernetes-version': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-type': { type: 'string' },
} as const;

const isFormat = (name: string): name is FormatName => (FORMAT_NAMES as readonly string[]).includes(name);

/** The options of `check`, or a usage error (a sentence followed by the usage). */
export function parseCheckArgs(args: readonly string[]): CheckArgs | string {
  const [command, ...rest] = args;
  if (command !== 'check') return USAGE;
  let parsed: ReturnType<typeof parseNodeArgs<{ options: typeof OPTIONS; allowPositionals: true; args: string[] }>>;
  try {
    parsed = parseNodeArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return `${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n${USAGE}`;
  }
  const { values, positionals } = parsed;
  const options: CheckArgs = { files: positionals };
  for (const spec of values.format ?? []) {
    const equals = spec.indexOf('=');
    const name = equals === -1 ? spec : spec.slice(0, equals);
    if (!isFormat(name)) return `--format must be one of ${FORMAT_NAMES.join(', ')} (got ${name})\n${USAGE}`;
    if (equals === -1) {
      if (options.format !== undefined) return `--format without =FILE given twice; only one format goes to standard output\n${USAGE}`;
      options.format = name;
    } else {
      const file = spec.slice(equals + 1);
      if (file === '') return `--format ${name}= needs a file name\n${USAGE}`;
      (options.reports ??= []).push({ format: name, file });
    }
  }
  if (values.lang !== undefined) {
    if (values.lang !== 'ko' && values.lang !== 'en') return `--lang must be ko or en\n${USAGE}`;
    options.lang = values.lang;
  }
  if (values['no-best-practices']) options.bestPractices = false;
  if (values.output !== undefined) options.output = values.output;
  if (values.disable) options.disable = values.disable.flatMap((list) => list.split(',')).map((id) => id.trim()).filter(Boolean);
  if (values['max-warnings'] !== undefined) {
    const max = values['max-warnings'];
    if (!/^\d+$/.test(max)) return `--max-warnings takes a whole number (got ${max})\n${USAGE}`;
    options.maxWarnings = Number(max);
  }
  if (values.config !== undefined) options.config = values.config;
  if (values['no-config']) options.noConfig = true;
  if (values.crd) options.crd = values.crd;
  if (values.release !== undefined && values['kubernetes-version'] !== undefined) return `--kubernetes-version and --release are the same option; give one\n${USAGE}`;
  const written = values['kubernetes-version'] ?? values.release;
  if (written !== undefined) {
    const release = releaseChoice(written);
    if (release === undefined) return `${unsupportedRelease(written)}\n${USAGE}`;
    if (release === 'all' && (values.fix || values['fix-dry-run'])) return `--fix needs one release, not all\n${USAGE}`;
    options.release = release;
  }
  const fix = fixOptions(values.fix === true, values['fix-dry-run'] === true, values['fix-type'], options.files);
  if (typeof fix === 'string') return `${fix}\n${USAGE}`;
  Object.assign(options, fix);
  if (options.files.length === 0) return `no input: give one or more files, folders or globs, or - for standard input\n${USAGE}`;
  return options;
}

/** --fix, --fix-dry-run and --fix-type read together, or the usage error. */
function fixOptions(write: boolean, dryRun: boolean, type: string | undefined, files: readonly string[]): Pick<CheckArgs, 'fix' | 'fixType'> | string {
  if (write && dryRun) return '--fix and --fix-dry-run cannot be used together';
  if (type !== undefined && type !== 'safe' && type !== 'all') return `--fix-type must be safe or all (got ${type})`;
  if (type !== undefined && !write && !dryRun) return '--fix-type needs --fix or --fix-dry-run';
  // standard input has no file to rewrite; its fixes can still be shown as a diff
  if (write && files.includes('-')) return '--fix cannot rewrite standard input; use --fix-dry-run';
  if (!write && !dryRun) return {};
  return { fix: write ? 'write' : 'dry-run', ...(type ? { fixType: type } : {}) };
}

/** a release to check against, or every release with data */
export type ReleaseChoice = Release | 'all';

/** A written release read as one of RELEASES ('v1.31' and '1.31.4' are 1.31), 'all', or undefined. */
export function releaseChoice(written: string): ReleaseChoice | undefined {
  if (written === 'all') return 'all';
  const minor = /^v?(\d+\.\d+)(?:\.\d+)?$/u.exec(written.trim())?.[1];
  return minor !== undefined && isRelease(minor) ? minor : undefined;
}

/** The usage error for a release we have no API data for, naming the ones we have. */
export const unsupportedRelease = (release: string): string =>
  `Kubernetes ${release} is not a release this validator has API data for; supported: ${RELEASES.join(', ')}, or all${
    RELEASE_DATA.some((data) => data.source === null && release.replace(/^v/u, '').startsWith(`${data.release}`))
      ? ` (no published package holds the whole ${release.replace(/^v/u, '')} API yet; check against its neighbours)` : ''}`;
