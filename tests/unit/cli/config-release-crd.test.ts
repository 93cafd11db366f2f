// The configuration's `release` and `crd` (issue 12.4), and --release: one list of releases (releases.ts)
// that both are read against, and CRD paths that work like --crd, relative to the configuration's folder.
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { DEFAULT_RELEASE, RELEASES } from '../../../src/lib/k8s/releases.ts';
import { backupExample } from '../../../src/lib/validator/crd-examples.ts';
import { runCli } from '../../../src/lib/validator/cli.ts';
import { clean, fakeFs } from './fake-io.ts';

const crd = backupExample(['              schedule: {type: string}'], []).split('---\n')[0] as string;
const backup = 'apiVersion: example.com/v1\nkind: Backup\nmetadata:\n  name: nightly\nspec:\n  schedul: "0 3 * * *"\n';
const ruleLines = (text: string) => text.split('\n').filter((line) => /^\S+:\d+:\d+: /.test(line));

/** the fake io, recording the release the run asks API data for */
function recording(files: Record<string, string>) {
  const fs = fakeFs(files);
  const asked: string[] = [];
  const schema = fs.io.schema;
  fs.io.schema = (release) => {
    asked.push(release);
    return schema(release);
  };
  return { ...fs, asked };
}

describe('releases', () => {
  test('the list holds the release of the generated API data, and it is the default', () => {
    expect(RELEASES).toContain(apiSchema.kubernetesVersion);
    expect(DEFAULT_RELEASE).toBe(apiSchema.kubernetesVersion);
  });

  test.each([
    [[], {}, DEFAULT_RELEASE],
    [['--release', '1.36'], {}, '1.36'],
    [['--kubernetes-version', '1.31'], {}, '1.31'],
    // 1.35: Pulumi's field set, 1.36's required flags (RELEASES.md)
    [['--kubernetes-version', '1.35'], {}, '1.35'],
    // as kubectl version and a cluster's nodes write it
    [['--kubernetes-version', 'v1.30'], {}, '1.30'],
    [['--kubernetes-version', '1.29.4'], {}, '1.29'],
    [[], { '/work/.kube-field-guide.yaml': 'release: "1.36"\n' }, '1.36'],
    [[], { '/work/.kube-field-guide.yaml': 'release: "1.27"\n' }, '1.27'],
    // the option wins over the configuration
    [['--kubernetes-version', '1.33'], { '/work/.kube-field-guide.yaml': 'release: "1.27"\n' }, '1.33'],
    // unquoted, YAML reads a number; 1.36 reads back as written
    [[], { '/work/.kube-field-guide.yaml': 'release: 1.36\n' }, '1.36'],
  ])('%j with %j checks against %s', (args, config, release) => {
    const fs = recording({ 'cm.yaml': clean, ...config });
    expect(runCli(['check', 'cm.yaml', ...args], fs.io)).toBe(0);
    expect(fs.asked).toEqual([release]);
  });

  test('all checks against every release with data, the newest first', () => {
    const fs = recording({ 'cm.yaml': clean });
    expect(runCli(['check', 'cm.yaml', '--kubernetes-version', 'all'], fs.io)).toBe(0);
    expect(fs.asked).toEqual([DEFAULT_RELEASE, ...RELEASES.filter((r) => r !== DEFAULT_RELEASE)]);
    expect(fs.stdout()).toContain('cm.yaml:1: ConfigMap app: accepted by 1.27–1.36\n');
  });

  const sidecarPod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  initContainers:\n  - name: proxy\n    image: envoy:1.30\n    restartPolicy: Always\n  containers:\n  - name: web\n    image: nginx:1.27\n';

  test('all in JSON: each document has its accepting releases, the rejections with their line, and the summary', () => {
    const fs = recording({ 'pod.yaml': sidecarPod });
    expect(runCli(['check', 'pod.yaml', '--kubernetes-version', 'all', '--format', 'json', '--no-best-practices'], fs.io)).toBe(1);
    const [file] = JSON.parse(fs.stdout()).files;
    expect(file.diagnostics).toEqual([]);
    expect(file.releases).toEqual([{
      document: 0,
      accepted: ['1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36'],
      rejected: [{
        releases: ['1.27'], rule: 'schema-unknown-field', line: 9, column: 5, path: 'spec.initContainers[0].restartPolicy',
        message: 'restartPolicy was added in Kubernetes 1.28; you are checking against 1.27, which does not have it.',
      }],
      unchecked: [],
      summary: 'accepted by 1.28–1.36; rejected by 1.27 (line 9: restartPolicy was added in Kubernetes 1.28; you are checking against 1.27, which does not have it.)',
    }]);
  });

  test.each(['sarif', 'github', 'junit'])('all with %s reports the newest release\'s problems and fails on an older release\'s rejection', (format) => {
    const fs = recording({ 'pod.yaml': sidecarPod });
    expect(runCli(['check', 'pod.yaml', '--kubernetes-version', 'all', '--format', format, '--no-best-practices'], fs.io)).toBe(1);
    expect(fs.stdout()).not.toContain('restartPolicy was added');
    expect(runCli(['check', 'pod.yaml', '--kubernetes-version', '1.27', '--format', format, '--no-best-practices'], fs.io)).toBe(1);
    expect(fs.stdout()).toContain('restartPolicy was added in Kubernetes 1.28');
  });

  test.each([
    [['--release', '1.37'], {}, 'Kubernetes 1.37 is not a release this validator has API data for; supported: 1.27, 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36, or all\nusage:'],
    [['--kubernetes-version', '1.26'], {}, 'Kubernetes 1.26 is not a release this validator has API data for'],
    [['--kubernetes-version', 'latest'], {}, 'Kubernetes latest is not a release'],
    [['--kubernetes-version', '1.30', '--release', '1.30'], {}, '--kubernetes-version and --release are the same option; give one'],
    [['--kubernetes-version', 'all', '--fix'], {}, '--fix needs one release, not all'],
    [['--fix-dry-run'], { '/work/.kube-field-guide.yaml': 'release: all\n' }, '--fix needs one release, not all (/work/.kube-field-guide.yaml says release: all)'],
    [[], { '/work/.kube-field-guide.yaml': 'release: "1.26"\n' }, '/work/.kube-field-guide.yaml: Kubernetes 1.26 is not a release this validator has API data for; supported: 1.27'],
    [[], { '/work/.kube-field-guide.yaml': 'release: 1.30\n' }, 'Kubernetes 1.3 is not a release this validator has API data for; supported: 1.27, 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36, or all (quote the release: "1.30")'],
    [[], { '/work/.kube-field-guide.yaml': 'release: [1.36]\n' }, 'Kubernetes [1.36] is not a release'],
  ])('%j with %j is a usage error naming the supported releases', (args, config, message) => {
    const fs = recording({ 'cm.yaml': clean, ...config });
    expect(runCli(['check', 'cm.yaml', ...args], fs.io)).toBe(2);
    expect(fs.stderr()).toContain(message);
    expect(fs.stdout()).toBe('');
    expect(fs.asked).toEqual([]);
  });
});

describe('crd in the configuration', () => {
  test('works like --crd: the CRDs check the custom resources and are not reported on', () => {
    const fs = fakeFs({ 'apps/backup.yaml': backup, 'crds/backup.yaml': crd, '/work/.kube-field-guide.yaml': 'crd: [crds]\n' });
    expect(runCli(['check', 'apps'], fs.io)).toBe(1);
    expect(ruleLines(fs.stdout())).toEqual([
      'apps/backup.yaml:6:3: error schema-unknown-field: schedul is not a field at this position. Did you mean schedule? (spec.schedul)',
    ]);
  });

  test('paths are relative to the configuration\'s folder, not the working directory', () => {
    const fs = fakeFs({ '/work/apps/backup.yaml': backup, '/work/crds/backup.yaml': crd, '/.kube-field-guide.yaml': 'crd: [./work/crds/backup.yaml]\n' });
    expect(runCli(['check', 'apps'], fs.io)).toBe(1);
    expect(ruleLines(fs.stdout()).map((line) => line.split(' ')[2])).toEqual(['schema-unknown-field:']);
  });

  test('adds to --crd; a missing path is exit 2 naming it, resolved', () => {
    const fs = fakeFs({ 'apps/backup.yaml': backup, 'crds/backup.yaml': crd, '/work/.kube-field-guide.yaml': 'crd: [gone]\n' });
    expect(runCli(['check', 'apps', '--crd', 'crds'], fs.io)).toBe(2);
    expect(fs.stderr()).toContain('/work/gone');
    expect(ruleLines(fs.stdout()).map((line) => line.split(' ')[2])).toEqual(['schema-unknown-field:']);
  });

  test('not a list of paths: usage error', () => {
    const fs = fakeFs({ 'cm.yaml': clean, '/work/.kube-field-guide.yaml': 'crd: crds\n' });
    expect(runCli(['check', 'cm.yaml'], fs.io)).toBe(2);
    expect(fs.stderr()).toContain('crd must be a list of files or folders');
  });
});
