// removed-apis.ts is hand-kept from the deprecation guide; these checks keep it
// honest against the package: every row names an API the package really
// declares, and every replacement is served now (or was itself removed later).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findKind } from '../../../src/lib/k8s/api-schema.ts';
import { packageRoots } from '../../../src/lib/k8s/generate/build-api-data.ts';
import { readDeclarations } from '../../../src/lib/k8s/generate/read-declarations.ts';
import { findRemovedApi, REMOVED_APIS } from '../../../src/lib/k8s/removed-apis.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const declared = new Set(
  [...readDeclarations(packageRoots(root)).values()]
    .flatMap((t) => (t.typeMeta ? [`${t.typeMeta.apiVersion} ${t.typeMeta.kind}`] : [])),
);

describe('REMOVED_APIS', () => {
  it.each(REMOVED_APIS.map((r) => [`${r.apiVersion} ${r.kind}`, r] as const))('%s exists in the package', (id) => {
    expect(declared.has(id)).toBe(true);
  });

  it.each(REMOVED_APIS.filter((r) => r.replacement).map((r) => [`${r.apiVersion} ${r.kind}`, r] as const))(
    '%s has a replacement that is served or was removed later',
    (_id, row) => {
      const replacement = row.replacement!;
      const later = findRemovedApi(replacement, row.kind);
      if (later) expect(Number(later.removedIn.split('.')[1])).toBeGreaterThan(Number(row.removedIn.split('.')[1]));
      else expect(findKind(replacement, row.kind)).toBeDefined();
    },
  );

  it('lists each removed API once', () => {
    const ids = REMOVED_APIS.map((r) => `${r.apiVersion} ${r.kind}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('treats List kinds like their items', () => {
    expect(findRemovedApi('extensions/v1beta1', 'IngressList')?.removedIn).toBe('1.22');
    expect(findRemovedApi('networking.k8s.io/v1', 'IngressList')).toBeUndefined();
  });
});
