// YAML syntax errors explained at the place a person has to fix, with exact line:column.
import { describe, expect, test } from 'vitest';
import { formatMessage } from '../../../src/lib/validator/index.ts';
import { only, yaml } from './helpers.ts';

const at = (text: string) => only('yaml-syntax', text).map((d) => `${d.messageId}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);

describe('yaml-syntax', () => {
  test('tab in indentation points at the tab', () => {
    expect(at(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '\tname: web'))).toEqual(['tab-indent@4:1-4:2']);
  });
  test('tab after spaces', () => {
    expect(at(yaml('metadata:', '  name: web', '  \tlabels: {}'))).toEqual(['tab-indent@3:3-3:4']);
  });
  test('unterminated double quote points at the opening quote', () => {
    expect(at(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: "web', 'spec: {}'))).toEqual(['unterminated-quote@4:9-4:13']);
  });
  test('unterminated single quote', () => {
    expect(at(yaml("data:", "  a: 'x"))).toEqual(['unterminated-quote@2:6-2:8']);
  });
  test('missing colon points at the line without it', () => {
    expect(at(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name web', '  labels:', '    app: x'))).toEqual(['missing-colon@4:3-4:11']);
  });
  test('missing colon in a sequence item', () => {
    expect(at(yaml('spec:', '  containers:', '  - name web', '    image: nginx'))).toEqual(['missing-colon@3:5-3:13']);
  });
  test('a key indented one space too far', () => {
    expect(at(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', ' spec:', '  containers: []'))).toEqual(['bad-indent@5:2-5:6']);
  });
  test('a key indented less than its siblings', () => {
    expect(at(yaml('a:', '  b: 1', ' c: 2'))).toEqual(['bad-indent@3:2-3:3']);
  });
  test('flow collection with a missing comma or bracket', () => {
    expect(at(yaml('args: ["a", "b"', 'kind: Pod'))).toEqual(['flow-collection@2:1-2:2']);
  });
  test('unknown alias; an unknown tag is ignored, as go-yaml ignores it', () => {
    expect(at(yaml('a: *missing'))).toEqual(['unknown-alias@1:4-1:12']);
    expect(at(yaml('a: !!foo x'))).toEqual([]);
  });
  test('messages read well in both languages', () => {
    const [d] = only('yaml-syntax', yaml('a:', '\tb: 1'));
    expect(formatMessage(d!, 'ko')).toBe('들여쓰기에 탭 문자가 있다. YAML 들여쓰기는 공백(스페이스)만 쓸 수 있다.');
    expect(formatMessage(d!, 'en')).toBe('A tab character is used for indentation; YAML indentation must use spaces only.');
  });
});

describe('duplicate-key', () => {
  test('reported at the second key, with the key in the message', () => {
    const [d, ...rest] = only('duplicate-key', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', 'data:', '  mode: fast', '  mode: safe'));
    expect(rest).toEqual([]);
    expect([d?.line, d?.column, d?.endLine, d?.endColumn]).toEqual([7, 3, 7, 7]);
    expect(formatMessage(d!, 'en')).toBe('The key mode appears twice in the same mapping; kubectl keeps the last value and silently drops the earlier one. Keep only one.');
  });
  test('the last value wins for the other rules, like the API server', () => {
    const text = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  name: Bad_Name');
    expect(only('metadata-name-format', text).map((d) => d.data.name)).toEqual(['Bad_Name']);
  });
  test('quoted and plain spellings of the same key are duplicates', () => {
    expect(only('duplicate-key', yaml('a: 1', '"a": 2')).map((d) => `${d.line}:${d.column}`)).toEqual(['2:1']);
  });
});

describe('apiversion-kind-required', () => {
  test('missing apiVersion points at kind', () => {
    expect(only('apiversion-kind-required', yaml('kind: Pod', 'metadata: {name: a}')).map((d) => `${d.messageId}@${d.line}:${d.column}-${d.endColumn}`))
      .toEqual(['missing@1:1-5']);
  });
  test('a document that is a list or a scalar', () => {
    expect(only('apiversion-kind-required', yaml('- a', '- b')).map((d) => `${d.messageId}@${d.line}:${d.column}`)).toEqual(['not-object@1:1']);
    expect(only('apiversion-kind-required', yaml('just text')).map((d) => d.messageId)).toEqual(['not-object']);
  });
  test('kind that is not a string', () => {
    expect(only('apiversion-kind-required', yaml('apiVersion: v1', 'kind: 3')).map((d) => `${d.messageId}@${d.line}:${d.column}`)).toEqual(['not-string@2:7']);
  });
});

describe('yaml-syntax does not blame a multi-line value for a later indentation error', () => {
  test('continuation lines are not missing colons', () => {
    expect(at(yaml('metadata:', '  annotations:', '    note: this is', '      a long note', '   bad: 1'))).toEqual(['bad-indent@5:4-5:7']);
  });
});
