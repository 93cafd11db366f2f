// Property test of the fixes (issue 13.5): on generated manifests with the slips the fixes are for
// (removed apiVersions, a missing selector, field names and enum values in the wrong case, quoted or
// unquoted scalars, old Ingress backends), in block and flow style with comments everywhere, every safe
// fix applied alone leaves its rule with fewer reports, breaks no YAML and keeps everything outside its
// edits; fixing until stable leaves no safe fix and every comment.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { applyEdits, fixText } from '../../../src/lib/validator/fix/apply.ts';
import { validate, type Diagnostic } from '../../../src/lib/validator/index.ts';
import type { TextEdit } from '../../../src/lib/validator/types.ts';

const options = { schema: apiSchema, bestPractices: false };

/** A YAML line with, sometimes, a comment after it or on a line of its own above it. */
const commented = (line: string, comment: number, where: number): string => {
  const indent = line.match(/^ */)?.[0] ?? '';
  if (where === 1) return `${line} # c${comment}`;
  if (where === 2 && !line.trimStart().startsWith('- ')) return `${indent}# c${comment}\n${line}`;
  return line;
};

const deployment = fc.record({
  apiVersion: fc.constantFrom('apps/v1', 'extensions/v1beta1', 'apps/v1beta2', 'apps/v1beta1'),
  kind: fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'),
  selector: fc.boolean(),
  flowLabels: fc.boolean(),
  labels: fc.subarray(['app: web', 'tier: front', 'track: "1"'], { minLength: 1 }),
  replicas: fc.constantFrom('2', '"2"', "'3'"),
  pullKey: fc.constantFrom('imagePullPolicy', 'imagePullpolicy', 'ImagePullPolicy'),
  pull: fc.constantFrom('Always', 'always', '"ifNotPresent"', 'NEVER'),
  port: fc.constantFrom('80', '"80"'),
  env: fc.constantFrom('"8080"', '8080', 'yes', 'true', '1.5'),
}).map((m) => {
  const labels = m.flowLabels ? [`      labels: {${m.labels.join(', ')}}`] : ['      labels:', ...m.labels.map((l) => `        ${l}`)];
  return [
    `apiVersion: ${m.apiVersion}`, `kind: ${m.kind}`, 'metadata:', '  name: web', 'spec:', `  replicas: ${m.replicas}`,
    ...(m.selector ? ['  selector:', '    matchLabels:', `      ${m.labels[0]}`] : []),
    '  template:', '    metadata:', ...labels, '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27',
    `        ${m.pullKey}: ${m.pull}`, '        ports:', `        - containerPort: ${m.port}`, '        env:', '        - name: PORT', `          value: ${m.env}`,
  ];
});

const ingress = fc.record({
  apiVersion: fc.constantFrom('extensions/v1beta1', 'networking.k8s.io/v1beta1'),
  defaultBackend: fc.boolean(),
  flowBackend: fc.boolean(),
  pathType: fc.boolean(),
  port: fc.constantFrom('80', 'http', '"8080"'),
}).map((m) => [
  `apiVersion: ${m.apiVersion}`, 'kind: Ingress', 'metadata:', '  name: web', 'spec:',
  ...(m.defaultBackend ? ['  backend:', '    serviceName: fallback', `    servicePort: ${m.port}`] : []),
  '  rules:', '  - http:', '      paths:', '      - path: /', ...(m.pathType ? ['        pathType: Prefix'] : []),
  ...(m.flowBackend ? [`        backend: {serviceName: web, servicePort: ${m.port}}`] : ['        backend:', '          serviceName: web', `          servicePort: ${m.port}`]),
]);

const manifest = fc.tuple(fc.oneof(deployment, ingress), fc.array(fc.nat(2), { minLength: 30, maxLength: 30 }))
  .map(([lines, where]) => `${lines.map((line, i) => commented(line, i, where[i] ?? 0)).join('\n')}\n`);

const comments = (text: string) => [...text.matchAll(/# c\d+/g)].map((m) => m[0]).sort();
const count = (diagnostics: Diagnostic[], ruleId: string) => diagnostics.filter((d) => d.ruleId === ruleId).length;
const broken = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.ruleId === 'yaml-syntax' || d.ruleId === 'duplicate-key');

/** The text outside the edits, in order: what must come through a fix unchanged. */
function outside(text: string, edits: readonly TextEdit[]): string[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    parts.push(text.slice(at, edit.start));
    at = edit.end;
  }
  return [...parts, text.slice(at)];
}

describe('fixes on generated manifests', () => {
  test('the generator makes what the fixes are for: most manifests carry safe fixes of several rules', () => {
    const sample = fc.sample(manifest, { numRuns: 60, seed: 13 });
    const fixed = sample.map((text) => validate(text, options).diagnostics.filter((d) => d.fixes?.some((f) => f.safety === 'safe')));
    expect(fixed.filter((list) => list.length > 0).length).toBeGreaterThan(40);
    expect(new Set(fixed.flat().map((d) => d.ruleId))).toEqual(new Set(['api-version-not-served', 'workload-selector', 'schema-unknown-field', 'schema-enum', 'schema-type-mismatch']));
  });
  test('each safe fix alone: its rule reports less, the YAML still loads, the rest of the text and every comment stay', () => {
    fc.assert(fc.property(manifest, (text) => {
      const before = validate(text, options).diagnostics;
      expect(broken(before)).toEqual([]);
      for (const d of before) {
        for (const fix of d.fixes?.filter((f) => f.safety === 'safe') ?? []) {
          const fixed = applyEdits(text, fix.edits);
          // the pieces between the edits come through in order, each where the edits leave it
          let at = 0;
          const pieces = outside(text, fix.edits);
          const edits = [...fix.edits].sort((a, b) => a.start - b.start);
          pieces.forEach((piece, i) => {
            expect(fixed.slice(at, at + piece.length)).toBe(piece);
            at += piece.length + (edits[i]?.text.length ?? 0);
          });
          const after = validate(fixed, options).diagnostics;
          expect(count(after, d.ruleId), `${d.ruleId} ${fix.label}\n${fixed}`).toBeLessThan(count(before, d.ruleId));
          expect(broken(after), fixed).toEqual([]);
          expect(comments(fixed)).toEqual(comments(text));
        }
      }
    }), { numRuns: 150 });
  });
  test('fixing until stable leaves no safe fix, no removed apiVersion and every comment', () => {
    fc.assert(fc.property(manifest, (text) => {
      const run = fixText(text, options);
      expect(run.result.diagnostics.filter((d) => d.fixes?.some((f) => f.safety === 'safe')), run.text).toEqual([]);
      expect(count(run.result.diagnostics, 'api-version-not-served'), run.text).toBe(0);
      expect(broken(run.result.diagnostics), run.text).toEqual([]);
      expect(comments(run.text)).toEqual(comments(text));
    }), { numRuns: 150 });
  });
});
