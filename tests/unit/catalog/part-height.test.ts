import { describe, expect, it } from 'vitest';
import { kindSectionRem } from '../../../src/lib/catalog/part-height.ts';

describe('kindSectionRem', () => {
  it('grows with the rows of the table, a row at a time', () => {
    expect(kindSectionRem(12, 'h2')).toBeGreaterThan(kindSectionRem(2, 'h2'));
    expect(kindSectionRem(23, 'h2') - kindSectionRem(13, 'h2')).toBe(28);
  });

  it('gives a category (h2) more room for its heading than a project (h3)', () => {
    expect(kindSectionRem(5, 'h2')).toBeGreaterThan(kindSectionRem(5, 'h3'));
  });

  it('is near what the browser lays out: the workloads category, 12 kinds, about 46rem on a desktop', () => {
    // measured at 1280 px: 679 px for the section, 16 px for the table's margin
    expect(kindSectionRem(12, 'h2')).toBeGreaterThan(40);
    expect(kindSectionRem(12, 'h2')).toBeLessThan(48);
  });
});
