// The release change pages as built (issue 11.3, 11.4): the guide's "since v1.NN" links land on them,
// each field they list links to an entry that exists on its reference page, and what they list is
// what the release data says (lib/reference/release-changes.ts).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/html.mjs';
import { languages } from '../../src/i18n/index.ts';
import { RELEASES } from '../../src/lib/k8s/releases.ts';
import { LINKED_RELEASES } from '../../src/lib/markdown/remark-release-links.ts';
import { changesOf } from '../../src/lib/reference/changes-load.ts';
import { dist } from './site.ts';

const pages = htmlPages(dist) as Array<[string, string]>;
const html = (path: string): string => readFileSync(path, 'utf8');
/** The page's main content: the sidebar and header link the change index on every page. */
const mainOf = (text: string): string => /<main[\s\S]*<\/main>/u.exec(text)?.[0] ?? '';
const hrefs = (text: string): string[] => [...text.matchAll(/href="([^"]+)"/gu)].map((m) => m[1] as string);
/** The HTML of the section under <h2 id="id">, up to the next h2. */
const section = (text: string, id: string): string => {
  const start = text.indexOf(`<h2 id="${id}"`);
  if (start === -1) return '';
  const end = text.indexOf('<h2', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
};
const idsOf = (text: string): Set<string> => new Set([...text.matchAll(/ id="([^"]+)"/gu)].map((m) => m[1] as string));

describe('the guide links its releases to their change pages', () => {
  for (const lang of languages) {
    it(`${lang}: every /${lang}/changes/ link of a guide page is a release with a comparing change page that was built`, () => {
      const links: string[] = [];
      for (const [file, path] of pages.filter(([, p]) => p.startsWith(`/${lang}/guide/`))) {
        for (const href of hrefs(mainOf(html(file)))) {
          const match = /^\/(ko|en)\/changes\/([^/]+)\/$/u.exec(href);
          if (!match) continue;
          links.push(`${path} -> ${href}`);
          expect(match[1], `${path} links the other language's ${href}`).toBe(lang);
          expect(LINKED_RELEASES.has(match[2] as string), `${path} links ${href}`).toBe(true);
          expect(existsSync(`${dist}${href}index.html`), `${path} links ${href}, which was not built`).toBe(true);
        }
      }
      // the guide names releases 1.28-1.36 as changes in a few dozen places in each language
      expect(links.length).toBeGreaterThan(25);
      expect(new Set(links.map((l) => l.split(' -> ')[1])).size).toBeGreaterThanOrEqual(7);
    });
  }
});

describe('the change pages', () => {
  const reference = new Map<string, Set<string>>();
  const idsOfReference = (path: string): Set<string> => {
    let ids = reference.get(path);
    if (!ids) {
      ids = idsOf(html(`${dist}${path}index.html`));
      reference.set(path, ids);
    }
    return ids;
  };

  for (const lang of languages) {
    for (const release of RELEASES) {
      it(`${lang} ${release}: lists what the data says, each added field linked to an entry of its reference page`, () => {
        const page = mainOf(html(`${dist}/${lang}/changes/${release}/index.html`));
        const changes = changesOf(release);
        if (changes.previous === undefined) {
          expect(page).not.toContain('<h2 id="fields"');
          return;
        }
        const items = (id: string) => (section(page, id).match(/<li[\s>]/gu) ?? []).length;
        expect(items('api-versions')).toBe(changes.apiVersionsAdded.length);
        expect(items('api-versions-removed')).toBe(changes.apiVersionsRemoved.length);
        const fieldLinks = hrefs(section(page, 'fields')).filter((h) => h.includes('/reference/'));
        const expected = changes.fieldsAddedByKind.flatMap(({ slug, fields }) => fields.map((f) => `/${lang}/reference/${slug}/#${f.anchor}`));
        expect(fieldLinks).toEqual(expected);
        for (const link of fieldLinks) {
          const [path = '', anchor = ''] = link.split('#');
          expect(idsOfReference(path).has(decodeURIComponent(anchor)), `${link} has no entry`).toBe(true);
        }
      });
    }
  }
});
