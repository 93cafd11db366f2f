import { expect, it } from 'vitest';
import { measureSite, overBudget } from '../../scripts/lib/page-weight.mjs';
import { dist } from './site.ts';

it('no page goes over the JavaScript and CSS budgets or ships an unused UI framework', async () => {
  const pages = await measureSite(dist);
  expect(pages.length).toBeGreaterThan(5);
  expect(overBudget(pages)).toEqual([]);
});

it('counts what a guide page really loads (the shell script and its imports)', async () => {
  const pages = await measureSite(dist);
  const guide = pages.find((page) => page.path.startsWith('/ko/guide/'));
  expect(guide?.scripts.length).toBeGreaterThan(0);
  expect(guide?.jsGzip).toBeGreaterThan(500);
});
