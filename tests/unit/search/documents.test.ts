import { describe, expect, it } from 'vitest';
import { ENTRIES_PER_DOCUMENT, packGroups, searchDocuments } from '../../../src/lib/search/documents.ts';

function referencePage(fieldCount: number): string {
  const field = (path: string) => `<li id="${path}" data-pagefind-title="string"><p class="rf-h" data-pagefind-weight="6"><a href="#${path}"><b>${path.split('.').at(-1)}</b></a></p></li>`;
  const containers = Array.from({ length: fieldCount }, (_, i) => field(`spec.containers.f${i}`)).join('');
  const volumes = Array.from({ length: 10 }, (_, i) => field(`spec.volumes.v${i}`)).join('');
  return `<!doctype html><html lang="en"><head><title>x</title></head><body><header>Site</header>
<article data-pagefind-body><h1>Pod field reference</h1><p>A Pod runs containers.</p>
<ul class="rf-list"><li id="spec" data-pagefind-title="object"><p>spec</p><details><summary data-pagefind-ignore>Fields</summary>
<ul class="rf-list">${containers}${volumes}<li id="spec.gone" data-pagefind-title="object"><p>gone</p><details data-pagefind-ignore><ul>${field('spec.gone.hidden')}</ul></details></li></ul></details></li></ul>
<span data-pagefind-filter="type:field" hidden></span><span data-pagefind-meta="apiVersion:v1" hidden></span>
<dd data-pagefind-filter="category">workloads</dd></article></body></html>`;
}

describe('packGroups', () => {
  it('packs whole groups into runs of at most the size; a larger group is a run of its own', () => {
    const items = ['a1', 'a2', 'b1', 'c1', 'c2', 'c3', 'c4', 'd1'];
    expect(packGroups(items, (item) => item[0] ?? '', 3)).toEqual([['a1', 'a2', 'b1'], ['c1', 'c2', 'c3', 'c4'], ['d1']]);
  });
});

describe('searchDocuments', () => {
  it('indexes a page without a Pagefind body not at all, and a short page as it is', () => {
    expect(searchDocuments('<html><body><p>x</p></body></html>', 'a/index.html', '/a/')).toEqual([]);
    const page = referencePage(5).replace('<dd data-pagefind-filter="category">workloads</dd>', '<p data-pagefind-filter="category">workloads</p>');
    expect(searchDocuments(page, 'en/reference/pod/index.html', '/en/reference/pod/')).toEqual([{ file: 'en/reference/pod/index.html', html: page }]);
  });

  it('makes every table header cell, term and description a phrase of its own, as Pagefind ends phrases at <td> and <div>', () => {
    const page = `<!doctype html><html lang="en"><head><title>x</title></head><body><article data-pagefind-body><h1>Options</h1>
<table><thead><tr><th>Field</th><th>Type</th></tr></thead><tbody><tr><th scope="row">name</th><td>string</td></tr></tbody></table>
<dl><dt>API group</dt><dd>apps</dd></dl></article></body></html>`;
    const [doc] = searchDocuments(page, 'en/guide/x/index.html', '/en/guide/x/');
    expect(doc?.file).toBe('en/guide/x/index.html');
    expect(doc?.html).not.toMatch(/<th[\s>]/u);
    expect(doc?.html).toContain('<tr><td>Field</td><td>Type</td></tr>');
    expect(doc?.html).toContain('<td scope="row">name</td><td>string</td>');
    expect(doc?.html).toContain('<dl><div>API group</div><div>apps</div></dl>');
  });

  it('splits a long reference page into parts that name the page and keep its filters', () => {
    const docs = searchDocuments(referencePage(ENTRIES_PER_DOCUMENT + 20), 'en/reference/pod/index.html', '/en/reference/pod/');
    expect(docs.map((doc) => doc.file)).toEqual(['en/reference/pod/part-1.html', 'en/reference/pod/part-2.html', 'en/reference/pod/part-3.html']);
    for (const doc of docs) {
      expect(doc.html).toContain('<html lang="en">');
      expect(doc.html).toContain('<main data-pagefind-body>');
      expect(doc.html).toContain('data-pagefind-meta="url:/en/reference/pod/"');
      expect(doc.html).toContain('data-pagefind-meta="title:Pod field reference"');
      expect(doc.html).toContain('data-pagefind-filter="type:field"');
      expect(doc.html).toContain('data-pagefind-meta="apiVersion:v1"');
      // the first part keeps the page's own markers; the others carry them with explicit values
      expect(doc.html).toMatch(doc === docs[0] ? /<div data-pagefind-filter="category">workloads<\/div>/u : /data-pagefind-filter="category:workloads"/u);
      // nested lists are not repeated: each entry is in exactly one part
      expect(doc.html).not.toContain('<details');
    }
    // the intro text goes with the first part only; the site header never
    expect(docs[0]?.html).toContain('A Pod runs containers.');
    expect(docs[1]?.html).not.toContain('A Pod runs containers.');
    expect(docs.some((doc) => doc.html.includes('Site'))).toBe(false);
    // the containers group (80 entries) is one part; the parents' names come along for dotted paths
    expect(docs[1]?.html).toContain('id="spec.containers.f79"');
    expect(docs[1]?.html).toContain('<main data-pagefind-body><p data-pagefind-weight="0.5">spec containers</p>');
    // every entry once; entries under an ignored list stay out
    const all = docs.map((doc) => doc.html).join('');
    expect(all.match(/id="spec\.containers\.f0"/gu)).toHaveLength(1);
    expect(all).not.toContain('spec.gone.hidden');
  });
});

describe('searchDocuments on a long guide page', () => {
  const section = (id: string, words: number) => `<h2 id="${id}">${id} title</h2><p>${'word '.repeat(words)}</p><h3 id="${id}-more">more</h3><p>detail</p>`;
  const page = (sections: string) => `<!doctype html><html lang="ko"><body><article data-pagefind-body><h1>문제 해결</h1>
<p hidden data-pagefind-weight="5">keywords</p><nav data-pagefind-ignore>toc</nav><div class="prose"><span data-pagefind-filter="type:guide" hidden></span><p>Lead.</p>${sections}</div></article></body></html>`;

  it('keeps a short guide page whole', () => {
    const html = page(section('a', 100));
    expect(searchDocuments(html, 'ko/guide/x/index.html', '/ko/guide/x/')).toEqual([{ file: 'ko/guide/x/index.html', html }]);
  });

  it('splits a long one at its h2 headings: the intro first, then whole sections in runs', () => {
    const docs = searchDocuments(page(section('a', 500) + section('b', 100) + section('c', 900) + section('d', 100)), 'ko/guide/x/index.html', '/ko/guide/x/');
    expect(docs).toHaveLength(4);
    expect(docs[0]?.html).toContain('Lead.');
    expect(docs[0]?.html).toContain('keywords');
    expect(docs[0]?.html).not.toContain('<h2');
    // a and b fit one run (about 3,000 characters), c fills its own, d follows alone
    expect(docs[1]?.html).toMatch(/id="a".*id="a-more".*id="b"/su);
    expect(docs[2]?.html).toContain('id="c"');
    expect(docs[2]?.html).not.toContain('id="b"');
    expect(docs[3]?.html).toContain('id="d"');
    for (const doc of docs.slice(1)) {
      expect(doc.html).toContain('<html lang="ko">');
      expect(doc.html).toContain('<h1>문제 해결</h1><span hidden data-pagefind-filter="type:guide"></span>');
      expect(doc.html).toContain('data-pagefind-meta="url:/ko/guide/x/"');
      expect(doc.html).not.toContain('Lead.');
    }
  });
});

describe('searchDocuments on a page whose h2 sections are each wrapped in a <section> (the rules page)', () => {
  const wrapped = (id: string, words: number) => `<section class="rules-category"><h2 id="${id}">${id} title</h2><p>${'word '.repeat(words)}</p></section>`;
  const html = `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Validator rules</h1><p>Lead.</p>${
    wrapped('syntax', 300) + wrapped('schema', 900) + wrapped('best', 900)}<section class="yaml-dialect"><h2 id="yaml">YAML</h2><p>${'word '.repeat(900)}</p></section></main></body></html>`;

  it('splits at the sections, not only inside the first one', () => {
    const docs = searchDocuments(html, 'en/validator/rules/index.html', '/en/validator/rules/');
    expect(docs.length).toBeGreaterThanOrEqual(4);
    expect(docs[0]?.html).toContain('Lead.');
    expect(docs[0]?.html).not.toContain('<h2');
    expect(docs.filter((doc) => doc.html.includes('id="best"'))).toHaveLength(1);
    // no part holds every section: each stays near CHARACTERS_PER_DOCUMENT
    for (const doc of docs) expect(doc.html.length).toBeLessThan(12_000);
  });
});
