// The home page offers what the site has, each with a link, and no page promises what is not built.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { htmlPages, textOf, walkElements } from '../../scripts/lib/html.mjs';
import { builtFile, dist } from './site.ts';

/** Words that promise a part of the site for later. */
const unfinished = /coming soon|준비\s?중|곧 (?:공개|제공)|\bTODO\b|\bTBD\b/iu;

it('no built page says "coming soon" or the like', () => {
  const pages = htmlPages(dist);
  expect(pages.length).toBeGreaterThan(100);
  const promising = pages.filter(([file]) => {
    let text = '';
    walkElements(readFileSync(file, 'utf8'), (tag, _attrs, node) => {
      if (tag === 'main') text += textOf(node);
    });
    return unfinished.test(text);
  });
  expect(promising.map(([, path]) => path)).toEqual([]);
});

for (const lang of ['ko', 'en'] as const) {
  it(`the ${lang} home page offers the guide, catalog, reference and validator, each a link, and a search entry`, () => {
    const html = readFileSync(builtFile(`${lang}/index.html`), 'utf8');
    const cards = [...html.matchAll(/<li class="offer-card"[^>]*>([\s\S]*?)<\/li>/gu)].map((match) => match[1] ?? '');
    expect(cards).toHaveLength(4);
    const hrefs = cards.map((card) => /<a href="([^"]+)"/u.exec(card)?.[1]);
    expect(hrefs).toEqual([
      expect.stringMatching(new RegExp(`^/${lang}/guide/[a-z-]+/$`, 'u')),
      `/${lang}/kinds/`,
      `/${lang}/reference/`,
      `/${lang}/validator/`,
    ]);
    expect(html).toMatch(/<button type="button" class="home-search" data-search-trigger/u);
  });
}
