// The preview model of a fix: the lines it removes and adds, and the same changes as edits of the text
// that the editor applies in one transaction. Applying the hunks must give the fixed text exactly.
import { describe, expect, it } from 'vitest';
import { changedLines, fixHunks, withEdits, type Hunk } from '../../../src/scripts/validator/fix-preview.ts';

const applyHunks = (text: string, hunks: readonly Hunk[]): string => withEdits(text, hunks);

const manifest = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  replicas: "3"', '  template:',
  '    spec:', '      restartPolicy: Always', '      terminationGracePeriodSecond: 30', ''].join('\n');

describe('withEdits', () => {
  it('applies non-overlapping edits given in any order, keeping everything else', () => {
    expect(withEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: 'AA' }, { start: 2, end: 2, text: '+' }])).toBe('AAb+cdEf');
  });
});

describe('fixHunks', () => {
  it('one changed line: a hunk with the removed and added line and two lines of context either side', () => {
    const after = manifest.replace('"3"', '3');
    const hunks = fixHunks(manifest, after);
    expect(hunks).toHaveLength(1);
    expect(hunks[0]?.line).toBe(4);
    expect(hunks[0]?.lines).toEqual([
      { kind: 'context', text: '  name: web', line: 4 },
      { kind: 'context', text: 'spec:', line: 5 },
      { kind: 'removed', text: '  replicas: "3"', line: 6 },
      { kind: 'added', text: '  replicas: 3', line: 6 },
      { kind: 'context', text: '  template:', line: 7 },
      { kind: 'context', text: '    spec:', line: 8 },
    ]);
    // the edit covers the changed line only, so the editor's cursor and undo touch nothing else
    expect(manifest.slice(hunks[0]?.start, hunks[0]?.end)).toBe('  replicas: "3"\n');
    expect(applyHunks(manifest, hunks)).toBe(after);
  });

  it('changes far apart are separate hunks; near ones do not repeat a context line', () => {
    const after = manifest.replace('"3"', '3').replace('Second:', 'Seconds:').replace('apps/v1', 'apps/v2');
    const hunks = fixHunks(manifest, after);
    expect(hunks.map((hunk) => hunk.line)).toEqual([1, 4, 9]);
    const shown = hunks.flatMap((hunk) => hunk.lines.filter((line) => line.kind !== 'added').map((line) => line.line));
    expect(new Set(shown).size).toBe(shown.length);
    expect(changedLines(hunks)).toEqual({ removed: 3, added: 3 });
    expect(applyHunks(manifest, hunks)).toBe(after);
  });

  it('added and removed lines, a last line without a line break, CRLF: applying the hunks gives the text exactly', () => {
    const cases: Array<[string, string]> = [
      ['a\nb\nc', 'a\nb\nc\n'],
      ['a\r\nb\r\n', 'a\r\nB\r\nc\r\n'],
      ['spec:\n  x: 1\n', 'spec:\n  selector:\n    matchLabels:\n      app: web\n  x: 1\n'],
      ['one\ntwo\nthree\n', 'three\n'],
      ['', 'kind: Pod\n'],
    ];
    for (const [before, after] of cases) expect(applyHunks(before, fixHunks(before, after))).toBe(after);
    expect(fixHunks('a\r\nb\r\n', 'a\r\nB\r\n')[0]?.lines.filter((line) => line.kind !== 'context').map((line) => line.text)).toEqual(['b', 'B']);
  });

  it('the same text has no hunk; markup in a line stays text', () => {
    expect(fixHunks(manifest, manifest)).toEqual([]);
    const hunks = fixHunks('name: a\n', 'name: <img src=x onerror=alert(1)>\n');
    expect(hunks[0]?.lines.find((line) => line.kind === 'added')?.text).toBe('name: <img src=x onerror=alert(1)>');
  });

  it('a large text with a few changes gives hunks of the changed lines only', () => {
    const lines = Array.from({ length: 20000 }, (_, i) => `  key${i}: "${i}"`);
    const before = `data:\n${lines.join('\n')}\n`;
    const after = before.replace('key10: "10"', 'key10: 10').replace('key19990: "19990"', 'key19990: 19990');
    const hunks = fixHunks(before, after);
    expect(hunks).toHaveLength(2);
    expect(changedLines(hunks)).toEqual({ removed: 2, added: 2 });
    expect(applyHunks(before, hunks)).toBe(after);
  });
});
