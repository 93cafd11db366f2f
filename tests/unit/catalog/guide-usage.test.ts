import { describe, expect, it } from 'vitest';
import { guideLinksFor, topSections } from '../../../src/lib/catalog/guide-links.ts';
import { headingText, sectionsMentioning, type KindMatcher } from '../../../src/lib/catalog/guide-usage.ts';
import { catalog, findCatalogKind } from '../../../src/lib/catalog/load.ts';

const m = (kind: string, koName: string, group = '', ambiguous = false): KindMatcher => ({ kind, group, koName, ambiguous });
const anchors = (mdx: string, matcher: KindMatcher) => sectionsMentioning(mdx, matcher).map((s) => s.anchor ?? null);

describe('sections that mention a kind', () => {
  const page = [
    '---',
    'title: Deployment everywhere',
    '---',
    "import X from './x.astro';",
    'Intro about the Pod.',
    '## Rolling out a `Deployment`',
    'Text.',
    '## Rolling out a `Deployment`',
    '```yaml',
    'apiVersion: apps/v1',
    'kind: Deployment',
    '# ## not a heading',
    '```',
    '## 롤링 업데이트',
    '롤링 업데이트와 롤백은 복잡하지 않다. 잡아 두자.',
    '## 권한',
    '롤을 만들고 롤바인딩으로 묶는다.',
  ].join('\n');

  it('links the heading anchors Astro generates, duplicates numbered', () => {
    expect(anchors(page, m('Deployment', '디플로이먼트'))).toEqual(['rolling-out-a-deployment', 'rolling-out-a-deployment-1']);
  });

  it('marks mentions before the first heading without an anchor and ignores front matter', () => {
    expect(anchors(page, m('Pod', '파드'))).toEqual([null]);
  });

  it('ignores headings inside code fences', () => {
    const sections = sectionsMentioning(page, m('Role', '롤'));
    expect(sections.map((s) => s.anchor)).toEqual(['권한']);
  });

  it.each([
    ['롤링 업데이트', '롤', false],
    ['롤백한다', '롤', false],
    ['복잡한 설정', '잡', false],
    ['잡아 둔다', '잡', false],
    ['리스트를 본다', '리스', false],
    ['파드템플릿을 쓴다', '파드', false],
    ['서비스어카운트 토큰', '서비스', false],
    ['파드를 만든다', '파드', true],
    ['노드들이 준비되었다', '노드', true],
    ['이것은 파드이다.', '파드', true],
    ['크론잡이 잡을 만든다', '잡', true],
    ['(잡)', '잡', true],
  ])('%j mentions %s: %s', (line, koName, expected) => {
    expect(sectionsMentioning(line, m('X', koName)).length > 0).toBe(expected);
  });

  it.each([
    ['Pods restart', 'Pod', true],
    ['a PodTemplate holds', 'Pod', false],
    ['the ServiceAccount token', 'Service', false],
    ['`Service` objects', 'Service', true],
    ['ClusterRoles', 'Role', false],
  ])('%j mentions %s: %s', (line, kind, expected) => {
    expect(sectionsMentioning(line, m(kind, '-')).length > 0).toBe(expected);
  });

  it('tells the two Event kinds apart in YAML and prose', () => {
    const core = m('Event', 'Event', '', true);
    const events = m('Event', 'Event', 'events.k8s.io', true);
    const yamlCore = '```yaml\napiVersion: v1\nkind: Event\n```';
    const yamlNew = '```yaml\napiVersion: events.k8s.io/v1\nkind: Event\n```';
    expect(sectionsMentioning(yamlCore, core)).toHaveLength(1);
    expect(sectionsMentioning(yamlCore, events)).toHaveLength(0);
    expect(sectionsMentioning(yamlNew, events)).toHaveLength(1);
    expect(sectionsMentioning('Events show up', events)).toHaveLength(0);
    expect(sectionsMentioning('the events.k8s.io/v1 API', events)).toHaveLength(1);
  });

  it('strips markdown from heading text', () => {
    expect(headingText('The `spec` of a [Pod](/x/) is **required**')).toBe('The spec of a Pod is required');
  });

  it('follows smartypants: dashes in prose become a dash the slugger drops, not in code', () => {
    expect(anchors('## What --dry-run=server adds\nA Pod.', m('Pod', '파드'))).toEqual(['what-dry-runserver-adds']);
    expect(anchors('## What `--dry-run=server` adds\nA Pod.', m('Pod', '파드'))).toEqual(['what---dry-runserver-adds']);
  });
});

describe('section ranking', () => {
  it('weighs a heading over a manifest over prose lines', () => {
    const mdx = ['## One', 'A Pod.', '## Two: the Pod', 'x', '## Three', '```yaml', 'kind: Pod', '```', '## Four', 'Pod. Pod.', 'Pod.'].join('\n');
    expect(sectionsMentioning(mdx, m('Pod', '파드')).map((s) => [s.anchor, s.weight])).toEqual([
      ['one', 1], ['two-the-pod', 3], ['three', 2], ['four', 2],
    ]);
  });

  it('keeps the heaviest sections, earlier first on ties, in page order', () => {
    const w = (weight: number, id: string) => ({ weight, id });
    expect(topSections([w(1, 'a'), w(3, 'b'), w(2, 'c'), w(2, 'd'), w(5, 'e')]).map((s) => s.id)).toEqual(['b', 'c', 'e']);
  });
});

describe('guide links from the real guide', () => {
  it.each(['ko', 'en'] as const)('links the %s Pods page and its sections for Pod', (lang) => {
    const pod = findCatalogKind('pod');
    if (!pod) throw new Error('pod missing');
    const links = guideLinksFor(pod, catalog, lang);
    const pods = links.find((l) => l.href === `/${lang}/guide/pods/`);
    expect(pods?.sections.length).toBeGreaterThan(0);
    expect(links.every((l) => l.sections.length <= 3)).toBe(true);
    for (const section of pods?.sections ?? []) expect(section.href).toMatch(new RegExp(`^/${lang}/guide/pods/#.+`));
  });
});
