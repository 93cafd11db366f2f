// An in-memory file system for the command line's io: paths are absolute under /work (the working
// directory); a Uint8Array that is not UTF-8 behaves like the real io's refusal.
import { releaseCatalog } from '../../../src/lib/k8s/release-catalog.ts';
import { NEWEST_RELEASE } from '../../../src/lib/k8s/releases.ts';
import type { CliIo } from '../../../src/lib/validator/cli.ts';
import { decodeUtf8 } from '../../../src/lib/validator/cli.ts';

export const CWD = '/work';

export function fakeFs(files: Record<string, string | Uint8Array>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const abs = (path: string) => (path === '.' ? CWD : path.startsWith('/') ? path : `${CWD}/${path.replace(/^\.\//, '')}`).replace(/\/$/, '') || '/';
  const table = new Map(Object.entries(files).map(([path, text]) => [abs(path), text]));
  const isDir = (path: string) => [...table.keys()].some((file) => file.startsWith(`${abs(path)}/`.replace('//', '/')));
  const io: CliIo = {
    readFile: (path) => {
      const text = table.get(abs(path));
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return typeof text === 'string' ? text : decodeUtf8(text);
    },
    readStdin: () => stdin,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    // every release's data, as the real io reads it (node-io.ts), and the history for an older one
    schema: (release) => releaseCatalog.releaseSchema(release),
    history: (release) => (release === NEWEST_RELEASE ? undefined : releaseCatalog),
    kind: (path) => (table.has(abs(path)) ? 'file' : isDir(path) ? 'directory' : undefined),
    list: (path) => {
      const prefix = `${abs(path)}/`.replace('//', '/');
      const names = new Map<string, boolean>();
      for (const file of table.keys()) {
        if (!file.startsWith(prefix)) continue;
        const rest = file.slice(prefix.length);
        const name = rest.split('/')[0] as string;
        names.set(name, rest.includes('/'));
      }
      return [...names].map(([name, directory]) => ({ name, directory }));
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
    cwd: () => CWD,
  };
  return { io, out, err, written, stdout: () => out.join(''), stderr: () => err.join('') };
}

export const broken = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: 8080\n';
export const clean = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: "8080"\n';
export const warnOnly = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n';
