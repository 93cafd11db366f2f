import { describe, expect, it } from 'vitest';
import { codeFences } from '../../../src/lib/markdown/code-fences.ts';

describe('codeFences', () => {
  it('finds fences with language, meta and line, including indented ones', () => {
    const source = ['# t', '```yaml title="a.yaml"', 'a: 1', '```', '', '1. item', '', '   ```yaml wrong', '   b: 2', '   ```', '````bash', '```', '````'].join('\n');
    expect(codeFences(source)).toEqual([
      { lang: 'yaml', code: 'a: 1', line: 2, role: 'manifest', title: 'a.yaml' },
      { lang: 'yaml', code: 'b: 2', line: 8, role: 'wrong' },
      { lang: 'bash', code: '```', line: 11, role: 'manifest' },
    ]);
  });
});
