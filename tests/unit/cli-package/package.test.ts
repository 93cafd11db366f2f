// The publishable package: `npm run pack:cli` makes a tarball; installed offline into an empty folder
// (zero dependencies: nothing to fetch) it runs as `kube-field-guide` on the machine's own Node 20,
// with the rules and API data inside one JavaScript file, the same rules as the site.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rules } from '../../../src/lib/validator/rules/index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kfg-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** the machine's own Node (20 here), never the project's node_modules/.bin/node (22) */
function systemNode(): string {
  const found = execFileSync('which', ['-a', 'node'], { encoding: 'utf8' }).split('\n').filter(Boolean)
    .find((path) => !path.includes('node_modules'));
  if (!found) throw new Error('no system node on PATH');
  return found;
}

let tarball = '';
let installed = '';
let node = '';
beforeAll(() => {
  const output = execFileSync('npm', ['run', '--silent', 'pack:cli'], { cwd: root, encoding: 'utf8' });
  tarball = output.trimEnd().split('\n').at(-1) as string;
  const project = join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), '{"name":"try","version":"1.0.0","private":true}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(work, 'npm-cache'), join(root, tarball)], { cwd: project, encoding: 'utf8' });
  installed = join(project, 'node_modules/.bin/kube-field-guide');
  node = systemNode();
}, 180_000);

const run = (args: string[], input?: string, env: Record<string, string> = {}) => {
  const result = spawnSync(node, [installed, ...args], { cwd: work, encoding: 'utf8', input, timeout: 30_000, env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('the package', () => {
  test('the last line of pack:cli is the tarball, relative to the repository root; it holds one bundle and no TypeScript', () => {
    expect(tarball).toMatch(/^packages\/cli\/dist\/kube-field-guide-\d+\.\d+\.\d+\.tgz$/);
    expect(existsSync(join(root, tarball))).toBe(true);
    const listed = execFileSync('tar', ['-tzf', join(root, tarball)], { encoding: 'utf8' }).trim().split('\n').sort();
    // the bundle, and the command that runs it through V8's code cache (scripts/cli-loader.cjs)
    expect(listed).toEqual(['package/README.md', 'package/dist/core.js', 'package/dist/kube-field-guide.js', 'package/package.json']);
    expect(readFileSync(join(root, 'packages/cli/dist/kube-field-guide.js'), 'utf8').length).toBeLessThan(4096);
    // a one-byte source for V8 (pack-cli.mjs escapes what esbuild leaves in regular expressions)
    expect(readFileSync(join(root, 'packages/cli/dist/core.js')).every((byte) => byte < 0x80)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'kube-field-guide', bin: { 'kube-field-guide': 'dist/kube-field-guide.js' }, engines: { node: '>=20' } });
    expect(manifest.dependencies).toBeUndefined();
    expect(readdirSync(join(work, 'project/node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['kube-field-guide']);
  });

  test('runs on the machine\'s Node 20: exit codes and JSON output', () => {
    expect(execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' })).toMatch(/^20\./);
    writeFileSync(join(work, 'broken.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: 8080\n');
    writeFileSync(join(work, 'clean.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: "8080"\n');
    const failed = run(['check', 'broken.yaml', 'clean.yaml', '--format', 'json']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe('');
    const files = JSON.parse(failed.stdout).files;
    expect(files.map((f: { file: string }) => f.file)).toEqual(['broken.yaml', 'clean.yaml']);
    expect(files[0].diagnostics[0]).toMatchObject({ severity: 'error', rule: 'schema-type-mismatch', line: 6, column: 9, endLine: 6, endColumn: 13, path: 'data.port' });
    expect(run(['check', 'clean.yaml'])).toEqual({ status: 0, stderr: '', stdout: '1 file(s), 1 document(s): 0 error(s), 0 warning(s), 0 info\n' });
    expect(run(['check', '-', '--lang', 'ko'], 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: 8080\n').stdout).toContain('<stdin>:6:9: error schema-type-mismatch: 이 필드는 문자열이어야 한다.');
    expect(run(['check', 'clean.yaml', '--format', 'yaml']).status).toBe(2);
    expect(run(['check', 'missing.yaml']).status).toBe(2);
  });

  test('the same rules as the site, with the API data built in', () => {
    const sarif = JSON.parse(run(['check', 'clean.yaml', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    expect(sarif.runs[0].tool.driver.version).toBe(JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version);
    // API rules ran: an apiVersion Kubernetes does not serve
    writeFileSync(join(work, 'old.yaml'), 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n');
    expect(run(['check', 'old.yaml', '--format', 'json']).stdout).toContain('"rule": "api-version-not-served"');
  });

  test('the bundled projects\' CRD data is built in: a misspelt field of a bundled kind is an error at its line, offline', () => {
    writeFileSync(join(work, 'route.yaml'), 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\nspec:\n  parentRefs:\n  - name: public\n  rules:\n  - backendRef:\n    - name: api\n      port: 8080\n');
    expect(run(['check', 'route.yaml'])).toEqual({
      status: 1, stderr: '',
      stdout: 'route.yaml:9:5: error schema-unknown-field: backendRef is not a field at this position. Did you mean backendRefs? (spec.rules[0].backendRef)\n1 file(s), 1 document(s): 1 error(s), 0 warning(s), 0 info\n',
    });
    // a Certificate (cert-manager) with issuerRef misspelt, on standard input: the required issuerRef is missing too
    const certificate = 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\nspec:\n  secretName: web-tls\n  dnsNames: [web.example.com]\n  issuerRf:\n    name: letsencrypt\n';
    expect(JSON.parse(run(['check', '-', '--format', 'json'], certificate).stdout).files[0].diagnostics.map((d: { line: number; rule: string }) => [d.rule, d.line]))
      .toEqual([['schema-required-field', 5], ['schema-unknown-field', 8]]);
  });

  test('CEL rules are judged by the engine built into the bundle (loaded on first use)', () => {
    const backup = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: backups.example.com\nspec:\n  group: example.com\n  scope: Namespaced\n  names: {kind: Backup, plural: backups, singular: backup, listKind: BackupList}\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n        type: object\n        properties:\n          spec:\n            type: object\n            properties:\n              keep: {type: integer}\n            x-kubernetes-validations:\n            - rule: self.keep % 7 == 0\n              message: keep must be whole weeks\n---\napiVersion: example.com/v1\nkind: Backup\nmetadata:\n  name: nightly\nspec:\n  keep: 10\n';
    const result = run(['check', '-', '--format', 'json'], backup);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).files[0].diagnostics.map((d: { rule: string; line: number; message: string }) => [d.rule, d.line, d.message]))
      .toEqual([['schema-validation-rule', 29, 'keep must be whole weeks (the CRD\'s validation rule self.keep % 7 == 0)']]);
    expect(run(['check', '-'], backup.replace('keep: 10', 'keep: 14')).status).toBe(0);
    // the Go duration format's 'µs' unit lives in a regular expression that the bundle holds escaped
    const timeout = backup.replace('keep: {type: integer}', 'keep: {type: integer}\n              every: {type: string, format: duration}').replace('keep: 10', 'keep: 14\n  every: EVERY');
    expect(run(['check', '-'], timeout.replace('EVERY', '250µs'))).toMatchObject({ status: 0, stderr: '' });
    expect(run(['check', '-', '--format', 'json'], timeout.replace('EVERY', '250xs')).stdout).toContain('"rule": "schema-format"');
  });

  test('on worker threads (many files): the same output and exit code as on one thread', () => {
    const dir = join(work, 'many');
    execFileSync('mkdir', ['-p', dir]);
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx\n';
    // a Service in one file selects the Deployment in another; one Service selects nothing; one file does not parse
    writeFileSync(join(dir, 'a-service.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports:\n  - port: 80\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: lost\nspec:\n  selector: {app: nobody}\n  ports:\n  - port: 80\n');
    writeFileSync(join(dir, 'b-broken.yaml'), 'a: [\n');
    for (let i = 0; i < 6; i += 1) writeFileSync(join(dir, `c-${i}.yaml`), deployment.replace('name: web\nspec', `name: web-${i}\nspec`));
    // a bundled kind in a file of a later thread's group: its project is loaded on every thread
    writeFileSync(join(dir, 'd-route.yaml'), 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\nspec:\n  rules:\n  - backendRef: []\n');
    for (const format of ['json', 'text', 'sarif']) {
      const one = run(['check', 'many', '--format', format], undefined, { KUBE_FIELD_GUIDE_THREADS: '1' });
      const three = run(['check', 'many', '--format', format], undefined, { KUBE_FIELD_GUIDE_THREADS: '3' });
      expect(one.status).toBe(1);
      expect(three).toEqual(one);
    }
    const threaded = JSON.parse(run(['check', 'many', '--format', 'json'], undefined, { KUBE_FIELD_GUIDE_THREADS: '3' }).stdout).files as { file: string; diagnostics: { rule: string; line: number }[] }[];
    expect(threaded.flatMap((f) => f.diagnostics.map((d) => d.rule))).toContain('service-selector-no-match');
    expect(threaded.find((f) => f.file.endsWith('d-route.yaml'))?.diagnostics.map((d) => [d.rule, d.line])).toEqual([['schema-unknown-field', 7]]);
  });

  test('the code cache: written by the first run next to the bundle, used by the next, rewritten when V8 refuses it', () => {
    const dist = join(work, 'project/node_modules/kube-field-guide/dist');
    const caches = () => readdirSync(dist).filter((name) => name.endsWith('.cache'));
    for (const name of caches()) rmSync(join(dist, name));
    writeFileSync(join(work, 'cached.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: 8080\n');
    const first = run(['check', 'cached.yaml', '--format', 'json']);
    expect(first.status).toBe(1);
    // named by the bundle's hash and this Node's V8 version, so no other code or V8 ever reads it
    const v8 = execFileSync(node, ['-p', 'process.versions.v8 + "-" + process.arch'], { encoding: 'utf8' }).trim();
    expect(caches()).toEqual([expect.stringMatching(new RegExp(`^\\.core-[0-9a-f]{16}-${v8.replace(/[.]/g, '\\.')}\\.cache$`))]);
    const cache = join(dist, caches()[0] as string);
    const written = readFileSync(cache);
    expect(written.length).toBeGreaterThan(100_000);
    const inode = statSync(cache).ino;
    expect(run(['check', 'cached.yaml', '--format', 'json'])).toEqual(first);
    // V8 took the cache: the run wrote none (a new one would be a new file, renamed into place)
    expect(statSync(cache).ino).toBe(inode);
    // a damaged cache: V8 refuses it, the run compiles the bundle and writes a good cache again
    writeFileSync(cache, Buffer.alloc(written.length, 7));
    const damaged = statSync(cache).ino;
    expect(run(['check', 'cached.yaml', '--format', 'json'])).toEqual(first);
    expect(statSync(cache).ino).not.toBe(damaged);
    expect(readFileSync(cache).equals(Buffer.alloc(written.length, 7))).toBe(false);
    expect(readFileSync(cache).length).toBeGreaterThan(100_000);
  });
});
