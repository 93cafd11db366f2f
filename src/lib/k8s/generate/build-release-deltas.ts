// Build time only (Node): every older release's data as a delta against the newest
// (generated/releases/<release>.json), from the packages pinned in release-sources.ts.
import { diffReleases, type ReleaseDelta } from '../release-delta.ts';
import type { ApiSchema } from '../types.ts';
import { buildReleaseSchema, type BuildReleaseOptions } from './build-release-data.ts';
import { readCdk8s } from './read-cdk8s.ts';
import { readClientNode } from './read-client-node.ts';
import { readPulumi } from './read-pulumi.ts';
import { fetchSources, RELEASE_SOURCES, sourcePackageRoot, type ReleaseSource } from './release-sources.ts';
import type { SourceRelease } from './release-source-types.ts';

export function readReleaseSource(projectRoot: string, source: ReleaseSource, base: ApiSchema): SourceRelease {
  const root = sourcePackageRoot(projectRoot, source);
  switch (source.kind) {
    case 'cdk8s-plus':
      return readCdk8s(root, source.release);
    case 'pulumi':
      return readPulumi(root, source.release, base);
    case 'client-node':
      return readClientNode(root, source.release, base);
  }
}

/** What each kind of source lacks and the newest data fills in (read-cdk8s.ts says why). */
const OPTIONS: Record<ReleaseSource['kind'], BuildReleaseOptions> = {
  'client-node': { requiredKnown: true },
  'cdk8s-plus': { requiredKnown: true, kindFieldsFromNewest: ['status'], kindsFromNewest: ['v1 Event', 'v1 EventList'], refsByName: true },
  // Pulumi's required flags differ from upstream's in 10 places at 1.36 (RELEASES.md): the newest data's are taken
  // and it models resources only: no lists, no subresources (Scale, Eviction, Binding), no reviews
  pulumi: {
    requiredKnown: false,
    listsFromNewest: true,
    kindsFromNewest: [
      'v1 Binding',
      'v1 ComponentStatus',
      'v1 ComponentStatusList',
      'authentication.k8s.io/v1 SelfSubjectReview',
      'authentication.k8s.io/v1 TokenRequest',
      'authentication.k8s.io/v1 TokenReview',
      'authorization.k8s.io/v1 LocalSubjectAccessReview',
      'authorization.k8s.io/v1 SelfSubjectAccessReview',
      'authorization.k8s.io/v1 SelfSubjectRulesReview',
      'authorization.k8s.io/v1 SubjectAccessReview',
      'autoscaling/v1 Scale',
      'policy/v1 Eviction',
    ],
  },
};

export interface BuiltRelease {
  source: ReleaseSource;
  schema: ApiSchema;
  delta: ReleaseDelta;
}

export function buildReleaseDeltas(projectRoot: string, base: ApiSchema): BuiltRelease[] {
  fetchSources(projectRoot, RELEASE_SOURCES);
  return RELEASE_SOURCES.map((source) => {
    const schema = buildReleaseSchema(readReleaseSource(projectRoot, source, base), base, OPTIONS[source.kind]);
    return { source, schema, delta: diffReleases(base, schema) };
  });
}
