// The command line's threads (issue 12.6): a run of many files checked on worker threads gives what
// validateAll gives in one thread - the same results in the same order, references across files included.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { DEFAULT_RELEASE } from '../../../src/lib/k8s/releases.ts';
import type { ApiSchema } from '../../../src/lib/k8s/types.ts';
import { packSchema } from '../../../src/lib/validator/cli/packed-schema.ts';
import { unitsOf } from '../../../src/lib/validator/cli/pieces.ts';
import { groupsOf, threadCount, THREADS_FROM_CHARS, validateInThreads } from '../../../src/lib/validator/cli/threads.ts';
import { backupExample } from '../../../src/lib/validator/crd-examples.ts';
import { validateAll } from '../../../src/lib/validator/index.ts';

// the threads run the command line's bundle, as the package does (scripts/pack-cli.mjs: main.ts, the API data built in)
const dir = mkdtempSync(join(tmpdir(), 'kfg-threads-'));
const script = join(dir, 'bundle.cjs');
beforeAll(async () => {
  const schemaJson = readFileSync(new URL('../../../src/lib/k8s/generated/schema.json', import.meta.url), 'utf8');
  await build({
    entryPoints: [new URL('../../../src/lib/validator/cli/main.ts', import.meta.url).pathname], outfile: script, bundle: true,
    platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', logOverride: { 'empty-import-meta': 'silent' },
    define: { KFG_VERSION: '"0"', KFG_SITE_URL: '"http://localhost:4321"', KFG_SCHEMA: JSON.stringify(packSchema(JSON.parse(schemaJson) as ApiSchema)) },
  });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** the threads must really run: a fallback to one thread fails the test */
const failOnFallback = (reason: string) => {
  throw new Error(`the threads fell back: ${reason}`);
};
const fixtures = new URL('../../fixtures/validator/manifests/', import.meta.url);
const manifests = readdirSync(fixtures).filter((name) => name.endsWith('.yaml')).sort().map((name) => readFileSync(new URL(name, fixtures), 'utf8'));

// references that only resolve across files: a Service and its Deployment, a Pod and its ConfigMap, an
// HPA and its target, a CRD and its custom resource; plus a file that does not parse and an empty one
const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n';
const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports:\n  - port: 80\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: lost\nspec:\n  selector: {app: nobody}\n  ports:\n  - port: 80\n';
const hpa = 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 1\n  maxReplicas: 3\n';
const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: busybox:1.36\n    envFrom:\n    - configMapRef: {name: settings}\n    - configMapRef: {name: missing}\n';
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  port: 8080\n';
const [crd, backup] = backupExample(['              schedule: {type: string}'], ['  schedul: "0 3 * * *"']).split('---\n') as [string, string];
const texts = [service, ...manifests, crd, 'a: [\n', '', pod, deployment, configMap, hpa, backup];

describe('validateInThreads', () => {
  test.each([2, 3, 5])('on %i threads: the results of validateAll, in order', (threads) => {
    const options = { schema: apiSchema, bestPractices: true, disabledRules: ['image-tag'] };
    const single = validateAll(texts, options);
    expect(single.flatMap((result) => result.diagnostics.map((d) => d.ruleId))).toEqual(expect.arrayContaining(['service-selector-no-match', 'config-reference-missing', 'schema-unknown-field', 'yaml-syntax']));
    expect(validateInThreads(texts, options, DEFAULT_RELEASE, threads, script, failOnFallback)).toEqual(single);
  });

  test.each([2, 3])('one file cut into pieces on %i threads, alone and among others: the results of validateAll', (threads) => {
    const options = { schema: apiSchema, bestPractices: true };
    const quiet = '# kube-field-guide-disable image-tag\napiVersion: v1\nkind: Pod\nmetadata:\n  name: quiet\nspec:\n  containers:\n  - name: c\n    image: nginx\n';
    const one = [quiet, ...texts].join('\n---\n');
    expect(unitsOf([one], threads, options)).toHaveLength(threads);
    const single = validateAll([one], options);
    expect(single[0]?.suppressed?.length).toBeGreaterThan(0);
    expect(validateInThreads([one], options, DEFAULT_RELEASE, threads, script, failOnFallback)).toEqual(single);
    const inputs = [configMap, one, deployment];
    expect(unitsOf(inputs, threads, options).filter((unit) => unit.input === 1).length).toBeGreaterThan(1);
    expect(validateInThreads(inputs, options, DEFAULT_RELEASE, threads, script, failOnFallback)).toEqual(validateAll(inputs, options));
  });

  test('CRDs lent by crdTexts reach every thread', () => {
    const options = { schema: apiSchema, crdTexts: [crd] };
    const inputs = [backup, deployment, backup.replace('nightly', 'weekly')];
    const threaded = validateInThreads(inputs, options, DEFAULT_RELEASE, 3, script, failOnFallback);
    expect(threaded).toEqual(validateAll(inputs, options));
    expect(threaded.map((result) => result.diagnostics.some((d) => d.ruleId === 'schema-unknown-field'))).toEqual([true, false, true]);
  });

  test('a thread that cannot start leaves the check to this one', () => {
    const options = { schema: apiSchema };
    const reasons: string[] = [];
    expect(validateInThreads([service, deployment], options, DEFAULT_RELEASE, 2, join(dir, 'no-such-worker.cjs'), (reason) => reasons.push(reason)))
      .toEqual(validateAll([service, deployment], options));
    expect(reasons).toHaveLength(1);
  });
});

describe('how many threads', () => {
  // KUBE_FIELD_GUIDE_THREADS may ask for more threads than files: a file longer than a thread's share is
  // then cut (pieces.ts), and validateInThreads starts no more threads than there are files and pieces
  test.each([
    [[5_000_000], undefined, 8, 1],
    [[5_000_000], '2', 8, 2],
    [[400_000, 400_000], undefined, 8, 1],
    [[THREADS_FROM_CHARS / 2, THREADS_FROM_CHARS / 2], undefined, 8, 2],
    // a thread keeps about one and a half processors busy: one per two processors
    [Array(10).fill(300_000), undefined, 2, 1],
    [Array(10).fill(300_000), undefined, 3, 1],
    [Array(10).fill(300_000), undefined, 4, 2],
    [Array(10).fill(300_000), undefined, 1, 1],
    [Array(3).fill(400_000), undefined, 16, 3],
    [Array(10).fill(300_000), undefined, 16, 4],
    [[10, 10, 10], '3', 1, 3],
    [[10, 10], '8', 1, 8],
    [Array(10).fill(300_000), '1', 8, 1],
    [Array(10).fill(300_000), 'many', 4, 2],
  ])('%j characters, KUBE_FIELD_GUIDE_THREADS=%s, %i processors: %i', (lengths, setting, processors, expected) => {
    expect(threadCount(lengths, setting, () => processors)).toBe(expected);
  });

  test('groups are contiguous, cover every input once and share the text about equally', () => {
    expect(groupsOf([10, 10, 10, 10], 2)).toEqual([[0, 1], [2, 3]]);
    expect(groupsOf([30, 10, 10, 10], 2)).toEqual([[0], [1, 2, 3]]);
    expect(groupsOf([1, 1, 100], 3)).toEqual([[0, 1], [2]]);
    expect(groupsOf([5, 5], 4)).toEqual([[0], [1]]);
    const lengths = texts.map((text) => text.length);
    expect(groupsOf(lengths, 3).flat()).toEqual(lengths.map((_, i) => i));
  });
});
