import { describe, expect, it } from 'vitest';
import { parseCodeMeta } from '../../../src/lib/markdown/code-meta.ts';
import { langOfFile } from '../../../src/lib/markdown/rehype-code-frame.ts';

describe('parseCodeMeta', () => {
  it.each([
    [undefined, { role: 'manifest' }],
    ['', { role: 'manifest' }],
    ['wrong', { role: 'wrong' }],
    ['fragment', { role: 'fragment' }],
    ['title="deployment.yaml"', { role: 'manifest', title: 'deployment.yaml' }],
    ['wrong title="bad wrong.yaml"', { role: 'wrong', title: 'bad wrong.yaml' }],
    ['title="fragment.yaml"', { role: 'manifest', title: 'fragment.yaml' }],
  ])('%j', (meta, expected) => {
    expect(parseCodeMeta(meta)).toEqual(expected);
  });
});

describe('langOfFile', () => {
  it('reads the language from the content folder', () => {
    expect(langOfFile('/repo/content/en/guide/pods.mdx')).toBe('en');
    expect(langOfFile('/repo/content/ko/guide/pods.mdx')).toBe('ko');
    expect(langOfFile(undefined)).toBe('ko');
  });
});
