// The inputs of a run: files, folders (recursive: *.yaml, *.yml, *.json; hidden folders and
// node_modules skipped), globs, and `-` for standard input. Each file is read once, in the order
// given (a folder's files sorted); a file that cannot be read is named and the rest still checked.
import { globBase, globToRegExp, hasMagic } from './glob.ts';
import type { CliIo } from './io.ts';

export interface Input {
  /** as reported: the path as given or found, `<stdin>` for standard input */
  file: string;
  text: string;
}

export interface InputProblem {
  file: string;
  reason: string;
}

const MANIFEST = /\.(ya?ml|json)$/i;
const skippedFolder = (name: string): boolean => name.startsWith('.') || name === 'node_modules';
const joinPath = (dir: string, name: string): string => (dir === '' || dir === '.' ? name : `${dir.replace(/\/+$/, '')}/${name}`);

/** Every file under a folder, sorted, skipping hidden folders and node_modules; `keep` picks files. */
function walk(io: CliIo, dir: string, keep: (path: string) => boolean, out: string[]): void {
  const entries = [...(io.list?.(dir) ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = joinPath(dir, entry.name);
    if (entry.directory) {
      if (!skippedFolder(entry.name)) walk(io, path, keep, out);
    } else if (keep(path)) {
      out.push(path);
    }
  }
}

/** The paths an argument stands for, or why it stands for none. */
function expand(io: CliIo, arg: string): string[] | string {
  if (arg === '-' || !io.kind) return [arg];
  const kind = io.kind(arg);
  if (kind === 'directory') {
    const found: string[] = [];
    walk(io, arg, (path) => MANIFEST.test(path), found);
    return found;
  }
  if (kind === 'file' || !hasMagic(arg)) return [arg];
  const pattern = arg.replaceAll('\\', '/').replace(/^\.\//, '');
  const base = globBase(pattern);
  const matcher = globToRegExp(pattern);
  if (base !== '' && io.kind(base) !== 'directory') return 'no file matches this pattern';
  const found: string[] = [];
  walk(io, base === '' ? '.' : base, (path) => matcher.test(path), found);
  return found.length > 0 ? found : 'no file matches this pattern';
}

/** Reads every input; `ignored` drops found files (folders, globs) the configuration ignores. */
export function readInputs(args: readonly string[], io: CliIo, ignored: (path: string) => boolean = () => false) {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const paths = expand(io, arg);
    if (typeof paths === 'string') {
      problems.push({ file: arg, reason: paths });
      continue;
    }
    for (const path of paths) {
      if (path !== '-' && (seen.has(path) || (path !== arg && ignored(path)))) continue;
      seen.add(path);
      try {
        inputs.push({ file: path === '-' ? '<stdin>' : path, text: path === '-' ? io.readStdin() : io.readFile(path) });
      } catch (error) {
        problems.push({ file: path, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return { inputs, problems };
}
