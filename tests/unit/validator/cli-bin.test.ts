// The command a user runs, bin/kube-field-guide.mjs, as a process: the Node version check, exit codes,
// files read from disk, standard input, and a file that is not UTF-8 among good ones. cli.test.ts
// covers the logic through a fake io; this covers the wiring around it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin/kube-field-guide.mjs');
/** the project's Node 22 (devDependency node@22), what npx and npm run use */
const node22 = join(root, 'node_modules/.bin/node');

const dir = mkdtempSync(join(tmpdir(), 'kfg-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const clean = file('clean.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: "8080"\n');
const broken = file('broken.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: 8080\n');
const warnOnly = file('warn.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n');
// "café: é" in Latin-1: 0xE9 alone is not UTF-8
const latin1 = file('latin1.yaml', Uint8Array.from([...Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf'), 0xe9, 0x0a]));

interface Run { status: number | null; stdout: string; stderr: string }
function run(node: string, args: string[], input?: string, nodeOptions: string[] = []): Run {
  const result = spawnSync(node, [...nodeOptions, bin, ...args], { cwd: dir, encoding: 'utf8', input, timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const check = (args: string[], input?: string) => run(node22, ['check', ...args], input);
const jsonFiles = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ file: string; diagnostics: Array<{ rule: string }> }> }).files;

const tooOld = (version: string): boolean => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major < 22 || (major === 22 && minor < 18);
};
const refusal = (version: string) =>
  `kube-field-guide needs Node.js >= 22.18 (this is ${version}); run it through npx or npm run validate.\n`;

describe('the Node version check', () => {
  test('the machine\'s own node (whatever PATH finds) is refused when older than 22.18, else runs', () => {
    const probe = spawnSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8' });
    expect(probe.status).toBe(0);
    const version = probe.stdout.trim();
    const result = run('node', ['check', clean]);
    if (tooOld(version)) {
      expect(result).toEqual({ status: 2, stdout: '', stderr: refusal(version) });
    } else {
      expect(result.status).toBe(0);
    }
  }, 30_000);

  // the same check at its boundary, on Node 22 with the version it reports replaced
  const reporting = (version: string) => [`--import=data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`];
  test.each(['20.19.0', '22.17.9'])('Node %s is refused with exit 2 and says what to do', (version) => {
    expect(run(node22, ['check', clean], undefined, reporting(version))).toEqual({ status: 2, stdout: '', stderr: refusal(version) });
  });
  test('Node 22.18.0 is accepted', () => {
    expect(run(node22, ['check', clean], undefined, reporting('22.18.0')).status).toBe(0);
  });
});

describe('exit codes, files from disk, standard input', () => {
  test('0: no problems, and warnings alone', () => {
    expect(check([clean])).toEqual({ status: 0, stderr: '', stdout: '1 file(s), 1 document(s): 0 error(s), 0 warning(s), 0 info\n' });
    const warned = check([warnOnly]);
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain(`${warnOnly}:8:12: warning image-tag: `);
  });

  test('1: an error in any file; every file is reported', () => {
    const result = check([clean, broken, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(jsonFiles(result.stdout).map((f) => [f.file, f.diagnostics.map((d) => d.rule)])).toEqual([
      [clean, []],
      [broken, ['schema-type-mismatch']],
    ]);
  });

  test('2: a usage error, with the usage', () => {
    for (const args of [[], ['check'], ['lint', clean], ['check', clean, '--format', 'xml']]) {
      const result = run(node22, args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('usage: ');
      expect(result.stdout).toBe('');
    }
  });

  test('2: a missing file, named, while the others are checked', () => {
    const missing = join(dir, 'missing.yaml');
    const result = check([missing, clean, '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ENOENT`));
    expect(jsonFiles(result.stdout).map((f) => f.file)).toEqual([clean]);
  });

  test('- reads standard input, reported as <stdin>, next to files', () => {
    const result = check(['-', clean, '--lang', 'ko'], 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: 8080\n');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^<stdin>:6:9: error schema-type-mismatch: 이 필드는 문자열이어야 한다\./);
    expect(result.stdout.endsWith('파일 2개, 문서 2개: 오류 1, 경고 0, 정보 0\n')).toBe(true);
  });
});

describe('custom resources of a bundled project', () => {
  test('a misspelt field of an HTTPRoute (Gateway API, no CRD in the input) is an error at its line', () => {
    const route = file('route.yaml', 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\nspec:\n  parentRefs:\n  - name: public\n  rules:\n  - backendRef:\n    - name: api\n      port: 8080\n');
    const result = check([route]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`${route}:9:5: error schema-unknown-field: backendRef is not a field at this position. Did you mean backendRefs? (spec.rules[0].backendRef)\n1 file(s), 1 document(s): 1 error(s), 0 warning(s), 0 info\n`);
  });
});

describe('the CEL engine', () => {
  // a module hook (Node >= 22.15) that names on standard error every CEL module the run loads
  const hook = file('cel-hook.mjs', "import { registerHooks } from 'node:module';\nregisterHooks({ resolve(specifier, context, next) { const found = next(specifier, context); if (/cel-js|cel\\/engine\\.ts/.test(found.url)) process.stderr.write(`loaded ${specifier}\\n`); return found; } });\n");
  const cel = file('backup.yaml', 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: backups.example.com\nspec:\n  group: example.com\n  scope: Namespaced\n  names: {kind: Backup, plural: backups, singular: backup, listKind: BackupList}\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n        type: object\n        properties:\n          spec:\n            type: object\n            properties:\n              keep: {type: integer}\n            x-kubernetes-validations:\n            - rule: self.keep % 7 == 0\n              message: keep must be whole weeks\n---\napiVersion: example.com/v1\nkind: Backup\nmetadata:\n  name: nightly\nspec:\n  keep: 10\n');

  test('is loaded only for an input with CEL rules, and then judges them', () => {
    const plain = run(node22, ['check', broken], undefined, ['--import', hook]);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe('');
    const withRules = run(node22, ['check', cel], undefined, ['--import', hook]);
    expect(withRules.stdout).toContain(`${cel}:29:1: error schema-validation-rule: keep must be whole weeks`);
    expect(withRules.status).toBe(1);
    expect(withRules.stderr).toContain('loaded ../cel/engine.ts');
    expect(withRules.stderr).toContain('loaded @marcbachmann/cel-js');
  });
});

describe('a file that is not UTF-8', () => {
  test('exits 2 naming the file, and the other files are still checked', () => {
    const result = check([broken, latin1, clean, '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${latin1}: not UTF-8 text (a binary file, or another encoding); save the manifest as UTF-8\n`);
    expect(jsonFiles(result.stdout).map((f) => [f.file, f.diagnostics.map((d) => d.rule)])).toEqual([
      [broken, ['schema-type-mismatch']],
      [clean, []],
    ]);
  });

  test('on standard input too', () => {
    const bytes = spawnSync(node22, [bin, 'check', '-'], { input: Buffer.from([0x6b, 0x3a, 0x20, 0xff, 0x0a]), encoding: 'utf8' });
    expect(bytes.status).toBe(2);
    expect(bytes.stderr).toBe('-: not UTF-8 text (a binary file, or another encoding); save the manifest as UTF-8\n');
  });
});
