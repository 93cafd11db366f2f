import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/lib/catalog/load.ts';
import { kindAliases, parsePathQuery } from '../../../src/lib/reference/path-query.ts';

const aliases = kindAliases(catalog);

describe('parsePathQuery', () => {
  it.each([
    ['deployment.spec.strategy', 'deployment', 'spec.strategy'],
    ['Deployment.spec.replicas', 'deployment', 'spec.replicas'],
    ['deploy.spec.replicas', 'deployment', 'spec.replicas'],
    ['deployments.apps.spec.replicas', 'deployment', 'spec.replicas'],
    ['po.spec.containers[].image', 'pod', 'spec.containers[].image'],
    ['svc', 'service', ''],
    ['  hpa.spec.metrics.  ', 'horizontalpodautoscaler', 'spec.metrics'],
    ['event.note', 'event', 'note'],
    ['event.events.k8s.io.note', 'event.events.k8s.io', 'note'],
    ['crd.spec.versions.schema', 'customresourcedefinition', 'spec.versions.schema'],
  ])('%s -> %s #%s', (query, slug, path) => {
    expect(parsePathQuery(query, aliases)).toEqual({ ok: true, slug, path });
  });

  it('reads a bare path as a field of the current page', () => {
    const current = { slug: 'deployment', hasField: (name: string) => ['spec', 'metadata', 'status'].includes(name) };
    expect(parsePathQuery('spec.strategy', aliases, current)).toEqual({ ok: true, slug: 'deployment', path: 'spec.strategy' });
    expect(parsePathQuery('pod.spec', aliases, current)).toEqual({ ok: true, slug: 'pod', path: 'spec' });
  });

  it("prefers the current page's own top-level field over a kind of the same name", () => {
    const current = { slug: 'endpointslice', hasField: (name: string) => name === 'endpoints' };
    expect(parsePathQuery('endpoints.addresses', aliases, current)).toEqual({ ok: true, slug: 'endpointslice', path: 'endpoints.addresses' });
    expect(parsePathQuery('endpoints.subsets', aliases)).toEqual({ ok: true, slug: 'endpoints', path: 'subsets' });
  });

  it('reports an unknown kind on the index and an empty query', () => {
    expect(parsePathQuery('widget.spec', aliases)).toEqual({ ok: false, reason: 'noKind', name: 'widget' });
    expect(parsePathQuery('  ', aliases)).toEqual({ ok: false, reason: 'empty' });
  });

  it('maps every kubectl short name and plural to its page', () => {
    for (const kind of catalog) {
      for (const name of [...kind.shortNames, kind.plural]) {
        const query = parsePathQuery(`${name}.metadata`, aliases);
        // a few kinds share a plural across groups (events): the slug named first keeps it
        expect(query.ok && query.path === 'metadata', name).toBe(true);
      }
    }
    expect(aliases['deploy']).toBe('deployment');
    expect(aliases['events']).toBe('event');
  });
});
