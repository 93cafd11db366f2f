import { describe, expect, it } from 'vitest';
import { matchesQuery, searchTermsOf } from '../../../src/lib/catalog/filter.ts';
import { findCatalogKind } from '../../../src/lib/catalog/load.ts';

const termsOf = (slug: string) => {
  const kind = findCatalogKind(slug);
  if (!kind) throw new Error(`${slug} missing`);
  return searchTermsOf(kind);
};

describe('catalog filter matching', () => {
  it.each([
    ['deployment', 'deploy', true],
    ['deployment', 'Deployments', true],
    ['deployment', '  DEPLOY ', true],
    ['deployment', '디플로이', true],
    ['deployment', 'apps', true],
    ['deployment', 'svc', false],
    ['service', 'svc', true],
    ['service', '서비스', true],
    ['horizontalpodautoscaler', 'hpa', true],
    ['horizontalpodautoscaler', 'pod autoscaler', true],
    ['persistentvolumeclaim', 'pvc', true],
    ['pod', 'po', true],
    ['pod', '', true],
    ['pod', 'deploy', false],
    // the separator never glues two terms into a false match
    ['deployment', 'deploy|deployment', false],
    ['configmap', 'cmconfig', false],
  ])('%s matches %j: %s', (slug, query, expected) => {
    expect(matchesQuery(termsOf(slug), query)).toBe(expected);
  });

  it('leaves out the empty core group', () => {
    expect(termsOf('pod').split('|')).toEqual(['pod', 'pods', 'po', '파드']);
  });
});
