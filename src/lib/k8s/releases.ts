// The Kubernetes releases the validator checks against: the one list the command line's --release and
// the configuration's `release` are read against. Today only the pinned release, whose API data is
// generated/schema.json (a test holds the two together); older releases join as deltas (design card).
export const RELEASES = ['1.36'] as const;

export type Release = (typeof RELEASES)[number];

/** the release checked when none is named: the pinned one */
export const DEFAULT_RELEASE: Release = '1.36';

export const isRelease = (value: string): value is Release => (RELEASES as readonly string[]).includes(value);
