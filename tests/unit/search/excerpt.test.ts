import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt.ts';

describe('excerptParts', () => {
  it('splits an excerpt into marked and plain runs', () => {
    expect(excerptParts('set <mark>imagePullPolicy</mark> to <mark>Always</mark>.')).toEqual([
      { text: 'set ', mark: false },
      { text: 'imagePullPolicy', mark: true },
      { text: ' to ', mark: false },
      { text: 'Always', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('keeps any other markup-looking text as text, never as elements', () => {
    const parts = excerptParts('A --> B <img src=x onerror=alert(1)> <mark>파드</mark>');
    expect(parts).toEqual([
      { text: 'A --> B <img src=x onerror=alert(1)> ', mark: false },
      { text: '파드', mark: true },
    ]);
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
