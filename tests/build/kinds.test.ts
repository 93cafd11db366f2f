// The kind catalog in the built site: a page per catalogued kind of the generated API data and per
// bundled custom resource kind in both languages, each with its facts, search metadata, example and
// links; the index lists them all.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textOf, walkElements } from '../../scripts/lib/html.mjs';
import { distinctName } from '../../src/lib/catalog/catalog.ts';
import { catalog, findCatalogKind } from '../../src/lib/catalog/load.ts';
import { apiSchema } from '../../src/lib/k8s/api-schema.ts';
import { catalogueEntries } from '../../src/lib/k8s/kind-catalogue.ts';
import { crdCatalog } from '../../src/lib/catalog/crd-load.ts';
import { builtFile, dist } from './site.ts';

const slugs = catalogueEntries(apiSchema).map((entry) => entry.fileName.replace(/\.yaml$/, ''));
const bundledSlugs = crdCatalog.map((kind) => kind.slug);
const langs = ['ko', 'en'] as const;

interface Element { tag: string; attrs: Record<string, string>; text: string }
function elements(path: string): Element[] {
  const found: Element[] = [];
  walkElements(readFileSync(path, 'utf8'), (tag, attrs, node) => found.push({ tag, attrs, text: textOf(node) }));
  return found;
}
/** textOf only reads direct text; this joins nested text too. */
const deepText = (node: unknown): string => {
  const n = node as { value?: string; childNodes?: unknown[] };
  return n.value ?? (n.childNodes ?? []).map(deepText).join('');
};
function elementsDeep(path: string): Element[] {
  const found: Element[] = [];
  walkElements(readFileSync(path, 'utf8'), (tag, attrs, node) => found.push({ tag, attrs, text: deepText(node) }));
  return found;
}

describe.each(langs)('kind pages (%s)', (lang) => {
  it('exist for every catalogued kind of the generated data', () => {
    const missing = slugs.filter((slug) => !existsSync(`${dist}/${lang}/kinds/${slug}/index.html`));
    expect(slugs.length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });

  it.each(slugs)('%s has facts, search metadata, an example and its links', (slug) => {
    const entry = catalogueEntries(apiSchema).find((e) => e.fileName === `${slug}.yaml`);
    const els = elementsDeep(`${dist}/${lang}/kinds/${slug}/index.html`);
    const kind = findCatalogKind(slug);
    expect(els.find((e) => e.tag === 'h1')?.text.trim()).toBe(kind && distinctName(kind, catalog, lang));
    expect(els.some((e) => e.attrs['data-pagefind-body'] !== undefined)).toBe(true);
    expect(els.some((e) => e.attrs['data-pagefind-filter'] === 'type:kind')).toBe(true);
    const filter = (name: string) => els.find((e) => e.attrs['data-pagefind-filter']?.startsWith(`${name}:`))?.attrs['data-pagefind-filter'];
    expect(filter('category')).toBe(`category:${kind?.category}`);
    expect(filter('scope')).toBe(`scope:${kind?.namespaced ? 'namespaced' : 'cluster'}`);
    const apiVersion = els.find((e) => e.attrs['data-pagefind-meta'] === 'apiVersion')?.text;
    expect(entry?.versions.map((v) => (entry.group ? `${entry.group}/${v}` : v))).toContain(apiVersion);
    const frame = els.find((e) => e.tag === 'figure' && e.attrs['class'] === 'code-frame');
    expect(frame?.text).toContain(`kind: ${entry?.kind}`);
    expect(els.some((e) => e.tag === 'pre' && /astro-code/.test(e.attrs['class'] ?? ''))).toBe(true);
    expect(els.some((e) => e.tag === 'button' && e.attrs['class'] === 'code-copy')).toBe(true);
    const hrefs = els.filter((e) => e.tag === 'a').map((e) => e.attrs['href'] ?? '');
    expect(hrefs).toContain(`/${lang}/reference/${slug}/`);
    // every example opens in the validator of the same language
    builtFile(`${lang}/validator/index.html`);
    expect(hrefs.filter((href) => href.startsWith(`/${lang}/validator/#yaml=`))).toHaveLength(1);
    expect(hrefs.filter((href) => /\/guide\//.test(href)).every((href) => href.startsWith(`/${lang}/guide/`))).toBe(true);
  });
});

describe.each(langs)('bundled custom resource kind pages (%s)', (lang) => {
  it.each(bundledSlugs)('%s has its project, search metadata, an example and its links', (slug) => {
    const kind = crdCatalog.find((k) => k.slug === slug);
    const els = elementsDeep(`${dist}/${lang}/kinds/${slug}/index.html`);
    expect(els.some((e) => e.attrs['data-pagefind-filter'] === 'type:kind')).toBe(true);
    expect(els.find((e) => e.tag === 'figure' && e.attrs['class'] === 'code-frame')?.text).toContain(`kind: ${kind?.kind}`);
    expect(els.find((e) => e.attrs['class'] === 'kind-facts')?.text).toContain(kind?.project.name);
    const hrefs = els.filter((e) => e.tag === 'a').map((e) => e.attrs['href'] ?? '');
    expect(hrefs).toContain(`/${lang}/reference/${slug}/`);
    expect(hrefs.filter((href) => href.startsWith(`/${lang}/validator/#yaml=`))).toHaveLength(1);
  });
});

describe.each(langs)('kind index (%s)', (lang) => {
  const els = elements(`${dist}/${lang}/kinds/index.html`);

  it('lists every kind page once, in the HTML', () => {
    const linked = els
      .filter((e) => e.tag === 'a' && /^\/(ko|en)\/kinds\/[^/]+\/$/.test(e.attrs['href'] ?? ''))
      .map((e) => (e.attrs['href'] ?? '').split('/')[3]);
    expect([...linked].sort()).toEqual([...slugs, ...bundledSlugs].sort());
  });

  it('carries the filter data on every row and marks its island', () => {
    const rows = els.filter((e) => e.attrs['data-terms'] !== undefined);
    expect(rows).toHaveLength(slugs.length + bundledSlugs.length);
    for (const row of rows) {
      expect(row.attrs['data-category']).toMatch(/^[a-z-]+$/);
      expect(['namespaced', 'cluster']).toContain(row.attrs['data-scope']);
    }
    expect(els.some((e) => e.tag === 'kind-filter' && e.attrs['data-island'] !== undefined)).toBe(true);
  });
});
