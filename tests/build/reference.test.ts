// The manifest reference as built: a page per kind in both languages, every anchor the validator links,
// the version, the Pagefind hooks and the 300 KB gzip ceiling per page.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/index.ts';
import { catalog } from '../../src/lib/catalog/load.ts';
import { apiSchema, objectRef } from '../../src/lib/k8s/api-schema.ts';
import type { ApiShape } from '../../src/lib/k8s/types.ts';
import { rootTypeOf } from '../../src/lib/reference/load.ts';
import { resolveAnchor, type AnchorLookup } from '../../src/lib/reference/resolve-anchor.ts';
import { referenceLink } from '../../src/lib/validator/index.ts';
import type { PathSegment } from '../../src/lib/validator/types.ts';
import { dist } from './site.ts';

const pageFile = (lang: string, slug: string) => `${dist}/${lang}/reference/${slug}/index.html`;

/** ids and data-same-as links of the field elements of a built page */
function lookupOfPage(html: string): AnchorLookup {
  const ids = new Set<string>();
  const sameAs = new Map<string, string>();
  const maps = new Set<string>();
  for (const match of html.matchAll(/<li id="([^"]+)" data-pagefind-title="[^"]*"(?: data-same-as="([^"]*)")?( data-map)?(?: class="part" style="[^"]*")?>/g)) {
    const id = match[1] as string;
    ids.add(id);
    if (match[2] !== undefined) sameAs.set(id, match[2]);
    if (match[3] !== undefined) maps.add(id);
  }
  expect(ids.size).toBeGreaterThan(0);
  return { exists: (a) => ids.has(a), sameAs: (a) => sameAs.get(a), isMap: (a) => maps.has(a) };
}

/**
 * Every field path of a type, written as the validator's path segments (0 for a list item), walked
 * straight from the schema. A type already on the current path is not entered again (recursion).
 */
function* schemaPaths(typeKey: string, prefix: PathSegment[] = [], chain: string[] = []): Generator<PathSegment[]> {
  const type = apiSchema.types[typeKey];
  if (!type || chain.includes(typeKey)) return;
  for (const [name, field] of Object.entries(type.fields)) {
    const path = [...prefix, name, ...containerSteps(field.shape)];
    yield path;
    const ref = objectRef(field.shape);
    if (ref) yield* schemaPaths(ref, path, [...chain, typeKey]);
  }
}

/** a list contributes an index, a map a key: what a real manifest's path holds there */
function containerSteps(shape: ApiShape): PathSegment[] {
  const steps: PathSegment[] = [];
  for (let s = shape; s.t === 'array' || s.t === 'map'; s = s.t === 'array' ? s.items : s.values) {
    steps.push(s.t === 'array' ? 0 : 'key');
  }
  return steps;
}

describe('manifest reference pages', () => {
  it('exist for every kind of the catalog in both languages, with the index', () => {
    const missing = languages.flatMap((lang) => [
      ...(existsSync(`${dist}/${lang}/reference/index.html`) ? [] : [`${lang}/reference/`]),
      ...catalog.filter((kind) => !existsSync(pageFile(lang, kind.slug))).map((kind) => `${lang}/reference/${kind.slug}/`),
    ]);
    expect(catalog.length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });

  it('stay under 300 KB of gzipped HTML each, and state the Kubernetes version', () => {
    const version = apiSchema.kubernetesVersion;
    for (const lang of languages) {
      const label = lang === 'ko' ? `쿠버네티스 ${version} 기준` : `Kubernetes ${version}`;
      for (const kind of catalog) {
        const html = readFileSync(pageFile(lang, kind.slug));
        expect(gzipSync(html).length, `${lang}/${kind.slug}`).toBeLessThanOrEqual(300 * 1024);
        expect(html.toString(), `${lang}/${kind.slug}`).toContain(label);
      }
    }
  });

  // kinds with deep, shared and recursive types; Event in events.k8s.io has its own page the
  // validator's kind-only link cannot reach, so it is checked through its slug below
  const sample = ['deployment', 'pod', 'statefulset', 'cronjob', 'service', 'ingress', 'horizontalpodautoscaler', 'customresourcedefinition', 'persistentvolume', 'validatingadmissionpolicy'];

  for (const slug of sample) {
    it(`lands every validator link of ${slug} on an existing field`, () => {
      const kind = catalog.find((k) => k.slug === slug);
      if (!kind) throw new Error(`${slug} is not in the catalog`);
      const fragments = new Set<string>();
      for (const lang of languages) {
        const lookup = lookupOfPage(readFileSync(pageFile(lang, slug), 'utf8'));
        const unresolved: string[] = [];
        for (const path of schemaPaths(rootTypeOf(kind))) {
          const link = referenceLink({ kind: kind.kind, path }, lang) ?? '';
          const [page, fragment = ''] = link.split('#');
          expect(page).toBe(`/${lang}/reference/${slug}/`);
          fragments.add(fragment);
          if (fragment !== '' && resolveAnchor(fragment, lookup) === undefined) unresolved.push(fragment);
        }
        expect(unresolved.slice(0, 10)).toEqual([]);
      }
      // a walk that produced no deep links would prove nothing
      expect([...fragments].filter((f) => f.split('.').length >= 3).length).toBeGreaterThan(5);
    });
  }

  it('lands the events.k8s.io Event paths on its own page', () => {
    const kind = catalog.find((k) => k.slug === 'event.events.k8s.io');
    if (!kind) throw new Error('event.events.k8s.io is not in the catalog');
    const lookup = lookupOfPage(readFileSync(pageFile('en', kind.slug), 'utf8'));
    for (const path of schemaPaths(rootTypeOf(kind))) {
      const anchor = path.filter((step) => typeof step === 'string').join('.');
      expect(resolveAnchor(anchor, lookup), anchor).toBeDefined();
    }
  });

  it('mark the article for Pagefind, every field with its path (anchor) and type, and the kind’s filters', () => {
    const html = readFileSync(pageFile('ko', 'deployment'), 'utf8');
    expect(html).toMatch(/<article[^>]*data-pagefind-body/);
    // a field of an open list is a page part of its own (render-tree.ts), with its estimated height
    expect(html).toMatch(/<li id="spec\.replicas" data-pagefind-title="integer int32" class="part" style="--part-h: \d+rem">/);
    expect(html).toContain('data-pagefind-filter="category:workloads"');
    expect(html).toContain('data-pagefind-filter="scope:namespaced"');
    expect(html).toContain('data-pagefind-meta="apiVersion:apps/v1"');
    expect(html).toContain('<span class="rf-l" lang="ko">원문(영어) 설명</span>');
  });

  it('keep each folded field\'s description on the kind\'s descriptions page, once, and link it; search leaves that page out', () => {
    for (const lang of languages) {
      for (const kind of catalog) {
        const html = readFileSync(pageFile(lang, kind.slug), 'utf8');
        const url = `/${lang}/reference/${kind.slug}/descriptions/`;
        const descriptionsFile = `${dist}${url}index.html`;
        if (!html.includes(`data-descriptions="${url}"`)) {
          expect(existsSync(descriptionsFile), `${url} without a link from its kind page`).toBe(false);
          continue;
        }
        const page = readFileSync(descriptionsFile, 'utf8');
        expect(page, url).not.toContain('data-pagefind-body');
        const ids = new Set([...html.matchAll(/<li id="([^"]+)"/g)].map((match) => match[1]));
        const inline = new Set([...html.matchAll(/<li id="([^"]+)"[^>]*>(?:(?!<li ).)*?<p class="rf-d"/gs)].map((match) => match[1]));
        const entries = [...page.matchAll(/<li id="([^"]+)"><p class="rf-h"><a href="([^"]+)">.*?<\/a><\/p><p class="rf-d"/g)];
        expect(entries.length, url).toBeGreaterThan(0);
        for (const [, id, href] of entries) {
          expect(ids.has(id), `${url}: ${id} is no field of the kind page`).toBe(true);
          expect(inline.has(id), `${url}: ${id} described twice`).toBe(false);
          expect(href).toBe(`/${lang}/reference/${kind.slug}/#${id}`);
        }
      }
    }
  });
});
