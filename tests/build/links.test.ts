import { expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/links.mjs';
import { dist } from './site.ts';

it('every internal link, asset and #fragment of the built site resolves', () => {
  const { checked, broken } = checkLinks(dist);
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
