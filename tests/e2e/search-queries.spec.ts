// Search quality: every query of tests/search/queries.json runs through the built site's own
// Pagefind bundle in Chromium, in a page carrying the query's <html lang> (Pagefind picks its
// index from it, as on the real site), after the same query processing the dialog applies.
// An expectation is found when its page is among the top five results; one with an #anchor also
// needs that result's sub-result to land on the anchor; 'a | b' accepts either page (questions
// that two pages answer equally well). Every expectation must be found, except those a query lists
// under "misses" (known misses, each with a note of why); a listed miss that is found again fails
// too, until it is taken off the list. So the set can only improve, and no miss passes unseen.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { processQuery } from '../../src/lib/search/korean.ts';
import { pagefindOptions } from '../../src/lib/search/options.ts';

interface Query {
  q: string;
  lang: 'ko' | 'en';
  expect: string[];
  /** expectations of this query known not to be found today */
  misses?: string[];
  note?: string;
}
interface Outcome {
  q: string;
  lang: string;
  expectation: string;
  rank: number | null;
  known: boolean;
  top: string[];
}

const queries = JSON.parse(readFileSync(new URL('../search/queries.json', import.meta.url), 'utf8')) as Query[];
const TOP = 5;

/** A blank same-origin page with the given language, so /pagefind/pagefind.js picks that index. */
async function openSearchPage(page: Page, lang: string): Promise<void> {
  const url = `/__search_queries__/${lang}/`;
  await page.route(`**${url}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>search</title></head><body></body></html>`,
    }),
  );
  await page.goto(url);
}

/**
 * The top pages per query with their sub-result URLs, as the dialog shows them: the parts of a
 * page indexed in parts (their `url` metadata names the page) count as that one page.
 */
async function runQueries(page: Page, terms: string[]): Promise<{ url: string; subs: string[] }[][]> {
  return page.evaluate(
    async ({ terms, top, options }) => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = (await import(bundle)) as {
        options(options: object): Promise<void>;
        search(term: string): Promise<{
          results: { data(): Promise<{ url: string; meta: { url?: string }; sub_results: { url: string }[] }> }[];
        }>;
      };
      await pagefind.options({ ...options, excerptLength: 12 });
      const pathOf = (url: string) => url.replace(/[?#].*$/u, '');
      const out: { url: string; subs: string[] }[][] = [];
      for (const term of terms) {
        const { results } = await pagefind.search(term);
        const pages: { url: string; subs: string[] }[] = [];
        for (const result of results) {
          if (pages.length >= top) break;
          const data = await result.data();
          const url = pathOf(data.meta.url ?? data.url);
          const subs = data.sub_results.map((sub) => sub.url);
          const seen = pages.find((p) => p.url === url);
          if (seen === undefined) pages.push({ url, subs });
          else seen.subs.push(...subs);
        }
        out.push(pages);
      }
      return out;
    },
    { terms, top: TOP, options: pagefindOptions },
  );
}

/** Rank of the first top result meeting the expectation; ' | ' separates pages that answer equally well. */
function rankOf(expectation: string, results: { url: string; subs: string[] }[]): number | null {
  const ranks = expectation.split(' | ').map((alternative) => {
    const [path = '', anchor] = alternative.split('#');
    return results.findIndex(
      (result) => result.url === path && (anchor === undefined || result.subs.some((sub) => sub.split('?')[0]?.endsWith(`#${anchor}`) || sub.endsWith(`#${anchor}`))),
    );
  });
  const found = ranks.filter((rank) => rank !== -1);
  return found.length === 0 ? null : Math.min(...found) + 1;
}

test('the query set finds its pages in the top five, in both languages', async ({ page }) => {
  test.setTimeout(120_000);
  expect(queries.length).toBeGreaterThanOrEqual(80);
  const outcomes: Outcome[] = [];
  for (const lang of ['ko', 'en'] as const) {
    const set = queries.filter((query) => query.lang === lang);
    await openSearchPage(page, lang);
    const results = await runQueries(page, set.map((query) => processQuery(query.q)));
    set.forEach((query, i) => {
      const top = results[i] ?? [];
      for (const expectation of query.expect) {
        const known = query.misses?.includes(expectation) ?? false;
        outcomes.push({ q: query.q, lang, expectation, rank: rankOf(expectation, top), known, top: top.map((r) => r.url) });
      }
    });
  }
  const found = outcomes.filter((outcome) => outcome.rank !== null).length;
  const misses = outcomes.filter((outcome) => outcome.rank === null);
  console.log(`search queries: ${found} of ${outcomes.length} expectations found in the top ${TOP}`);
  const describe = (o: Outcome) => `[${o.lang}] ${o.q} → ${o.expectation}; top: ${o.top.join(' ')}`;
  for (const miss of misses) console.log(`  miss${miss.known ? ' (known)' : ''} ${describe(miss)}`);
  expect(misses.filter((miss) => !miss.known).map(describe), 'expectations not found in the top five').toEqual([]);
  const foundAgain = outcomes.filter((outcome) => outcome.known && outcome.rank !== null);
  expect(foundAgain.map(describe), 'known misses now found: take them off the "misses" list').toEqual([]);
});
