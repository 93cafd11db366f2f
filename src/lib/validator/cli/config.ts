// .kube-field-guide.yaml, found upward from the working directory (the first one wins), or the file
// given with --config:
//   disable: [image-tag]                  # rules switched off
//   severity: {probes-missing: error}     # error | warning | info | off
//   ignore: ["vendor/**", "**/*.tmpl.yaml"]   # globs, relative to the configuration's folder
//   format: text                          # what --format prints when not given
//   lang: en
//   bestPractices: true
//   release: "1.36"                       # what --release checks against when not given
//   crd: [crds/]                          # like --crd, relative to the configuration's folder
import yaml from 'js-yaml';
import type { Lang, Severity } from '../types.ts';
import { releaseChoice, unsupportedRelease, type ReleaseChoice } from './args.ts';
import { FORMAT_NAMES, type FormatName } from './formats/index.ts';
import { globToRegExp } from './glob.ts';
import type { CliIo } from './io.ts';

export const CONFIG_FILE = '.kube-field-guide.yaml';

export interface Config {
  /** where it was read from; '' when there is none */
  path: string;
  disable: string[];
  severity: Record<string, Severity | 'off'>;
  ignore: string[];
  format?: FormatName;
  lang?: Lang;
  bestPractices?: boolean;
  release?: ReleaseChoice;
  /** CRD files and folders, absolute (resolved against the configuration's folder) */
  crd: string[];
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];
const KEYS = ['disable', 'severity', 'ignore', 'format', 'lang', 'bestPractices', 'release', 'crd'];

const parentOf = (dir: string): string => dir.replace(/\/[^/]*\/?$/, '') || '/';

/** The configuration file that applies in `cwd`, or undefined. */
export function findConfig(io: CliIo, cwd: string): string | undefined {
  if (!io.kind) return undefined;
  let dir = cwd.replaceAll('\\', '/');
  for (;;) {
    const path = `${dir.replace(/\/$/, '')}/${CONFIG_FILE}`;
    if (io.kind(path) === 'file') return path;
    const parent = parentOf(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const stringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The configuration read from `path`, or what is wrong with it (a usage error). */
export function readConfig(io: CliIo, path: string): Config | string {
  let value: unknown;
  try {
    value = yaml.load(io.readFile(path)) ?? {};
  } catch (error) {
    return `${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  if (typeof value !== 'object' || Array.isArray(value) || value === null) return `${path}: expected a mapping of ${KEYS.join(', ')}`;
  const raw = value as Record<string, unknown>;
  const unknown = Object.keys(raw).filter((key) => !KEYS.includes(key));
  if (unknown.length > 0) return `${path}: unknown key ${unknown.join(', ')} (known: ${KEYS.join(', ')})`;
  const config: Config = { path, disable: [], severity: {}, ignore: [], crd: [] };
  if (raw['disable'] !== undefined) {
    if (!stringList(raw['disable'])) return `${path}: disable must be a list of rule ids`;
    config.disable = raw['disable'];
  }
  if (raw['severity'] !== undefined) {
    const severity = raw['severity'];
    if (typeof severity !== 'object' || severity === null || Array.isArray(severity)) return `${path}: severity must map rule ids to ${SEVERITIES.join(', ')}`;
    for (const [rule, level] of Object.entries(severity)) {
      if (typeof level !== 'string' || !SEVERITIES.includes(level)) return `${path}: severity of ${rule} must be one of ${SEVERITIES.join(', ')}`;
      config.severity[rule] = level as Severity | 'off';
    }
  }
  if (raw['ignore'] !== undefined) {
    if (!stringList(raw['ignore'])) return `${path}: ignore must be a list of globs`;
    config.ignore = raw['ignore'];
  }
  const format = raw['format'];
  if (format !== undefined) {
    if (typeof format !== 'string' || !(FORMAT_NAMES as readonly string[]).includes(format)) return `${path}: format must be one of ${FORMAT_NAMES.join(', ')}`;
    config.format = format as FormatName;
  }
  const lang = raw['lang'];
  if (lang !== undefined) {
    if (lang !== 'ko' && lang !== 'en') return `${path}: lang must be ko or en`;
    config.lang = lang;
  }
  if (raw['bestPractices'] !== undefined) {
    if (typeof raw['bestPractices'] !== 'boolean') return `${path}: bestPractices must be true or false`;
    config.bestPractices = raw['bestPractices'];
  }
  const release = raw['release'];
  if (release !== undefined) {
    // unquoted, YAML reads 1.36 as a number (taken as written) and 1.30 as 1.3 (refused, with the hint to quote it)
    const written = typeof release === 'string' || typeof release === 'number' ? String(release) : JSON.stringify(release);
    const choice = releaseChoice(written);
    if (choice === undefined) return `${path}: ${unsupportedRelease(written)}${typeof release === 'number' ? ' (quote the release: "1.30")' : ''}`;
    config.release = choice;
  }
  if (raw['crd'] !== undefined) {
    if (!stringList(raw['crd'])) return `${path}: crd must be a list of files or folders`;
    const base = parentOf(path.replaceAll('\\', '/'));
    config.crd = raw['crd'].map((entry) => (entry.startsWith('/') ? entry : `${base.replace(/\/$/, '')}/${entry.replace(/^\.\//, '')}`));
  }
  return config;
}

/** Whether a found file is ignored: its path relative to the configuration's folder matches a glob. */
export function ignoreMatcher(config: Config, cwd: string): (file: string) => boolean {
  if (config.ignore.length === 0) return () => false;
  const patterns = config.ignore.map((glob) => globToRegExp(glob.replace(/^\.\//, '')));
  const base = `${parentOf(config.path.replaceAll('\\', '/'))}/`.replace(/\/\/$/, '/');
  const root = cwd.replaceAll('\\', '/').replace(/\/?$/, '/');
  return (file) => {
    const absolute = file.startsWith('/') ? file : `${root}${file.replace(/^\.\//, '')}`;
    const relative = absolute.startsWith(base) ? absolute.slice(base.length) : absolute;
    return patterns.some((pattern) => pattern.test(relative));
  };
}
