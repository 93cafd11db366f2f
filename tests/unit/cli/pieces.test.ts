// One large file checked in pieces (issue 12.6): cut at any of the document boundaries the core finds,
// checked piece by piece and merged, it gives exactly validate()'s result - documents and their indexes,
// diagnostics with offsets, lines, columns and document numbers, the suppressed list, the order.
// Here the pieces run on this thread (their results cloned, as they cross threads); threads.test.ts runs
// them on real threads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { codeFences } from '../../../src/lib/markdown/code-fences.ts';
import { checkPiece, isSplittable, mergePieces, offsetsOf, parsePiece, renumber, unitsOf, type Unit } from '../../../src/lib/validator/cli/pieces.ts';
import { backupExample } from '../../../src/lib/validator/crd-examples.ts';
import { enabledRules, runContext, validate, type EnabledRules } from '../../../src/lib/validator/validate.ts';
import type { ValidateOptions } from '../../../src/lib/validator/types.ts';
import { splitDocuments } from '../../../src/lib/validator/yaml/split.ts';

const options: ValidateOptions = { schema: apiSchema, bestPractices: true };

/** `text` cut before each chunk index of `cuts`, checked piece by piece and merged */
function checkCut(text: string, cuts: readonly number[], with_: ValidateOptions = options) {
  const rules = enabledRules(with_) as EnabledRules;
  const chunks = splitDocuments(text);
  const bounds = [0, ...cuts, chunks.length];
  const units: Unit[] = bounds.slice(1).map((end, k) => ({ input: 0, chunks: chunks.slice(bounds[k], end) }));
  const pieces = units.map((unit) => parsePiece(text, structuredClone(unit.chunks ?? [])));
  const offsets = offsetsOf(units, pieces.map((piece) => piece.parsed.length));
  pieces.forEach((piece, i) => renumber(piece, offsets[i] as number));
  const context = runContext(pieces.flatMap((piece) => piece.resources), with_);
  const checked = pieces.map((piece) => structuredClone(checkPiece(piece, rules, with_, context)));
  return mergePieces(text, checked, pieces.map((piece) => structuredClone(piece.resources.map(({ node: _node, ...rest }) => rest))));
}

// every YAML block of the guide: manifests, blocks wrong on purpose, fragments
const guide = ['ko', 'en'].flatMap((lang) => readdirSync(join('content', lang), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
  .flatMap((entry) => codeFences(readFileSync(join(entry.parentPath, entry.name), 'utf8')))
  .filter((fence) => fence.lang === 'yaml' || fence.lang === 'yml')
  .map((fence) => fence.code));

const configMap = (name: string, extra = '') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${extra}data:\n  a: "1"\n`;
const [crd, backup] = backupExample(['              schedule: {type: string}'], ['  schedul: "0 3 * * *"']).split('---\n') as [string, string];
const hostile = [
  '# a comment between documents\n# and another\n',
  configMap('same'), configMap('same'),
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: twice\n  name: again\ndata: {a: "1", a: "2"}\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: script\ndata:\n  run.sh: |\n    echo start\n    ---\n    echo end\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: early-end\ndata:\n  a: "1"\n...\nnot: read\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: blank-end\n...\n# nothing after the end\n',
  '# kube-field-guide-disable pod-probes, image-tag -- whole document\napiVersion: v1\nkind: Pod\nmetadata:\n  name: quiet\nspec:\n  containers:\n  - name: c\n    image: nginx\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: line\nspec:\n  containers:\n  - name: c\n    # kube-field-guide-disable-next-line image-tag\n    image: nginx:latest\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: annotated\n  annotations:\n    ignore-check.kube-field-guide.dev/image-tag: "on purpose"\nspec:\n  containers:\n  - name: c\n    image: nginx\n',
  '# kube-field-guide-disable no-such-rule\n',
  '# kube-field-guide-disable image-tag\n',
  '# kube-field-guide-disable-next-line image-tag\n',
  crd, backup, backup.replace('nightly', 'weekly'),
  'null\n', '~\n', '', 'a: [\n', 'key: "unterminated\n', '- just\n- a list\n', 'plain scalar\n',
  'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: web}\n  spec: {selector: {app: web}, ports: [{port: 80}]}\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: same}\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: tabs\nspec:\n\tcontainers: []\n',
  '%YAML 1.2\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: directive}\n',
];
const separators = ['\n---\n', '\n---\n', '\n--- # a comment on the separator\n', '\n---\n# between\n\n---\n', '\n--- {a: 1}\n', '\n----\n', '\n...\n---\n'];

/** a stream of `pool` documents joined by the separators, optionally with a byte order mark and CRLF */
const streams = (pool: readonly string[]) => fc.record({
  documents: fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 14 }),
  joints: fc.array(fc.constantFrom(...separators), { minLength: 14, maxLength: 14 }),
  bom: fc.boolean(), crlf: fc.boolean(), cutSeed: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
}).map(({ documents, joints, bom, crlf, cutSeed }) => {
  const body = documents.reduce((text, doc, i) => (i === 0 ? doc : text + (joints[i] as string) + doc), '');
  const text = (bom ? '\uFEFF' : '') + (crlf ? body.replace(/\n/g, '\r\n') : body);
  const count = splitDocuments(text).length;
  // cut before chunk indexes 1 .. count-1, ascending, no repeats
  const cuts = [...new Set(cutSeed.map((seed) => 1 + (seed % Math.max(1, count - 1))))].filter((cut) => cut < count).sort((a, b) => a - b);
  return { text, cuts };
});

describe('a file checked in pieces and merged', () => {
  test('the pool holds the guide and the hostile cases', () => {
    expect(guide.length).toBeGreaterThan(40);
  });

  test('gives validate()\'s result for the guide and hostile streams, cut anywhere', () => {
    fc.assert(fc.property(streams([...guide, ...hostile]), ({ text, cuts }) => {
      expect(checkCut(text, cuts)).toEqual(validate(text, options));
    }), { numRuns: 150 });
  });

  test('gives validate()\'s result for hostile streams alone, cut at every boundary', () => {
    fc.assert(fc.property(streams(hostile), ({ text }) => {
      const every = splitDocuments(text).map((_, i) => i).slice(1);
      expect(checkCut(text, every)).toEqual(validate(text, options));
    }), { numRuns: 150 });
  });

  test('the cases that matter are there: suppressed, cross-piece references and duplicates, renumbered documents', () => {
    const text = ['# kube-field-guide-disable image-tag', hostile[7], crd, 'null', configMap('same'), hostile[8], backup, configMap('same'), hostile[9], 'a: [', hostile[3]].join('\n---\n');
    const chunks = splitDocuments(text).length;
    const single = validate(text, options);
    expect(single.suppressed?.length).toBeGreaterThan(0);
    expect(single.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['schema-unknown-field', 'duplicate-key', 'yaml-syntax']));
    for (let cut = 1; cut < chunks; cut += 1) expect(checkCut(text, [cut])).toEqual(single);
    expect(checkCut(text, Array.from({ length: chunks - 1 }, (_, i) => i + 1))).toEqual(single);
  });
});

describe('where a file is cut', () => {
  const stream = Array.from({ length: 40 }, (_, i) => configMap(`c${i}`)).join('---\n');

  test('into runs of whole chunks that cover it once, in order, about equally', () => {
    const units = unitsOf([stream], 3, options);
    expect(units).toHaveLength(3);
    expect(units.flatMap((unit) => unit.chunks ?? [])).toEqual(splitDocuments(stream));
    const lengths = units.map(({ chunks = [] }) => (chunks.at(-1)?.end ?? 0) - (chunks[0]?.start ?? 0));
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThan(stream.length / 10);
  });

  test('only a file longer than a thread\'s share', () => {
    expect(unitsOf(['a: 1\n', stream, 'b: 2\n'], 2, options).map((unit) => unit.input)).toEqual([0, 1, 1, 2]);
    expect(unitsOf([stream, stream], 2, options)).toEqual([{ input: 0 }, { input: 1 }]);
    expect(unitsOf([configMap('one')], 4, options)).toEqual([{ input: 0 }]);
  });

  test('never a JSON stream (kubectl reads it whole) nor a text over the size bound', () => {
    const json = Array.from({ length: 40 }, (_, i) => `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c${i}"}}`).join('\n---\n');
    expect(isSplittable(json, options)).toBe(false);
    expect(unitsOf([json], 4, options)).toEqual([{ input: 0 }]);
    const bounded = { ...options, maxInputChars: stream.length - 1 };
    expect(isSplittable(stream, bounded)).toBe(false);
    expect(unitsOf([stream], 4, bounded)).toEqual([{ input: 0 }]);
    expect(isSplittable(stream, options)).toBe(true);
  });
});
