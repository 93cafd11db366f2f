// Build time only (Node): every older release's data as a delta against the newest
// (generated/releases/<release>.json), from the packages pinned in release-sources.ts.
import { diffReleases, type ReleaseDelta } from '../release-delta.ts';
import type { ApiSchema } from '../types.ts';
import { buildReleaseSchema } from './build-release-data.ts';
import { readClientNode } from './read-client-node.ts';
import { RELEASE_SOURCES, sourcePackageRoot, type ReleaseSource } from './release-sources.ts';
import type { SourceRelease } from './release-source-types.ts';

export function readReleaseSource(projectRoot: string, source: ReleaseSource, base: ApiSchema): SourceRelease {
  return readClientNode(sourcePackageRoot(projectRoot, source), source.release, base);
}

export interface BuiltRelease {
  source: ReleaseSource;
  schema: ApiSchema;
  delta: ReleaseDelta;
}

export function buildReleaseDeltas(projectRoot: string, base: ApiSchema): BuiltRelease[] {
  return RELEASE_SOURCES.map((source) => {
    const schema = buildReleaseSchema(readReleaseSource(projectRoot, source, base), base, { requiredKnown: true });
    return { source, schema, delta: diffReleases(base, schema) };
  });
}
