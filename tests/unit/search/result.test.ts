import { describe, expect, it } from 'vitest';
import { fieldOf, linkTo, mergeHits, resultType, toHit, type ResultData } from '../../../src/lib/search/result.ts';

const sub = (url: string, title: string, weights: number[] = [1]) => ({
  url, title, excerpt: `${title} excerpt`, weighted_locations: weights.map((weight) => ({ weight })),
});

describe('resultType', () => {
  it('reads the type filter, else the URL section', () => {
    expect(resultType({ url: '/ko/kinds/pod/', excerpt: '', meta: {}, filters: { type: ['kind'] } })).toBe('kind');
    expect(resultType({ url: '/en/guide/pods/', excerpt: '', meta: {} })).toBe('guide');
    expect(resultType({ url: '/en/reference/pod/', excerpt: '', meta: {} })).toBe('field');
    expect(resultType({ url: '/ko/validator/rules/', excerpt: '', meta: {} })).toBe('rule');
    expect(resultType({ url: '/ko/', excerpt: '', meta: {} })).toBeUndefined();
  });
});

describe('fieldOf', () => {
  it('takes the path from the anchor and the type from the title', () => {
    expect(fieldOf({ url: '/en/reference/pod/?pagefind-highlight=x#spec.tolerations', title: '[]Toleration' })).toEqual({ path: 'spec.tolerations', type: '[]Toleration' });
    expect(fieldOf({ url: '/en/guide/pods/#restart-policy', title: 'Restart policy' })).toBeUndefined();
  });
});

describe('linkTo', () => {
  it('replaces Pagefind’s highlight parameter with the query words and keeps the anchor', () => {
    expect(linkTo('/en/reference/pod/?pagefind-highlight=old#spec.tolerations', ['tolerations'])).toBe('/en/reference/pod/?pagefind-highlight=tolerations#spec.tolerations');
    expect(linkTo('/ko/guide/pods/', ['파드'])).toBe(`/ko/guide/pods/?pagefind-highlight=${encodeURIComponent('파드')}`);
  });
});

describe('toHit', () => {
  it('lands a reference result on the field whose path spells the query', () => {
    const data: ResultData = {
      url: '/en/reference/pod/part-3.html',
      excerpt: 'page excerpt',
      meta: { title: 'Pod field reference', url: '/en/reference/pod/' },
      filters: { type: ['field'] },
      sub_results: [
        sub('/en/reference/pod/', 'Pod field reference', [7]),
        sub('/en/reference/pod/#spec.initContainers.image', 'string', [6, 1]),
        sub('/en/reference/pod/#spec.containers.image', 'string', [6]),
        sub('/en/reference/pod/#spec.containers', '[]Container', [6]),
      ],
    };
    const hit = toHit(data, ['spec', 'containers', 'image']);
    expect(hit.type).toBe('field');
    expect(hit.url).toBe('/en/reference/pod/#spec.containers.image');
    expect(hit.field).toEqual({ path: 'spec.containers.image', type: 'string' });
    // both spell two of the three words; the shorter path comes first
    expect(hit.sections.map((s) => s.field?.path)).toEqual(['spec.containers', 'spec.initContainers.image']);
  });

  it('lists a guide page’s sections by match weight and gives a kind its apiVersion', () => {
    const guide = toHit({
      url: '/en/guide/pods/?pagefind-highlight=restart', excerpt: 'e', meta: { title: 'Pods' }, filters: { type: ['guide'] },
      sub_results: [sub('/en/guide/pods/?pagefind-highlight=restart', 'Pods'), sub('/en/guide/pods/#a', 'A', [1]), sub('/en/guide/pods/#b', 'B', [7, 1])],
    }, ['restart']);
    expect(guide.url).toBe('/en/guide/pods/');
    expect(guide.sections.map((s) => s.title)).toEqual(['B', 'A']);
    const kind = toHit({ url: '/en/kinds/deployment/', excerpt: '', meta: { title: 'Deployment', apiVersion: 'apps/v1' }, filters: { type: ['kind'] } }, []);
    expect(kind.apiVersion).toBe('apps/v1');
    expect(kind.sections).toEqual([]);
  });
});

describe('mergeHits', () => {
  it('shows the parts of one page as one hit, linked to the field that answers best, the others as sections', () => {
    const part = (path: string) => toHit({
      url: '/en/reference/pod/part-1.html', excerpt: '', meta: { title: 'Pod field reference', url: '/en/reference/pod/' }, filters: { type: ['field'] },
      sub_results: [sub(`/en/reference/pod/#${path}`, 'string')],
    }, []);
    const other = toHit({ url: '/en/guide/pods/', excerpt: '', meta: { title: 'Pods' } }, []);
    const merged = mergeHits([part('spec.subdomain'), other, part('spec.hostname')], ['hostname']);
    expect(merged.map((hit) => hit.url)).toEqual(['/en/reference/pod/#spec.hostname', '/en/guide/pods/']);
    expect(merged[0]?.sections.map((s) => s.field?.path)).toEqual(['spec.subdomain']);
  });
});

describe('parts of a long guide page', () => {
  const part = (subs: ReturnType<typeof sub>[]): ResultData => ({
    url: '/en/guide/troubleshooting/part-3.html', excerpt: 'part', meta: { title: 'Troubleshooting', url: '/en/guide/troubleshooting/' },
    filters: { type: ['guide'] }, sub_results: subs,
  });

  it('lands on the best section when only sections matched, and names it', () => {
    const hit = toHit(part([sub('/en/guide/troubleshooting/#crashloopbackoff', 'CrashLoopBackOff', [7, 1]), sub('/en/guide/troubleshooting/#events', 'Events')]), []);
    expect(hit.url).toBe('/en/guide/troubleshooting/#crashloopbackoff');
    expect(hit.section).toBe('CrashLoopBackOff');
    expect(hit.sections.map((s) => s.title)).toEqual(['Events']);
  });

  it('lands on the page when its title matched', () => {
    const hit = toHit(part([sub('/en/guide/troubleshooting/', 'Troubleshooting'), sub('/en/guide/troubleshooting/#events', 'Events')]), []);
    expect(hit.url).toBe('/en/guide/troubleshooting/');
    expect(hit.section).toBeUndefined();
  });

  it('merges the parts of one page, the later parts’ sections listed under the first', () => {
    const first = toHit(part([sub('/en/guide/troubleshooting/#pending', 'Pending', [7])]), []);
    const second = toHit(part([sub('/en/guide/troubleshooting/#crashloopbackoff', 'CrashLoopBackOff')]), []);
    const [merged] = mergeHits([first, second], []);
    expect(merged?.url).toBe('/en/guide/troubleshooting/#pending');
    expect(merged?.sections.map((s) => s.title)).toEqual(['CrashLoopBackOff']);
  });
});

describe('section order', () => {
  it('puts a section whose heading names the query before one that only mentions it often', () => {
    const hit = toHit({
      url: '/en/guide/t/', excerpt: '', meta: { title: 'T' }, filters: { type: ['guide'] },
      sub_results: [sub('/en/guide/t/#describe', 'Reading kubectl describe', [1, 1, 1, 1, 1, 1, 1, 1]), sub('/en/guide/t/#crash', 'CrashLoopBackOff', [7])],
    }, ['crashloopbackoff']);
    expect(hit.sections.map((s) => s.title)).toEqual(['CrashLoopBackOff', 'Reading kubectl describe']);
  });
});
