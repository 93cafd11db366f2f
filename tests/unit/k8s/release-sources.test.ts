// The readers of the older releases' packages (issue 11.1): each package must say the release it is
// read as, and the client-node reader, run on the newest release's client-node, must give back the
// newest data (from kubernetes-models) exactly: what makes its older releases' deltas API changes only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { buildReleaseSchema } from '../../../src/lib/k8s/generate/build-release-data.ts';
import { readCdk8s } from '../../../src/lib/k8s/generate/read-cdk8s.ts';
import { readClientNode } from '../../../src/lib/k8s/generate/read-client-node.ts';
import { PULUMI_LEFTOVERS, readPulumi } from '../../../src/lib/k8s/generate/read-pulumi.ts';
import { releaseCatalog } from '../../../src/lib/k8s/release-catalog.ts';
import { NEWEST_CLIENT_NODE, RELEASE_SOURCES, sourcePackageRoot } from '../../../src/lib/k8s/generate/release-sources.ts';
import { diffReleases } from '../../../src/lib/k8s/release-delta.ts';
import { RELEASE_DATA } from '../../../src/lib/k8s/releases.ts';

const root = join(import.meta.dirname, '..', '..', '..');

describe('release sources', () => {
  it('reads client-node 2.0.1 (release-1.36) into exactly the 1.36 data', () => {
    const source = readClientNode(sourcePackageRoot(root, NEWEST_CLIENT_NODE), '1.36', apiSchema);
    const delta = diffReleases(apiSchema, buildReleaseSchema(source, apiSchema, { requiredKnown: true }));
    expect(delta).toEqual({ kubernetesVersion: '1.36', base: '1.36', removedTypes: [], types: {}, fields: {}, removedKinds: [], addedKinds: [] });
  }, 60_000);

  it('refuses a package whose model files name another release', () => {
    const [first, second] = RELEASE_SOURCES;
    expect(() => readClientNode(sourcePackageRoot(root, first!), second!.release, apiSchema)).toThrow(/model files say release-1\.27, expected Kubernetes 1\.28/);
    const newest = sourcePackageRoot(root, NEWEST_CLIENT_NODE);
    expect(() => readClientNode(newest, '1.35', apiSchema)).toThrow(/say release-1\.36, expected Kubernetes 1\.35/);
    const cdk8s = RELEASE_SOURCES.find((s) => s.kind === 'cdk8s-plus')!;
    expect(() => readCdk8s(sourcePackageRoot(root, cdk8s), '1.30')).toThrow(/imports k8s@1\.31, expected Kubernetes 1\.30/);
  }, 60_000);

  it('reads Pulumi as 1.35 by its markers, and drops its leftovers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kfg-pulumi-'));
    try {
      mkdirSync(join(dir, 'types'));
      const podSpec = (fields: string) =>
        writeFileSync(join(dir, 'types', 'input.d.ts'), `export declare namespace core {\n    namespace v1 {\n        interface PodSpec {\n${fields}\n        }\n    }\n}\n`);
      // 1.36's schedulingGroup: not 1.35
      podSpec('workloadRef?: pulumi.Input<string>;\nschedulingGroup?: pulumi.Input<string>;');
      expect(() => readPulumi(dir, '1.35', apiSchema)).toThrow(/markers do not date it to Kubernetes 1\.35/);
      // no workloadRef: 1.34 or older
      podSpec('hostnameOverride?: pulumi.Input<string>;');
      expect(() => readPulumi(dir, '1.35', apiSchema)).toThrow(/markers do not date it/);
      // dated, but a leftover gone: the list must be looked at again
      podSpec('workloadRef?: pulumi.Input<string>;');
      expect(() => readPulumi(dir, '1.35', apiSchema)).toThrow(/leftover io\.k8s\.api\.core\.v1\.ServiceSpec#ipFamily is not there/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const pulumi = RELEASE_SOURCES.find((s) => s.kind === 'pulumi')!;
    const source = readPulumi(sourcePackageRoot(root, pulumi), '1.35', apiSchema);
    // the leftovers are not 1.35's: neither 1.34 (client-node 1.4.0) nor 1.36 has them
    const has = (release: string, ref: string): boolean => {
      const [key, field] = ref.split('#') as [string, string];
      return releaseCatalog.releaseSchema(release)!.types[key]?.fields[field] !== undefined;
    };
    for (const ref of PULUMI_LEFTOVERS) {
      expect([has('1.34', ref), has('1.36', ref)], ref).toEqual([false, false]);
      const [key, field] = ref.split('#') as [string, string];
      expect(source.types.get(key)?.fields.has(field), ref).toBe(false);
    }
  }, 60_000);

  it("takes 1.36's required flags for 1.35, not Pulumi's (which differ from upstream)", () => {
    const pulumi = RELEASE_SOURCES.find((s) => s.kind === 'pulumi')!;
    const source = readPulumi(sourcePackageRoot(root, pulumi), '1.35', apiSchema);
    const v135 = releaseCatalog.releaseSchema('1.35')!;
    const key = 'io.k8s.api.networking.v1.NetworkPolicySpec';
    // Pulumi declares podSelector required; upstream has it optional (RELEASES.md: one of 10 such flags)
    expect(source.types.get(key)?.fields.get('podSelector')?.required).toBe(true);
    expect(apiSchema.types[key]?.fields.podSelector?.required).toBeUndefined();
    expect(v135.types[key]?.fields.podSelector?.required).toBeUndefined();
  }, 60_000);

  it("takes from 1.36 only types whose fields 1.34 and 1.36 agree on (so 1.35's field set is its own)", () => {
    const pulumi = RELEASE_SOURCES.find((s) => s.kind === 'pulumi')!;
    const source = readPulumi(sourcePackageRoot(root, pulumi), '1.35', apiSchema);
    const [v134, v135] = [releaseCatalog.releaseSchema('1.34')!, releaseCatalog.releaseSchema('1.35')!];
    const borrowed = Object.keys(v135.types).filter((key) => !source.types.has(key));
    // lists, reviews, Scale, Eviction, Binding, ComponentStatus and what only they reach
    expect(borrowed).toContain('io.k8s.api.apps.v1.DeploymentList');
    expect(borrowed).toContain('io.k8s.api.authorization.v1.SubjectAccessReviewSpec');
    const fieldsOf = (schema: typeof v134, key: string) => Object.keys(schema.types[key]?.fields ?? {}).sort();
    const differ = borrowed.filter((key) => fieldsOf(v134, key).join() !== fieldsOf(apiSchema, key).join());
    expect(differ).toEqual([]);
  }, 60_000);

  it('lists the same packages as releases.ts', () => {
    const listed = RELEASE_DATA.filter((r) => r.source && r.release !== '1.36').map((r) => `${r.release} ${r.source}`);
    expect(RELEASE_SOURCES.map((s) => `${s.release} ${s.name}@${s.version}`)).toEqual(listed);
  });
});
