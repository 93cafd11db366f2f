// YAML as kubectl reads it: sigs.k8s.io/yaml's YAMLToJSON over go-yaml v2, after apimachinery's
// YAMLReader has cut the stream at `---` lines. Each row was run through that Go code (go-yaml v2.4.0,
// sigs.k8s.io/yaml, YAMLReader) and states the value kubectl sends, or the place where kubectl stops.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { parseDocument } from '../../../src/lib/validator/yaml/parse.ts';
import { isBlankChunk, splitDocuments } from '../../../src/lib/validator/yaml/split.ts';

/** The values of every document as loaded, and the syntax diagnostics as `message@line:column-endColumn`. */
function read(text: string) {
  const values = splitDocuments(text)
    .filter((chunk) => !isBlankChunk(text, chunk))
    .map((chunk, i) => parseDocument(text, chunk, i).node?.value);
  const diagnostics = validate(text).diagnostics
    .filter((d) => d.category === 'syntax')
    .map((d) => `${d.messageId}@${d.line}:${d.column}-${d.endColumn}`);
  return { values, diagnostics };
}

const value = (text: string): unknown => (read(text).values[0] as { a: unknown }).a;

describe('escapes in double-quoted strings (scannerc.go)', () => {
  test("`\\'` is an apostrophe, not an error (kubernetes/website envars-file-container.yaml)", () => {
    expect(read('a: "it\\\'s"\n')).toEqual({ values: [{ a: "it's" }], diagnostics: [] });
  });
  test("`\\'` next to `\\\"`, `\\x22` and `\\\\'` keeps every quote where it was", () => {
    expect(value('a: "\\"x\\\' \\x22 \\\\\' y\\\'"\n')).toBe('"x\' " \\\' y\'');
  });
  test("`\\'` in a key, in an anchored value and across lines", () => {
    expect(read('"k\\\'": &v "a\\\'b"\nc: *v\nd: "one\\\'\n  two\\\'"\n').values[0]).toEqual({ "k'": "a'b", c: "a'b", d: "one' two'" });
  });
  test('`\\/` is refused by go-yaml ("found unknown escape character")', () => {
    expect(read('a: "http:\\/\\/x"\n').diagnostics).toEqual(['unknown-escape@1:10-12', 'unknown-escape@1:12-14']);
  });
  test('an unknown escape such as `\\d` is refused by both, and named', () => {
    const [d] = validate('a: "\\d+"\n').diagnostics;
    expect([d?.messageId, d?.column, d?.endColumn, d?.data.escape]).toEqual(['unknown-escape', 5, 7, '\\d']);
    expect(formatMessage(d!, 'en')).toBe('kubectl does not know the escape \\d in a double-quoted string. Write d without the backslash, or \\\\ for a backslash itself.');
  });
  test('a UTF-16 surrogate escape is refused by go-yaml; \\U with the whole code point is fine', () => {
    expect(read('a: "\\ud83d\\ude00"\n').diagnostics).toEqual(['surrogate-escape@1:5-11', 'surrogate-escape@1:11-17']);
    expect(read('a: "\\U0001F600\\x41\\e\\N\\_\\0"\n')).toEqual({ values: [{ a: '\u{1F600}A\u001b\u0085\u00a0\u0000' }], diagnostics: [] });
  });
  test('in a JSON stream kubectl uses encoding/json: `\\/` is fine and `\\\'` is refused', () => {
    expect(read('{"a": "x\\/y"}\n')).toEqual({ values: [{ a: 'x/y' }], diagnostics: [] });
    expect(read('{"a": "x\\\'y"}\n').diagnostics).toEqual(['unknown-escape@1:9-11']);
  });
});

describe('tabs (go-yaml skips a tab only where no key may start)', () => {
  test.each([
    ['after `key:`', 'a:\tb\n', { a: 'b' }],
    ['before a comment', 'a: b\t# c\n', { a: 'b' }],
    ['trailing', 'a: b\t\nc: d\n', { a: 'b', c: 'd' }],
    ['inside a plain value', 'a: b\tc\n', { a: 'b\tc' }],
    ['inside a flow mapping', 'a: {b:\tc}\n', { a: { b: 'c' } }],
    ['in a blank line right of a plain value', 'm:\n  a: b\n     \t\n  c: d\n', { m: { a: 'b', c: 'd' } }],
    ['continuing a plain value right of its block', 'a: one\n \ttwo\n', { a: 'one two' }],
    ['inside a block scalar', 'a: |\n  x\ty\n  \tz\n', { a: 'x\ty\n\tz\n' }],
    ['as JSON indentation', '{\n\t"a": 1\n}\n', { a: 1 }],
  ])('accepted: %s', (_, text, expected) => {
    expect(read(text)).toEqual({ values: [expected], diagnostics: [] });
  });
  test.each([
    ['a tab-only line after a plain value, left of its block', 'a: b\n\t\nc: d\n', 'tab-indent@2:1-2'],
    ['a tab-only line after a quoted value', 'a: "b"\n\t\nc: d\n', 'tab-indent@2:1-2'],
    ['a tab-only line after spaces, after `key:`', 'a:\n  \t\n  c: d\n', 'tab-indent@2:3-4'],
    ['a tab-indented comment', 'a: b\n\t# c\nc: d\n', 'tab-indent@2:1-2'],
    ['a tab on the first line', '\t\na: 1\n', 'tab-indent@1:1-2'],
    ['a tab after `-`', 'a:\n-\tb\n', 'tab-after-indicator@2:2-3'],
    ['a tab after `- `', 'a:\n- \t"b"\n', 'tab-after-indicator@2:3-4'],
    ['a tab after `?`', '?\ta\n: b\n', 'tab-after-indicator@1:2-3'],
  ])('refused: %s', (_, text, diagnostic) => {
    expect(read(text).diagnostics).toEqual([diagnostic]);
  });
});

describe('duplicate keys: kubectl keeps the last value (non-strict YAMLToJSON)', () => {
  test('the last value is loaded and the repetition reported at the later key', () => {
    expect(read('a: 1\na: 2\n')).toEqual({ values: [{ a: 2 }], diagnostics: ['duplicate@2:1-2'] });
  });
});

describe('merge keys are applied in order, as go-yaml v2 does', () => {
  test('a key written below `<<` wins', () => {
    expect(value('b: &b {x: 1, y2: 2}\na:\n  <<: *b\n  x: 9\n')).toEqual({ x: 9, y2: 2 });
  });
  test('a key written above `<<` is replaced by the merged one', () => {
    expect(value('b: &b {x: 1, y2: 2}\na:\n  x: 9\n  <<: *b\n')).toEqual({ x: 1, y2: 2 });
  });
  test('in a `<<` list the first mapping wins; a second `<<` replaces the first', () => {
    expect(value('p: &p {x: 1}\nq: &q {x: 2, z: 3}\na:\n  <<: [*p, *q]\n')).toEqual({ x: 1, z: 3 });
    expect(value('p: &p {x: 1}\nq: &q {x: 2}\na:\n  <<: *p\n  <<: *q\n')).toEqual({ x: 2 });
  });
});

describe('scalars', () => {
  test.each([
    ['0O17', 15], ['0X1F', 31], ['0B11', 3], ['-0b11', -3], ['0o8', '0o8'], ['09', 9],
    ['1:20', '1:20'], ['190:20:30', '190:20:30'],
    ['1e3', 1000], ['1.', 1], ['+.5', 0.5], ['6.8523015e+5', 685230.15],
    ['nUll', 'nUll'], ['yEs', 'yEs'], ['"yes"', 'yes'], ['2001-12-14 21:59:43.10', '2001-12-14 21:59:43.10'],
    ['9007199254740993', 9007199254740992],
  ])('%s', (source, expected) => {
    expect(read(`a: ${source}\n`)).toEqual({ values: [{ a: expected }], diagnostics: [] });
  });
  test('`value: yes` in an env var is the boolean true, which the API server refuses for a string', () => {
    expect(value('a:\n- name: A\n  value: yes\n')).toEqual([{ name: 'A', value: true }]);
  });
  test('.inf and .nan are numbers JSON cannot hold: kubectl stops ("json: unsupported value")', () => {
    expect(read('a: [.inf, -.Inf, .NaN, ".inf"]\n').diagnostics).toEqual(['not-json-number@1:5-9', 'not-json-number@1:11-16', 'not-json-number@1:18-22']);
    // as keys they are fine: sigs.k8s.io/yaml writes them as go-yaml spells them
    expect(read('.inf: a\n-.Inf: b\n.nan: c\n')).toEqual({ values: [{ '.inf': 'a', '-.inf': 'b', '.nan': 'c' }], diagnostics: [] });
  });
});

describe('keys', () => {
  test('numbers and booleans become strings', () => {
    expect(read('1: a\n2.5: b\ntrue: c\n')).toEqual({ values: [{ 1: 'a', '2.5': 'b', true: 'c' }], diagnostics: [] });
  });
  test('a null key and a list or mapping key are refused', () => {
    expect(read('~: a\n').diagnostics).toEqual(['null-key@1:1-2']);
    expect(read('x:\n  ? [a, b]\n  : c\n').diagnostics).toEqual(['collection-key@2:5-11']);
  });
});

describe('tags: go-yaml decodes !!binary and ignores every other tag', () => {
  test.each([
    ['a: !!binary aGVsbG8=\n', 'hello'],
    ['a: !!binary |\n  aGVs\n  bG8=\n', 'hello'],
    ['a: !!binary /w==\n', '\uFFFD'],
    ['a: !!timestamp 2024-01-01\n', '2024-01-01'],
    ['a: !Ref bar\n', 'bar'],
    ['a: !foo 12\n', '12'],
    ['a: !!set {b: 1}\n', { b: 1 }],
    ['a: !foo [1]\n', [1]],
    ['a: !<tag:example.com,2000:x> bar\n', 'bar'],
    ['a: !!str 123\n', '123'],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual({ values: [{ a: expected }], diagnostics: [] });
  });
  test('invalid base64 in !!binary is refused', () => {
    expect(read('a: !!binary hello\n').diagnostics).toEqual(['invalid-binary@1:4-12']);
  });
});

describe('document markers (YAMLReader, then one go-yaml document per piece)', () => {
  test('`--- # comment`, `---` with trailing spaces and CRLF separate documents', () => {
    expect(read('--- # c\na: 1\n---   \nb: 2\r\n---\r\nc: 3\r\n').values).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
  });
  test.each([
    ['`--- {b: 2}`', 'a: 1\n--- {b: 2}\nc: 3\n', ['invalid-separator@2:1-11'], [{ a: 1 }, { c: 3 }]],
    ['`----`', 'a: 1\n----\nb: 2\n', ['invalid-separator@2:1-5'], [{ a: 1 }, { b: 2 }]],
    ['`---x`', 'a: 1\n---x\nb: 2\n', ['invalid-separator@2:1-5'], [{ a: 1 }, { b: 2 }]],
  ])('%s is refused ("invalid Yaml document separator"); the rest is still checked', (_, text, diagnostics, values) => {
    expect(read(text)).toEqual({ values, diagnostics });
  });
  test('an indented `---` is content', () => {
    expect(read('a: 1\n  ---\nb: 2\n').values).toEqual([{ a: '1 ---', b: 2 }]);
  });
  test('`...` with only comments after it ends the document quietly', () => {
    expect(read('a: 1\n...\n# c\n')).toEqual({ values: [{ a: 1 }], diagnostics: [] });
    expect(read('a: 1\n...\n---\nb: 2\n')).toEqual({ values: [{ a: 1 }, { b: 2 }], diagnostics: [] });
  });
  test('text after `...` is never read by kubectl: reported at the marker, with the line it drops from', () => {
    const text = 'a: 1\n... # end\n\nb: 2\n: : [ not even YAML\n---\nc: 3\n';
    expect(read(text)).toEqual({ values: [{ a: 1 }, { c: 3 }], diagnostics: ['ignored@2:1-4'] });
    const [d, ...rest] = validate(text).diagnostics.filter((x) => x.ruleId === 'document-end-marker');
    expect(rest).toEqual([]);
    expect(formatMessage(d!, 'en')).toBe('`...` marks the end of a document: kubectl stops reading here, and nothing from line 4 up to the next `---` is read or applied. To start a new document, write `---` instead of `...`.');
    expect(formatMessage(d!, 'ko')).toBe('`...`는 문서의 끝 표시다. kubectl은 여기서 이 문서 읽기를 멈추고, 4번째 줄부터 다음 `---`까지는 읽지도 적용하지도 않는다. 새 문서를 시작하려면 `...` 대신 `---`를 쓰자.');
  });
  test('`...` ends a block scalar too; `...x` is not a marker', () => {
    expect(read('a: |\n  x\n...\nb: 2\n')).toEqual({ values: [{ a: 'x\n' }], diagnostics: ['ignored@3:1-4'] });
    expect(read('a: 1\n...x\n').diagnostics).not.toContain('ignored@2:1-4');
  });
  test('empty and null documents are skipped; a BOM starts the first or a later document', () => {
    expect(read('---\n---\na: 1\n').values).toEqual([{ a: 1 }]);
    expect(validate('--- \n~\n---\na: 1\n').documents).toHaveLength(1);
    expect(read('\uFEFFa: 1\n---\n\uFEFFb: 2\n')).toEqual({ values: [{ a: 1 }, { b: 2 }], diagnostics: [] });
  });
  test('CRLF and CR-only line breaks', () => {
    expect(read('a: 1\r\nb: "x\r\n  y"\r\nc: |\r\n  l1\r\n  l2\r\n')).toEqual({ values: [{ a: 1, b: 'x y', c: 'l1\nl2\n' }], diagnostics: [] });
  });
});
