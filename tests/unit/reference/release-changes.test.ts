// The "What changed in 1.NN" pages' data (issue 11.3), against facts of the release notes and the
// deprecated-API migration guide: flowcontrol.apiserver.k8s.io/v1 came in 1.29 and v1beta2 went; v1beta3
// went in 1.32; native sidecars (Container.restartPolicy) in 1.28; Lifecycle.stopSignal in 1.33;
// resource.k8s.io/v1 (DRA GA) in 1.34; ValidatingAdmissionPolicy GA in 1.30.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/lib/catalog/load.ts';
import { releaseCatalog } from '../../../src/lib/k8s/release-catalog.ts';
import { RELEASES } from '../../../src/lib/k8s/releases.ts';
import { kindTree } from '../../../src/lib/reference/load.ts';
import { releaseChanges, worthABadge } from '../../../src/lib/reference/release-changes.ts';

const trees = catalog.map((kind) => ({ slug: kind.slug, fields: kindTree(kind).fields }));
const changes = (release: string) => releaseChanges(releaseCatalog, release, trees);
const served = (list: Array<{ apiVersion: string; kind: string }>) => list.map((s) => `${s.apiVersion} ${s.kind}`);

describe('release changes', () => {
  it('the oldest release has nothing to compare with', () => {
    const oldest = changes(RELEASES[0] as string);
    expect(oldest.previous).toBeUndefined();
    expect(oldest.apiVersionsAdded).toEqual([]);
  });

  it('1.29: flowcontrol v1 came, v1beta2 went', () => {
    const c = changes('1.29');
    expect(c.previous).toBe('1.28');
    expect(served(c.apiVersionsAdded)).toContain('flowcontrol.apiserver.k8s.io/v1 FlowSchema');
    expect(served(c.apiVersionsRemoved)).toContain('flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema');
    expect(c.kindsAdded).not.toContain('FlowSchema');
  });

  it('1.28: native sidecars, linked to the Pod reference where Container is documented', () => {
    const c = changes('1.28');
    expect(c.fieldsAddedByKind.find((k) => k.slug === 'pod')?.fields.map((f) => f.anchor)).toContain('spec.containers.restartPolicy');
  });

  it('1.30: ValidatingAdmissionPolicy is a new kind (its beta was off by default)', () => {
    expect(changes('1.30').kindsAdded).toContain('ValidatingAdmissionPolicy');
  });

  it('1.32 compares fields with 1.30 (1.31 has partial data) and says so; 1.31 gives no field changes', () => {
    const c = changes('1.32');
    expect(c.fieldsSince).toBe('1.30');
    expect(served(c.apiVersionsRemoved)).toContain('flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema');
    const partial = changes('1.31');
    expect(partial.partialFields).toBe(true);
    expect(partial.fieldsAddedByKind).toEqual([]);
  });

  it('1.33: the container lifecycle\'s stopSignal; 1.34: resource.k8s.io/v1', () => {
    expect(changes('1.33').fieldsAddedByKind.find((k) => k.slug === 'pod')?.fields.map((f) => f.anchor)).toContain('spec.containers.lifecycle.stopSignal');
    expect(served(changes('1.34').apiVersionsAdded)).toContain('resource.k8s.io/v1 ResourceClaim');
  });

  it('a field added to a type is listed under every kind page that shows it, and nowhere else', () => {
    const c = changes('1.33');
    const kinds = c.fieldsAddedByKind.filter((k) => k.fields.some((f) => f.anchor.endsWith('lifecycle.stopSignal'))).map((k) => k.slug);
    expect(kinds).toEqual(expect.arrayContaining(['pod', 'deployment', 'statefulset', 'daemonset', 'job', 'cronjob']));
    expect(c.fieldsAddedElsewhere.some((f) => f.field === 'stopSignal')).toBe(false);
  });

  it('badges are for releases after the oldest with complete data', () => {
    expect(worthABadge('1.27')).toBe(false);
    expect(worthABadge('1.28')).toBe(true);
  });
});
