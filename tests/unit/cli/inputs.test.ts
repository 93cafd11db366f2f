// Inputs: files, folders (recursive, manifests only, hidden folders and node_modules skipped), globs,
// standard input; unreadable files named with exit 2 while the rest is checked.
import { describe, expect, test } from 'vitest';
import { runCli } from '../../../src/lib/validator/cli.ts';
import { globToRegExp } from '../../../src/lib/validator/cli/glob.ts';
import { broken, clean, fakeFs } from './fake-io.ts';

const tree = {
  'k8s/a.yaml': clean,
  'k8s/b.yml': clean,
  'k8s/nested/c.json': '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}\n',
  'k8s/nested/notes.md': '# not a manifest\n',
  'k8s/.hidden/d.yaml': broken,
  'k8s/node_modules/e.yaml': broken,
  'k8s/vendor/f.yaml': broken,
  'other/g.yaml': clean,
};
const checked = (args: string[], files: Record<string, string | Uint8Array> = tree, stdin = '') => {
  const fs = fakeFs(files, stdin);
  const code = runCli(['check', ...args, '--format', 'json'], fs.io);
  const out = fs.stdout() ? (JSON.parse(fs.stdout()).files as { file: string }[]).map((f) => f.file) : [];
  return { code, files: out, stderr: fs.stderr() };
};

describe('folders and globs', () => {
  test('a folder: every manifest below it, sorted, hidden folders and node_modules skipped', () => {
    expect(checked(['k8s'])).toEqual({ code: 1, files: ['k8s/a.yaml', 'k8s/b.yml', 'k8s/nested/c.json', 'k8s/vendor/f.yaml'], stderr: '' });
  });
  test('globs, expanded by us (quoted in a shell)', () => {
    expect(checked(['k8s/*.yaml']).files).toEqual(['k8s/a.yaml']);
    expect(checked(['k8s/**/*.{yaml,json}']).files).toEqual(['k8s/a.yaml', 'k8s/nested/c.json', 'k8s/vendor/f.yaml']);
    expect(checked(['**/g.yaml']).files).toEqual(['other/g.yaml']);
    expect(checked(['/work/other/?.yaml']).files).toEqual(['/work/other/g.yaml']);
  });
  test('a glob that matches nothing is named, exit 2; a file named twice is checked once', () => {
    expect(checked(['k8s/*.txt', 'k8s/a.yaml'])).toEqual({ code: 2, files: ['k8s/a.yaml'], stderr: 'k8s/*.txt: no file matches this pattern\n' });
    expect(checked(['k8s/a.yaml', 'k8s/*.yaml']).files).toEqual(['k8s/a.yaml']);
  });
  test.each([
    ['**/*.yaml', 'a.yaml', true], ['**/*.yaml', 'x/y/a.yaml', true], ['*.yaml', 'x/a.yaml', false],
    ['k8s/**', 'k8s/x/y', true], ['[!a]*.yml', 'b.yml', true], ['[!a]*.yml', 'a.yml', false], ['a.yaml', 'axyaml', false],
  ])('%s matches %s: %s', (glob, path, expected) => expect(globToRegExp(glob).test(path)).toBe(expected));
});

describe('standard input and unreadable files', () => {
  test('- next to a folder', () => {
    expect(checked(['-', 'other'], tree, broken)).toEqual({ code: 1, files: ['<stdin>', 'other/g.yaml'], stderr: '' });
  });
  test('a missing file and a file that is not UTF-8: exit 2, each named, the rest still checked', () => {
    const files = { ...tree, 'latin1.yaml': Uint8Array.from([0x6b, 0x3a, 0x20, 0xe9, 0x0a]) };
    const result = checked(['missing.yaml', 'latin1.yaml', 'k8s/a.yaml'], files);
    expect(result.code).toBe(2);
    expect(result.files).toEqual(['k8s/a.yaml']);
    expect(result.stderr).toBe("missing.yaml: ENOENT: no such file or directory, open 'missing.yaml'\n"
      + 'latin1.yaml: not UTF-8 text (a binary file, or another encoding); save the manifest as UTF-8\n');
  });
});

describe('configuration: ignored paths', () => {
  test('globs relative to the configuration\'s folder drop found files, never a file named outright', () => {
    const files = { ...tree, '/work/.kube-field-guide.yaml': 'ignore: ["k8s/vendor/**"]\n' };
    expect(checked(['k8s'], files)).toEqual({ code: 0, files: ['k8s/a.yaml', 'k8s/b.yml', 'k8s/nested/c.json'], stderr: '' });
    expect(checked(['k8s/vendor/f.yaml'], files).files).toEqual(['k8s/vendor/f.yaml']);
  });
});
