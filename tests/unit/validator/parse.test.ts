import { describe, expect, test } from 'vitest';
import { validate } from '../../../src/lib/validator/index.ts';
import { parseDocument } from '../../../src/lib/validator/yaml/parse.ts';
import { splitDocuments } from '../../../src/lib/validator/yaml/split.ts';
import { descend } from '../../../src/lib/validator/yaml/node.ts';
import { MAX_INPUT_CHARS } from '../../../src/lib/validator/yaml/limits.ts';
import { brief, only, yaml } from './helpers.ts';

function load(text: string) {
  const [chunk] = splitDocuments(text);
  return parseDocument(text, chunk as { start: number; end: number }, 0);
}

describe('scalars are read like Kubernetes reads them (YAML 1.1)', () => {
  test.each([
    ['yes', true], ['No', false], ['on', true], ['OFF', false], ['y', true], ['true', true],
    ['0755', 493], ['0x1F', 31], ['1_000', 1000], ['0b101', 5], ['1.5', 1.5], ['1e3', 1000],
    ['~', null], ['null', null], ['"yes"', 'yes'], ['2024-01-01', '2024-01-01'], ['08', 8], ['.inf', Infinity],
  ])('%s', (source, expected) => {
    expect((load(`v: ${source}\n`).node?.value as { v: unknown }).v).toEqual(expected);
  });
});

describe('every key and value has its exact source range', () => {
  const text = yaml('metadata:', '  name: web   # the name', '  labels: {app: web}', 'list:', '  - a', '  - "b"', 'empty:', 'block: |', '  line', '');
  const root = load(text).node!;
  const range = (path: (string | number)[]) => {
    const { node, entry } = descend(root, path);
    return { key: entry ? text.slice(entry.keyStart, entry.keyEnd) : undefined, value: text.slice(node.start, node.end) };
  };
  test('plain scalar with a trailing comment', () => expect(range(['metadata', 'name'])).toEqual({ key: 'name', value: 'web' }));
  test('flow mapping value', () => expect(range(['metadata', 'labels', 'app'])).toEqual({ key: 'app', value: 'web' }));
  test('sequence items', () => {
    expect(range(['list', 0]).value).toBe('a');
    expect(range(['list', 1]).value).toBe('"b"');
  });
  test('block scalar', () => expect(range(['block']).value).toBe('|\n  line'));
  test('empty value is zero-width right after the colon', () => {
    const { node } = descend(root, ['empty']);
    expect(node.start).toBe(node.end);
    expect(text.slice(node.start - 6, node.start)).toBe('empty:');
  });
});

describe('documents', () => {
  test('--- separates documents; empty and comment-only ones are skipped', () => {
    const text = yaml('---', '# nothing here', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: a}', '---', '', '--- # c', 'apiVersion: v1', 'kind: Secret', 'metadata: {name: b}', '---', '~');
    const result = validate(text);
    expect(result.documents.map((d) => [d.index, d.kind, d.name, d.line, d.status])).toEqual([
      [0, 'ConfigMap', 'a', 4, 'valid'],
      [1, 'Secret', 'b', 10, 'valid'],
    ]);
  });
  test('`--- {a: 1}` is refused by Kubernetes YAMLReader ("invalid Yaml document separator")', () => {
    expect(splitDocuments('a: 1\n--- {b: 2}\n').map((chunk) => chunk.badSeparator?.rest)).toEqual([undefined, '{b: 2}']);
  });
  test('JSON input, also with tabs', () => {
    const result = validate('{\n\t"apiVersion": "v1",\n\t"kind": "ConfigMap",\n\t"metadata": {"name": "a"},\n\t"data": {"k": 1}\n}\n');
    expect(result.documents[0]?.kind).toBe('ConfigMap');
    expect(result.diagnostics).toEqual([]);
  });
  test('a broken document does not hide the others', () => {
    const text = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: "a', '---', 'kind: Pod');
    expect(brief(validate(text).diagnostics)).toEqual([
      'yaml-syntax@4:9-4:11',
      'apiversion-kind-required@6:1-6:5',
      'metadata-name-format@6:1-6:5',
    ]);
    expect(validate(text).documents.map((d) => d.status)).toEqual(['error', 'invalid']);
  });
});

describe('positions survive a BOM and CRLF line endings', () => {
  const lf = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  name: b');
  test('LF', () => expect(brief(only('duplicate-key', lf))).toEqual(['duplicate-key@5:3-5:7']));
  test('CRLF', () => expect(brief(only('duplicate-key', lf.replace(/\n/g, '\r\n')))).toEqual(['duplicate-key@5:3-5:7']));
  test('BOM + CRLF', () => expect(brief(only('duplicate-key', `\uFEFF${lf.replace(/\n/g, '\r\n')}`))).toEqual(['duplicate-key@5:3-5:7']));
  test('BOM on the first line', () => {
    expect(brief(only('duplicate-key', '\uFEFFa: 1\na: 2\n'))).toEqual(['duplicate-key@2:1-2:2']);
    expect(brief(only('duplicate-key', '\uFEFF{a: 1, a: 2}\n'))).toEqual(['duplicate-key@1:8-1:9']);
  });
});

describe('merge keys and aliases', () => {
  const text = yaml('base: &base', '  name: web', '  image: nginx', 'c:', '  <<: *base', '  image: nginx:1.27');
  test('merged values load and explicit keys override', () => {
    expect(load(text).node?.value).toMatchObject({ c: { name: 'web', image: 'nginx:1.27' } });
  });
  test('merged keys point at the anchor, overriding keys at themselves', () => {
    const root = load(text).node!;
    expect(descend(root, ['c', 'name']).node.start).toBe(text.indexOf('web'));
    expect(descend(root, ['c', 'image']).node.start).toBe(text.indexOf('nginx:1.27'));
  });
  test('an override after a merge is not a duplicate', () => {
    expect(only('duplicate-key', text)).toEqual([]);
  });
});

describe('hostile input is refused quickly with a clear message', () => {
  test('alias bomb', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    // refused by counting the expansion, never by walking it (npm run bench:validator times it)
    const result = validate(`${levels.join('\n')}\n`);
    expect(result.diagnostics.map((d) => [d.ruleId, d.messageId])).toEqual([['input-limits', 'alias-expansion']]);
  });
  test('1000-deep nesting', () => {
    const result = validate(`${'['.repeat(1000)}${']'.repeat(1000)}\n`);
    expect(result.diagnostics.map((d) => [d.ruleId, d.messageId])).toEqual([['input-limits', 'too-deep']]);
  });
  test('more than the size bound the page sets (5 MB); without a bound it is checked', () => {
    const text = `a: "${'x'.repeat(5 * 1024 * 1024)}"\n`;
    const result = validate(text, { maxInputChars: MAX_INPUT_CHARS });
    expect(result.diagnostics.map((d) => [d.ruleId, d.messageId, d.data.limit, d.line, d.column])).toEqual([['input-limits', 'too-large', 5, 1, 1]]);
    expect(result.documents).toEqual([]);
    expect(validate(text).documents.map((d) => d.line)).toEqual([1]);
  });
  test('a recursive alias', () => {
    expect(validate('a: &a [*a]\n').diagnostics.map((d) => d.messageId)).toEqual(['recursive-alias']);
  });
});

describe('v1 List items are checked one by one', () => {
  test('positions and paths inside items', () => {
    const text = yaml('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: ConfigMap', '  metadata: {name: a}', '- kind: Secret', '  metadata: {name: b}');
    const diagnostics = only('apiversion-kind-required', text);
    expect(brief(diagnostics)).toEqual(['apiversion-kind-required@7:3-7:7']);
    expect(diagnostics[0]?.fieldPath).toBe('items[1].apiVersion');
  });
});

// how long these take is measured by npm run bench:validator, not asserted here
describe('large inputs are checked whole', () => {
  test('a 20,000-key ConfigMap with one duplicate', () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `  key${i}: "value ${i}"`).join('\n');
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${keys}\n  key7: again\n`;
    const diagnostics = only('duplicate-key', text);
    expect(brief(diagnostics)).toEqual(['duplicate-key@20006:3-20006:7']);
    // the last value wins, as when the API server decodes it
    const [chunk] = splitDocuments(text);
    const data = (parseDocument(text, chunk!, 0).node?.value as { data: Record<string, string> }).data;
    expect(data.key7).toBe('again');
  });
});

describe('values that would make String() throw', () => {
  test('an object with a `toString` key does not crash any rule', () => {
    const text = yaml(
      'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  labels: {app: {toString: 1, valueOf: 2}}',
      'spec:', '  containers:', '  - name: web', '    image: nginx:1.27',
      '    resources: {requests: {cpu: {toString: 1}}, limits: {cpu: 1m}}',
      '  volumes:', '  - name: {toString: x}', '    hostPath: {path: {toString: 1}}',
      '---', 'apiVersion: v1', 'kind: Service', 'metadata: {name: web}', 'spec:', '  selector: {app: {toString: 1}}', '  ports: [{port: 80}]',
      '---', '[{toString: 1}, null]: key', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: a}',
    );
    const result = validate(text);
    expect(result.diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
    expect(result.diagnostics.some((d) => d.ruleId === 'label-format')).toBe(true);
    expect(result.documents).toHaveLength(3);
  });
});

describe('found by the property test', () => {
  test('a duplicate key in a document closed by `...`', () => {
    const text = yaml('apiVersion: v1', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: web', '...');
    const result = validate(text);
    expect(brief(result.diagnostics)).toEqual(['duplicate-key@2:1-2:11']);
    expect(result.documents.map((d) => [d.kind, d.name])).toEqual([['ConfigMap', 'web']]);
  });
});
