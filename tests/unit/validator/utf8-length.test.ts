// utf8Length counts what TextEncoder would write, for any UTF-16 string, lone surrogates included.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { utf8Length } from '../../../src/lib/validator/utf8.ts';

const encoded = (text: string): number => new TextEncoder().encode(text).length;

describe('utf8Length', () => {
  test.each(['', 'a', 'é', '한국어', '😀', 'a\uD800', '\uDC00b', '\uD800\uD800\uDC00', 'µs’»'])('%j', (text) => {
    expect(utf8Length(text)).toBe(encoded(text));
  });

  test('equals TextEncoder\'s length for any string of UTF-16 units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === encoded(text)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) }), (text) => utf8Length(text) === encoded(text)), { numRuns: 2000 });
  });
});
