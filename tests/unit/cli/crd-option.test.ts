// --crd FILE_OR_DIR: CustomResourceDefinitions that check the inputs' custom resources without being
// reported on themselves (a CRD folder next to the manifests).
import { describe, expect, test } from 'vitest';
import { parseArgs, runCli } from '../../../src/lib/validator/cli.ts';
import { validateAll } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { backupExample } from '../../../src/lib/validator/crd-examples.ts';
import { fakeFs } from './fake-io.ts';

// the docs' Backup CRD, with a name the name rule would report were the file checked (line 4)
const crd = (backupExample(['              schedule: {type: string}'], []).split('---\n')[0] as string).replace('backups.example.com', 'wrong-name');
const backup = 'apiVersion: example.com/v1\nkind: Backup\nmetadata:\n  name: nightly\nspec:\n  schedul: "0 3 * * *"\n';
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n';

const lines = (text: string) => text.split('\n').filter((line) => /^\S+:\d+:\d+: /.test(line));

describe('--crd', () => {
  test('is repeatable and kept in order', () => {
    expect(parseArgs(['check', 'a.yaml', '--crd', 'crds', '--crd', 'more/x.yaml'])).toMatchObject({ files: ['a.yaml'], crd: ['crds', 'more/x.yaml'] });
  });

  test('a CRD folder checks the custom resources; nothing is reported on the CRDs or the folder\'s other documents', () => {
    const fs = fakeFs({ 'apps/backup.yaml': backup, 'crds/backup.yaml': crd, 'crds/other.yaml': configMap });
    expect(runCli(['check', 'apps', '--crd', 'crds'], fs.io)).toBe(1);
    expect(lines(fs.stdout())).toEqual([
      'apps/backup.yaml:6:3: error schema-unknown-field: schedul is not a field at this position. Did you mean schedule? (spec.schedul)',
    ]);
    expect(fs.stdout()).toContain('1 file(s), 1 document(s)');
  });

  test('without --crd the same custom resource is not checked (a warning)', () => {
    const fs = fakeFs({ 'apps/backup.yaml': backup });
    expect(runCli(['check', 'apps'], fs.io)).toBe(0);
    expect(lines(fs.stdout()).map((line) => line.split(' ')[2])).toEqual(['custom-resource-unchecked:']);
  });

  test('a --crd file that is also an input is reported on as an input, once', () => {
    const fs = fakeFs({ 'crd.yaml': crd, 'backup.yaml': backup });
    runCli(['check', 'crd.yaml', 'backup.yaml', '--crd', 'crd.yaml', '--format', 'json'], fs.io);
    const files = JSON.parse(fs.stdout()).files as { file: string; diagnostics: { rule: string; line: number }[] }[];
    expect(files.map((f) => f.file)).toEqual(['crd.yaml', 'backup.yaml']);
    expect(files[0]?.diagnostics.map((d) => [d.rule, d.line])).toEqual([['metadata-name-format', 4]]);
    expect(files[1]?.diagnostics.map((d) => [d.rule, d.line])).toEqual([['schema-unknown-field', 6]]);
  });

  test('an unreadable --crd path exits 2, naming it, and the inputs are still checked', () => {
    const fs = fakeFs({ 'backup.yaml': backup });
    expect(runCli(['check', 'backup.yaml', '--crd', 'missing.yaml'], fs.io)).toBe(2);
    expect(fs.stderr()).toContain('missing.yaml');
    expect(lines(fs.stdout())).toHaveLength(1);
  });
});

test('validateAll: crdTexts lend only their CRDs, and broken ones add nothing', () => {
  const [result] = validateAll([backup], { schema: apiSchema, crdTexts: [`${configMap}---\n${crd}`, 'a: [', ''] });
  expect(result?.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['schema-unknown-field', 6, 3]]);
  expect(result?.documents).toHaveLength(1);
});
