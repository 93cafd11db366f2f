import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs, runCli, type CliIo } from '../../../src/lib/validator/cli.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';

function fakeIo(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      if (!(path in files)) throw new Error(`ENOENT: ${path}`);
      return files[path] as string;
    },
    readStdin: () => stdin,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    schema: () => apiSchema,
  };
  return { io, out, err };
}

const broken = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: 8080\n';
const clean = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  port: "8080"\n';
const warnOnly = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n';

describe('arguments', () => {
  test.each([
    [['check', 'a.yaml'], { files: ['a.yaml'], format: 'text', lang: 'en', bestPractices: true }],
    [['check', '-', '--format', 'json', '--lang', 'ko', '--no-best-practices'], { files: ['-'], format: 'json', lang: 'ko', bestPractices: false }],
  ])('%j', (args, expected) => expect(parseArgs(args)).toEqual(expected));
  test.each([[[]], [['lint', 'a']], [['check']], [['check', 'a', '--format', 'xml']], [['check', 'a', '--lang', 'fr']], [['check', 'a', '--fast']]])('%j is a usage error (exit 2)', (args) => {
    const { io, err } = fakeIo({});
    expect(runCli(args, io)).toBe(2);
    expect(err.join('')).toContain('usage:');
  });
});

describe('exit codes and output', () => {
  test('errors exit 1; the JSON has the agreed shape', () => {
    const { io, out } = fakeIo({ 'cm.yaml': broken });
    expect(runCli(['check', 'cm.yaml', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(out.join(''))).toEqual({
      files: [{
        file: 'cm.yaml',
        documents: [{ index: 0, apiVersion: 'v1', kind: 'ConfigMap', name: 'app', line: 1 }],
        diagnostics: [{
          severity: 'error', rule: 'schema-type-mismatch',
          message: 'This field takes a string. YAML reads the unquoted 8080 as integer, so put it in quotes: "8080".',
          line: 6, column: 9, endLine: 6, endColumn: 13, path: 'data.port', document: 0,
        }],
      }],
    });
  });
  test('clean input exits 0; warnings alone exit 0; --no-best-practices silences them', () => {
    expect(runCli(['check', 'a'], fakeIo({ a: clean }).io)).toBe(0);
    const warned = fakeIo({ p: warnOnly });
    expect(runCli(['check', 'p'], warned.io)).toBe(0);
    expect(warned.out.join('')).toContain('p:8:12: warning image-tag: ');
    const quiet = fakeIo({ p: warnOnly });
    runCli(['check', 'p', '--no-best-practices'], quiet.io);
    expect(quiet.out.join('')).toBe('1 file(s), 1 document(s): 0 error(s), 0 warning(s), 0 info\n');
  });
  test('text output in Korean', () => {
    const { io, out } = fakeIo({}, broken);
    expect(runCli(['check', '-', '--lang', 'ko'], io)).toBe(1);
    expect(out.join('')).toBe(
      '<stdin>:6:9: error schema-type-mismatch: 이 필드는 문자열이어야 한다. YAML은 따옴표 없는 8080을(를) 정수(으)로 읽으므로 "8080"처럼 따옴표로 감싸자. (data.port)\n'
      + '파일 1개, 문서 1개: 오류 1, 경고 0, 정보 0\n',
    );
  });
  test('an unreadable file exits 2 but the others are still checked', () => {
    const { io, out, err } = fakeIo({ a: broken });
    expect(runCli(['check', 'missing.yaml', 'a', '--format', 'json'], io)).toBe(2);
    expect(err.join('')).toContain('missing.yaml');
    expect(JSON.parse(out.join('')).files.map((f: { file: string }) => f.file)).toEqual(['a']);
  });
});

test('runs as a program in plain Node, reading standard input', () => {
  const cli = fileURLToPath(new URL('../../../src/lib/validator/cli.ts', import.meta.url));
  const args = ['--experimental-strip-types', '--no-warnings', cli, 'check', '-', '--format', 'json'];
  const failed = spawnSync(process.execPath, args, { input: broken, encoding: 'utf8' });
  expect(failed.status).toBe(1);
  expect(JSON.parse(failed.stdout).files[0].diagnostics[0].rule).toBe('schema-type-mismatch');
  expect(execFileSync(process.execPath, args, { input: clean, encoding: 'utf8' })).toContain('"diagnostics": []');
}, 30_000);
