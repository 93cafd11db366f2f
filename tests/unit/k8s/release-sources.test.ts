// The readers of the older releases' packages (issue 11.1): each package must say the release it is
// read as, and the client-node reader, run on the newest release's client-node, must give back the
// newest data (from kubernetes-models) exactly: what makes its older releases' deltas API changes only.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { buildReleaseSchema } from '../../../src/lib/k8s/generate/build-release-data.ts';
import { readCdk8s } from '../../../src/lib/k8s/generate/read-cdk8s.ts';
import { readClientNode } from '../../../src/lib/k8s/generate/read-client-node.ts';
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

  it('lists the same packages as releases.ts', () => {
    const listed = RELEASE_DATA.filter((r) => r.source && r.release !== '1.36').map((r) => `${r.release} ${r.source}`);
    expect(RELEASE_SOURCES.map((s) => `${s.release} ${s.name}@${s.version}`)).toEqual(listed);
  });
});
