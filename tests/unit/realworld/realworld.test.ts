// Real-world-shaped manifests (tests/fixtures/realworld, written here after the families of files
// that real repositories hold: add-on bundles with RBAC and an APIService, kustomizations, component
// configuration, YAML that only kubectl's parser accepts, legacy APIs). They go through the command
// line in one run, as CI would check a repository, and every diagnostic must be the one reviewed in
// expected.json: no false error comes back unseen, and no real one goes missing.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const root = 'tests/fixtures/realworld';

interface Report {
  files: { file: string; diagnostics: { severity: string; rule: string; line: number }[] }[];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/u.test(name) ? [path] : [];
    })
    .sort();
}

function check(files: string[]): { status: number; report: Report } {
  const result = spawnSync('node_modules/.bin/node', ['bin/kube-field-guide.mjs', 'check', ...files, '--format', 'json'], { encoding: 'utf8' });
  return { status: result.status ?? -1, report: JSON.parse(result.stdout) as Report };
}

/** 'severity rule line' per diagnostic, per file relative to the fixture folder. */
function summary(report: Report): Record<string, string[]> {
  return Object.fromEntries(
    report.files.map((file) => [
      relative(root, file.file),
      file.diagnostics.map((d) => `${d.severity} ${d.rule} ${d.line}`).sort(),
    ]),
  );
}

const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as { exitStatus: number; files: Record<string, string[]> };

it('every file of the folder gives exactly the reviewed diagnostics, in one run', () => {
  const files = yamlFiles(root);
  const { status, report } = check(files);
  expect(summary(report)).toEqual(Object.fromEntries(Object.entries(expected.files).map(([file, lines]) => [file, [...lines].sort()])));
  expect(status).toBe(expected.exitStatus);
});

it('the add-on checks clean as a folder of its own: names, references across files, kustomization', () => {
  const files = yamlFiles(join(root, 'addon'));
  const { status, report } = check(files);
  const problems = report.files.flatMap((file) => file.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${file.file}:${d.line} ${d.rule}`));
  expect(problems).toEqual([]);
  expect(status).toBe(0);
});
