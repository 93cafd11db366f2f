import { describe, expect, it } from 'vitest';
import { fieldHeightRem, wrappedLines } from '../../../src/lib/reference/field-height.ts';
import type { FieldNode } from '../../../src/lib/reference/field-tree.ts';

const field = (over: Partial<FieldNode> = {}): FieldNode => ({
  name: 'image', path: 'spec.containers[].image', anchor: 'spec.containers.image', owner: 'x.Container',
  shape: { t: 'string' }, type: 'string', required: false, description: '', map: false, ...over,
});

describe('wrappedLines', () => {
  it('counts each line of the text wrapped at the width, and nothing for blank text', () => {
    expect(wrappedLines('', 40)).toBe(0);
    expect(wrappedLines('  \n ', 40)).toBe(0);
    expect(wrappedLines('a'.repeat(40), 40)).toBe(1);
    expect(wrappedLines('a'.repeat(41), 40)).toBe(2);
    // a description keeps its own breaks (white-space: pre-wrap), blank lines included
    expect(wrappedLines('one\n\ntwo', 40)).toBe(3);
  });
});

describe('fieldHeightRem', () => {
  it('grows with what the field shows: description, note, example, values, the closed list of its fields', () => {
    const bare = fieldHeightRem(field(), undefined, 'en');
    expect(bare).toBeGreaterThan(2);
    const described = fieldHeightRem(field({ description: 'x'.repeat(440) }), undefined, 'en');
    expect(described - bare).toBeGreaterThan(10 * 1.4);
    const noted = fieldHeightRem(field(), { ko: '메모', en: 'a note' }, 'en');
    expect(noted).toBeGreaterThan(bare);
    const example = fieldHeightRem(field(), { ko: '메모', en: 'a note', example: 'image: nginx\nname: web\n' }, 'en');
    expect(example - noted).toBeGreaterThan(2 * 1.3);
    expect(fieldHeightRem(field({ enum: ['Always', 'Never', 'IfNotPresent'] }), undefined, 'en')).toBeGreaterThan(bare);
    expect(fieldHeightRem(field({ default: 'Always' }), undefined, 'en')).toBeGreaterThan(bare);
    expect(fieldHeightRem(field({ ref: 'x.Probe', children: [] }), undefined, 'en')).toBeGreaterThan(bare);
    expect(fieldHeightRem(field({ ref: 'x.Probe', sameAs: 'spec.containers.livenessProbe' }), undefined, 'en')).toBeGreaterThan(bare);
  });

  it('reads the note in the page language', () => {
    const note = { ko: '짧다', en: 'x'.repeat(400) };
    expect(fieldHeightRem(field(), note, 'en')).toBeGreaterThan(fieldHeightRem(field(), note, 'ko'));
  });
});
