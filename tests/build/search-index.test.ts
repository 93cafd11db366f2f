// The Pagefind bundle the build makes (scripts/build-search-index.mjs): small index chunks, small
// result fragments, long reference pages indexed in parts, and no extra pages in the site.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/html.mjs';
import { builtFile, dist } from './site.ts';

const bundle = join(dist, 'pagefind');
builtFile('pagefind/pagefind-entry.json');

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function sizes(dir: string): number[] {
  return readdirSync(join(bundle, dir)).map((file) => readFileSync(join(bundle, dir, file)).length);
}

/** Pagefind stores each file gzipped, after a 'pagefind_dcd' signature. */
function fragments(): Fragment[] {
  return readdirSync(join(bundle, 'fragment')).map((file) => {
    const text = gunzipSync(readFileSync(join(bundle, 'fragment', file))).toString('utf8');
    return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
  });
}


describe('search index', () => {
  it('has an index per language', () => {
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ko']);
  });

  it('keeps index chunks small: a query word loads one chunk of a few KB, not 40', () => {
    const chunks = sizes('index');
    // a chunk closes after 2,000 word positions; one word with more positions makes a larger one
    expect(chunks.length).toBeGreaterThan(60);
    expect(Math.max(...chunks)).toBeLessThan(12 * 1024);
  });

  it('keeps every result fragment under 16 KB gzipped', () => {
    expect(Math.max(...sizes('fragment'))).toBeLessThan(16 * 1024);
  });

  it('indexes the Pod reference in parts that name the page and keep its filters', () => {
    const parts = fragments().filter((fragment) => fragment.meta['url'] === '/en/reference/pod/');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(part.meta['title']).toBe('Pod field reference');
      expect(part.meta['apiVersion']).toBe('v1');
      expect(part.filters).toEqual({ type: ['field'], category: ['workloads'], scope: ['namespaced'] });
    }
  });

  it('gives kind pages and reference pages filter values that are keys, not translations', () => {
    const kinds = fragments().filter((fragment) => fragment.filters['type']?.[0] === 'kind');
    // the built-in kinds' pages and the bundled custom resource kinds' (content/crd-kinds/<project>/)
    const catalogued = readdirSync('content/kinds').filter((file) => file.endsWith('.yaml')).length
      + readdirSync('content/crd-kinds').flatMap((project) => readdirSync(`content/crd-kinds/${project}`)).filter((file) => file.endsWith('.yaml')).length;
    // a long kind page (HTTPRoute, with its CEL rules) is indexed in parts that name the page
    expect(new Set(kinds.map((fragment) => fragment.meta['url'] ?? fragment.url)).size).toBe(2 * catalogued);
    const values = new Set(kinds.flatMap((fragment) => [...(fragment.filters['category'] ?? []), ...(fragment.filters['scope'] ?? [])]));
    for (const value of values) expect(value).toMatch(/^[a-z-]+$/u);
  });

  it('indexes table header cells and terms as separate phrases: no excerpt glues a header row or a term and its value together', () => {
    // every header row of the built pages, its cells' text run together ("FieldTypeDefaultDescription")
    const text = (html: string) => html.replace(/<[^>]*>/gu, '').replace(/&amp;/gu, '&').replace(/\s+/gu, ' ').trim();
    const glued = new Set<string>();
    for (const [file] of htmlPages(dist)) {
      const html = readFileSync(file, 'utf8');
      for (const row of html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gu)) {
        const cells = [...(row[1] ?? '').matchAll(/<th[\s>][\s\S]*?<\/th>/gu)].map((cell) => text(cell[0]));
        if (cells.length >= 2 && cells.every((cell) => cell !== '')) glued.add(cells.join(''));
      }
      // and a term with its description ("API groupapps")
      for (const pair of html.matchAll(/<dt[\s>]([\s\S]*?)<\/dt>\s*<dd[\s>]([\s\S]*?)<\/dd>/gu)) {
        const [term, value] = [text(`<${pair[1] ?? ''}`), text(`<${pair[2] ?? ''}`)];
        if (term !== '' && value !== '') glued.add(term + value);
      }
    }
    expect(glued.size).toBeGreaterThan(5);
    const found = fragments().flatMap((fragment) => [...glued].filter((run) => fragment.content.includes(run)).map((run) => `${fragment.url}: ${run}`));
    expect(found).toEqual([]);
  });

  it('adds no pages to the site', () => {
    expect(htmlPages(dist).filter(([file]) => /part-\d+\.html$/u.test(file))).toEqual([]);
  });
});
