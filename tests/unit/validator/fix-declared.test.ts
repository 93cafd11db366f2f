// The rules page says which rules offer a fix from each rule's `fixes`; this holds that list to what the
// rules report: over every docs example, fixture, migration and a witness per declared kind of fix,
// the fixes a rule carries are the kinds it declares, and every declared kind shows up.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { rules, validate } from '../../../src/lib/validator/index.ts';
import { backupExample } from '../../../src/lib/validator/crd-examples.ts';
import { yaml } from './helpers.ts';

const filesOf = (folder: string) => {
  const dir = fileURLToPath(new URL(`../../fixtures/validator/${folder}/`, import.meta.url));
  return readdirSync(dir).filter((file) => file.endsWith('.yaml')).map((file) => readFileSync(`${dir}${file}`, 'utf8'));
};
const pod = (...lines: string[]) => yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: web}', 'spec:', '  containers:', '  - name: web', '    image: nginx:1.27', ...lines);
const witnesses = [
  pod('    imagePullpolicy: Always'), pod('    resartPolicy: Always'), pod('    imagePullPolicy: always'), pod('    ports:', '    - containerPort: "80"'),
  yaml('apiVersion: v1', 'kind: configmap', 'metadata: {name: a}'),
  yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: WebConfig}'),
  yaml('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:', '  template:', '    metadata: {labels: {app: web}}', '    spec: {containers: [{name: web, image: "nginx:1.27"}]}'),
  `${backupExample}---\n${yaml('apiVersion: example.com/v9', 'kind: Backup', 'metadata: {name: nightly}')}`,
];

test('every rule\'s declared fixes are the kinds of fix it reports', () => {
  const texts = [...rules.flatMap((rule) => [rule.docs.bad, rule.docs.good]), ...filesOf('manifests'), ...filesOf('migrations'), ...witnesses];
  const reported = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const d of validate(text, { schema: apiSchema }).diagnostics) {
      for (const fix of d.fixes ?? []) {
        const set = reported.get(d.ruleId) ?? new Set<string>();
        set.add(fix.safety);
        reported.set(d.ruleId, set);
      }
    }
  }
  const declared = Object.fromEntries(rules.filter((rule) => rule.fixes).map((rule) => [rule.id, [...(rule.fixes ?? [])].sort()]));
  expect(Object.fromEntries([...reported].map(([id, set]) => [id, [...set].sort()]))).toEqual(declared);
});
