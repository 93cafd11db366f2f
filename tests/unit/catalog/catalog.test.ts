import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { catalogueEntries } from '../../../src/lib/k8s/kind-catalogue.ts';
import { buildCatalog, displayName, distinctName, groupByCategory, parseKindFile, slugOfPath } from '../../../src/lib/catalog/catalog.ts';
import { catalog, findCatalogKind } from '../../../src/lib/catalog/load.ts';
import { CATEGORIES } from '../../../src/lib/catalog/schema.ts';

const minimal = `kind: Widget
group: example.com
preferredVersion: v1
plural: widgets
shortNames: []
namespaced: true
category: other
ko: { name: 위젯, summary: 요약 }
en: { summary: Summary. }
example: |
  apiVersion: example.com/v1
  kind: Widget
`;

describe('catalog loading', () => {
  it('has one entry per catalogued kind of the generated data, with the same slugs', () => {
    const expected = catalogueEntries(apiSchema).map((e) => slugOfPath(e.fileName)).sort();
    expect(catalog.map((k) => k.slug).sort()).toEqual(expected);
    expect(catalog.length).toBeGreaterThanOrEqual(60);
  });

  it('sorts by category order, then by kind name', () => {
    const order = catalog.map((k) => CATEGORIES.indexOf(k.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const workloads = catalog.filter((k) => k.category === 'workloads').map((k) => k.kind);
    expect(workloads).toEqual([...workloads].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('takes the other served versions from the generated data', () => {
    const hpa = findCatalogKind('horizontalpodautoscaler');
    expect(hpa?.apiVersion).toBe('autoscaling/v2');
    expect(hpa?.otherServed).toEqual(['autoscaling/v1']);
    expect(findCatalogKind('deployment')?.otherServed).toEqual([]);
    expect(findCatalogKind('pod')?.apiVersion).toBe('v1');
  });

  it('keeps the two Event kinds apart', () => {
    expect(findCatalogKind('event')?.apiVersion).toBe('v1');
    expect(findCatalogKind('event.events.k8s.io')?.apiVersion).toBe('events.k8s.io/v1');
  });

  it('carries removed versions with release and replacement', () => {
    expect(findCatalogKind('cronjob')?.removed).toEqual([{ apiVersion: 'batch/v1beta1', removedIn: '1.25', replacement: 'batch/v1' }]);
    expect(findCatalogKind('pod')?.removed).toEqual([]);
  });

  it('rejects a malformed file and names it with the field', () => {
    expect(() => parseKindFile('content/kinds/x.yaml', minimal.replace('category: other', 'category: misc'))).toThrow(
      /content\/kinds\/x\.yaml[\s\S]*category/,
    );
    expect(() => parseKindFile('x.yaml', minimal.replace('plural: widgets\n', ''))).toThrow(/plural/);
  });

  it('rejects a preferred version the release does not serve', () => {
    expect(() => buildCatalog({ 'content/kinds/widget.yaml': minimal }, apiSchema)).toThrow(/does not serve example\.com\/v1 Widget/);
    const bad = minimal.replace('kind: Widget', 'kind: Deployment').replace('example.com', 'apps').replace('v1\nplural', 'v1beta2\nplural');
    expect(() => buildCatalog({ 'deployment.yaml': bad }, apiSchema)).toThrow(/apps\/v1beta2/);
  });

  it('groups by category without empty groups', () => {
    const groups = groupByCategory(catalog);
    expect(groups.map((g) => g.category)).toEqual(CATEGORIES.filter((c) => catalog.some((k) => k.category === c)));
    expect(groups.flatMap((g) => g.kinds)).toHaveLength(catalog.length);
  });

  it('names the group of a kind whose name another group shares, not the core one', () => {
    const [core, events] = [findCatalogKind('event'), findCatalogKind('event.events.k8s.io')];
    expect(core && distinctName(core, catalog, 'en')).toBe('Event');
    expect(events && distinctName(events, catalog, 'en')).toBe('Event (events.k8s.io)');
    const deployment = findCatalogKind('deployment');
    expect(deployment && distinctName(deployment, catalog, 'ko')).toBe('디플로이먼트(Deployment)');
  });

  it.each([
    ['deployment', 'ko', '디플로이먼트(Deployment)'],
    ['deployment', 'en', 'Deployment'],
    ['poddisruptionbudget', 'ko', 'PodDisruptionBudget'],
    ['horizontalpodautoscaler', 'ko', 'Horizontal Pod Autoscaler'],
    ['pod', 'ko', '파드'],
    ['service', 'ko', '서비스'],
    ['node', 'ko', '노드(Node)'],
  ] as const)('shows %s in %s as %s', (slug, lang, name) => {
    const kind = findCatalogKind(slug);
    expect(kind && displayName(kind, lang)).toBe(name);
  });
});
