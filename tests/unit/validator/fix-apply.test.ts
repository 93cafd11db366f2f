// The fix model: edits against the original text, chosen without collisions, applied again and again
// until the check offers nothing more (bounded), everything outside the edits kept.
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { applyEdits, chooseFixes, fixText } from '../../../src/lib/validator/fix/apply.ts';
import { safeFix, scalarSource, suggestedFix } from '../../../src/lib/validator/fix/make.ts';
import { validate } from '../../../src/lib/validator/index.ts';
import { yaml } from './helpers.ts';

describe('applyEdits', () => {
  test('replaces each range and keeps the rest byte for byte, in any order given', () => {
    expect(applyEdits('a: 1 # one\nb: 2\n', [{ start: 14, end: 15, text: '"2"' }, { start: 3, end: 4, text: '10' }])).toBe('a: 10 # one\nb: "2"\n');
  });
  test('an insertion is an empty range', () => {
    expect(applyEdits('ab', [{ start: 1, end: 1, text: 'X' }])).toBe('aXb');
  });
});

describe('chooseFixes', () => {
  const edit = (start: number, end: number) => ({ start, end, text: '' });
  test('a fix colliding with one taken before waits for the next pass; all edits of a fix go together', () => {
    const a = safeFix('a', edit(0, 2), edit(10, 12));
    const b = safeFix('b', edit(11, 13));
    const c = safeFix('c', edit(2, 4));
    const d = safeFix('d', edit(20, 20));
    const e = safeFix('e', edit(20, 20));
    expect(chooseFixes([a, b, c, d, e]).map((f) => f.label)).toEqual(['a', 'c', 'd']);
  });
});

describe('scalarSource keeps the quoting', () => {
  test.each([
    ['always', 'Always', 'Always'],
    ['"always"', 'Always', '"Always"'],
    ["'always'", "it's", "'it''s'"],
    ['x', 'yes', '"yes"'],
    ['x', '8080', '"8080"'],
  ])('%s -> %s', (source, value, written) => expect(scalarSource(source, value)).toBe(written));
});

describe('fixText', () => {
  const pod = (...containerLines: string[]) => yaml(
    'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web # the front end', 'spec:', '  containers:', '  - name: web',
    '    image: nginx:1.27', ...containerLines,
  );
  test('a fix that brings another problem into view is followed by that one\'s fix, on the next pass', () => {
    const text = pod('    imagePullpolicy: always   # keep', '    ports:', '    - containerPort: "80"');
    const run = fixText(text, { schema: apiSchema });
    expect(run.text).toBe(pod('    imagePullPolicy: Always   # keep', '    ports:', '    - containerPort: 80'));
    expect([run.applied, run.passes]).toEqual([3, 2]);
    expect(run.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  test('bounded: one pass applies only what the first check offered', () => {
    const text = pod('    imagePullpolicy: always');
    expect(fixText(text, { schema: apiSchema }, 'safe', 1).text).toBe(pod('    imagePullPolicy: always'));
  });
  test('a suggestion is applied only with the type all', () => {
    // restartPolicy and resizePolicy are both near: neither is clearly meant
    const text = pod('    resartPolicy: Always');
    const [d] = validate(text, { schema: apiSchema }).diagnostics.filter((x) => x.ruleId === 'schema-unknown-field');
    expect(d?.fixes?.map((f) => `${f.safety} ${f.label}`)).toEqual(['suggestion restartPolicy', 'suggestion resizePolicy']);
    expect(fixText(text, { schema: apiSchema }).text).toBe(text);
    expect(fixText(text, { schema: apiSchema }, 'all').text).toBe(pod('    restartPolicy: Always'));
  });
  test('a text with nothing to fix comes back as it was, with no pass', () => {
    const text = pod();
    expect(fixText(text, { schema: apiSchema })).toMatchObject({ text, applied: 0, passes: 0 });
  });
  test('a suggestion made by hand is never applied by safe', () => {
    expect(suggestedFix('x', { start: 0, end: 0, text: 'x' }).safety).toBe('suggestion');
  });
});
