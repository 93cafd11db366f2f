// An older release is stored as a delta against the newest: applying the delta to the newest data must
// give back the older release exactly, and a release that equals the base costs nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { applyReleaseDelta, diffReleases } from '../../../src/lib/k8s/release-delta.ts';
import type { ApiKind, ApiSchema, ApiType } from '../../../src/lib/k8s/types.ts';

const copy = <T>(value: T): T => structuredClone(value);
const POD_SPEC = 'io.k8s.api.core.v1.PodSpec';

/** 1.36 turned back into something like 1.35: what RELEASES.md found between the two, by hand. */
function like135(base: ApiSchema): ApiSchema {
  const release = copy(base);
  release.kubernetesVersion = '1.35';
  const podSpec = release.types[POD_SPEC]!;
  delete podSpec.fields.schedulingGroup;
  delete release.types['io.k8s.api.core.v1.PodSchedulingGroup'];
  podSpec.fields.workloadRef = { shape: { t: 'object', ref: 'io.k8s.api.core.v1.WorkloadReference' } };
  release.types['io.k8s.api.core.v1.WorkloadReference'] = {
    fields: { name: { shape: { t: 'string' }, required: true }, podGroup: { shape: { t: 'string' }, required: true } },
  };
  // CronJob.spec became required in 1.36
  delete release.types['io.k8s.api.batch.v1.CronJob']!.fields.spec!.required;
  release.types['io.k8s.api.core.v1.Pod']!.open = true;
  release.kinds = release.kinds.filter((kind) => kind.kind !== 'ResourceSlice');
  const flowSchema = release.kinds.findIndex((kind) => kind.kind === 'FlowSchema');
  release.kinds.splice(flowSchema + 1, 0, { ...release.kinds[flowSchema]!, version: 'v1beta3', apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3' });
  return release;
}

describe('release deltas', () => {
  it('rebuilds a release from the newest data and its delta', () => {
    const base = copy(apiSchema);
    const release = like135(base);
    const delta = diffReleases(base, release);
    expect(applyReleaseDelta(base, delta)).toEqual(release);
    expect(base).toEqual(apiSchema);
    expect(delta.removedTypes).toEqual(['io.k8s.api.core.v1.PodSchedulingGroup']);
    expect(Object.keys(delta.types).sort()).toEqual(['io.k8s.api.core.v1.Pod', 'io.k8s.api.core.v1.WorkloadReference']);
    expect(Object.keys(delta.fields[POD_SPEC]!).sort()).toEqual(['schedulingGroup', 'workloadRef']);
    expect(delta.removedKinds).toEqual(['resource.k8s.io/v1 ResourceSlice']);
    expect(delta.addedKinds.map(({ kind }) => kind.apiVersion)).toEqual(['flowcontrol.apiserver.k8s.io/v1beta3']);
  });

  it('stores a few hundred bytes for a few changes, nothing for none', () => {
    const base = copy(apiSchema);
    const text = JSON.stringify(diffReleases(base, like135(base)));
    expect(text.length).toBeLessThan(JSON.stringify(base).length / 100);
    const none = diffReleases(base, { ...copy(base), kubernetesVersion: '1.35' });
    expect(none).toEqual({ kubernetesVersion: '1.35', base: '1.36', removedTypes: [], types: {}, fields: {}, removedKinds: [], addedKinds: [] });
  });

  it('refuses a delta made for another base release', () => {
    const base = copy(apiSchema);
    const delta = diffReleases(base, like135(base));
    expect(() => applyReleaseDelta({ ...base, kubernetesVersion: '1.34' }, delta)).toThrow(/applies to 1\.36/);
  });

  it('rebuilds any mix of dropped, added and changed types, fields and kinds', () => {
    const typeKeys = Object.keys(apiSchema.types);
    const someType = fc.constantFrom(...typeKeys);
    const newType: fc.Arbitrary<ApiType> = fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 4 })
      .map((names) => ({ fields: Object.fromEntries(names.map((n) => [n, { shape: { t: 'string' as const } }])) }));
    const edit = fc.record({
      dropTypes: fc.uniqueArray(someType, { maxLength: 20 }),
      dropFields: fc.array(fc.tuple(someType, fc.nat()), { maxLength: 20 }),
      flipRequired: fc.array(fc.tuple(someType, fc.nat()), { maxLength: 20 }),
      addTypes: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x.${s}`), newType, { maxKeys: 5 }),
      keepKind: fc.array(fc.boolean(), { minLength: apiSchema.kinds.length, maxLength: apiSchema.kinds.length }),
      addKinds: fc.array(fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 10 })), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(edit, (e) => {
        const base = copy(apiSchema);
        const release = copy(apiSchema);
        release.kubernetesVersion = '1.30';
        for (const key of e.dropTypes) delete release.types[key];
        for (const [key, n] of e.dropFields) {
          const fields = release.types[key]?.fields;
          const names = fields ? Object.keys(fields) : [];
          if (fields && names.length > 0) delete fields[names[n % names.length]!];
        }
        for (const [key, n] of e.flipRequired) {
          const fields = release.types[key]?.fields;
          const names = fields ? Object.keys(fields) : [];
          const field = fields && names.length > 0 ? fields[names[n % names.length]!]! : undefined;
          if (field) {
            if (field.required) delete field.required;
            else field.required = true;
          }
        }
        Object.assign(release.types, e.addTypes);
        release.kinds = release.kinds.filter((_, i) => e.keepKind[i]);
        for (const [n, name] of e.addKinds) {
          const kind: ApiKind = { kind: `X${name}`, group: 'x.example', version: 'v1', apiVersion: `x.example/v1`, type: 'x' };
          if (!release.kinds.some((k) => k.kind === kind.kind)) release.kinds.splice(n % (release.kinds.length + 1), 0, kind);
        }
        expect(applyReleaseDelta(base, diffReleases(base, release))).toEqual(release);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
