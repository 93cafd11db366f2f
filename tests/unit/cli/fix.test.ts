// check --fix rewrites the files and reports what remains; --fix-dry-run prints a unified diff that
// patch takes; --fix-type safe|all.
import { applyPatch } from 'diff';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../../src/lib/validator/cli.ts';
import { broken, clean, fakeFs } from './fake-io.ts';

// a container field in the wrong case (safe) and two fields equally near (suggestions only)
const pod = (fields: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web # front\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n${fields}`;
const unclear = pod('    resartPolicy: Always\n');

describe('--fix', () => {
  test('rewrites the file in place, says how many fixes went in, and reports what remains (exit 0: nothing)', () => {
    const fs = fakeFs({ 'app.yaml': broken });
    expect(runCli(['check', 'app.yaml', '--fix', '--no-best-practices'], fs.io)).toBe(0);
    expect(fs.written).toEqual({ 'app.yaml': clean });
    expect(fs.stderr()).toBe('app.yaml: 1 fix applied\n');
    expect(fs.stdout()).not.toContain('schema-type-mismatch');
  });
  test('what no fix can mend is still reported, with the usual exit code, at its line in the fixed file', () => {
    const text = pod('    imagePullpolicy: always\n    livenessProbe: {}\n');
    const fs = fakeFs({ 'pod.yaml': text });
    expect(runCli(['check', 'pod.yaml', '--fix', '--no-best-practices', '--format', 'json', '--lang', 'ko'], fs.io)).toBe(1);
    expect(fs.written['pod.yaml']).toBe(pod('    imagePullPolicy: Always\n    livenessProbe: {}\n'));
    expect(fs.stderr()).toBe('pod.yaml: 고친 곳 2개\n');
    const report = JSON.parse(fs.stdout()) as { files: { diagnostics: { rule: string; line: number }[] }[] };
    expect(report.files[0]?.diagnostics.map((d) => `${d.rule}@${d.line}`)).toEqual(['probe-handler@10']);
  });
  test('a file with nothing to fix is not written', () => {
    const fs = fakeFs({ 'app.yaml': clean });
    expect(runCli(['check', 'app.yaml', '--fix'], fs.io)).toBe(0);
    expect(fs.written).toEqual({});
  });
  test('suggestions only with --fix-type all', () => {
    const safe = fakeFs({ 'pod.yaml': unclear });
    runCli(['check', 'pod.yaml', '--fix', '--no-best-practices'], safe.io);
    expect(safe.written).toEqual({});
    const all = fakeFs({ 'pod.yaml': unclear });
    runCli(['check', 'pod.yaml', '--fix', '--fix-type', 'all', '--no-best-practices'], all.io);
    expect(all.written['pod.yaml']).toBe(pod('    restartPolicy: Always\n'));
  });
});

describe('--fix-dry-run', () => {
  test('writes nothing and prints a unified diff that patch applies to give the fixed file', () => {
    const fs = fakeFs({ 'app.yaml': broken, 'ok.yaml': clean });
    expect(runCli(['check', 'app.yaml', 'ok.yaml', '--fix-dry-run'], fs.io)).toBe(0);
    expect(fs.written).toEqual({});
    const diff = fs.stdout();
    expect(diff.split('\n').slice(0, 3)).toEqual(['--- app.yaml', '+++ app.yaml', '@@ -3,4 +3,4 @@']);
    expect(diff).toContain('-  port: 8080\n+  port: "8080"\n');
    expect(diff).not.toContain('ok.yaml');
    expect(applyPatch(broken, diff)).toBe(clean);
  });
  test('standard input can be shown as a diff, not rewritten', () => {
    const fs = fakeFs({}, broken);
    expect(runCli(['check', '-', '--fix-dry-run'], fs.io)).toBe(0);
    expect(fs.stdout()).toContain('+++ <stdin>');
  });
});

describe('usage errors (exit 2)', () => {
  test.each([
    [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
    [['--fix', '--fix-type', 'some'], '--fix-type must be safe or all (got some)'],
    [['--fix-type', 'all'], '--fix-type needs --fix or --fix-dry-run'],
  ])('%j', (flags, message) => {
    const fs = fakeFs({ 'app.yaml': broken });
    expect(runCli(['check', 'app.yaml', ...flags], fs.io)).toBe(2);
    expect(fs.stderr().split('\n')[0]).toBe(message);
  });
  test('--fix on standard input', () => {
    const fs = fakeFs({}, broken);
    expect(runCli(['check', '-', '--fix'], fs.io)).toBe(2);
    expect(fs.stderr()).toMatch(/^--fix cannot rewrite standard input; use --fix-dry-run/);
  });
});
