// The Kubernetes releases the validator checks against: the one list the command line's --release and
// the configuration's `release` are read against. Today only the pinned release, whose API data is
// generated/schema.json (a test holds the two together); older releases join as deltas (design card).
export const RELEASES = ['1.36'] as const;

export type Release = (typeof RELEASES)[number];

/** the release checked when none is named: the pinned one */
export const DEFAULT_RELEASE: Release = '1.36';

export const isRelease = (value: string): value is Release => (RELEASES as readonly string[]).includes(value);

/**
 * Every release the API data covers, oldest first, and what its data says (issue 11; sources and
 * why in generate/RELEASES.md). Not yet the validator's list above: nothing checks against these yet.
 */
export interface ReleaseData {
  release: string;
  /** the package the data was read from; null where no sound one is read yet (the site says so) */
  source: string | null;
  /** whether the data's enums are the release's own; where not, releaseSchema() leaves enums out */
  enums: boolean;
  /** whether the data's formats (int32, int64, byte) are the release's own rather than the newest's */
  formats: boolean;
  /**
   * false where part of the data is the newest release's (1.31: the kinds' status and the core v1
   * Event, which cdk8s-plus-31 does not carry): checks may use it, field histories do not
   */
  complete: boolean;
}

const data = (release: string, source: string | null, own: boolean, formats = own, complete = true): ReleaseData => ({
  release,
  source,
  enums: own,
  formats,
  complete,
});

export const RELEASE_DATA: readonly ReleaseData[] = [
  data('1.27', '@kubernetes/client-node@0.19.0', false),
  data('1.28', '@kubernetes/client-node@0.20.0', false),
  data('1.29', '@kubernetes/client-node@0.21.0', false),
  data('1.30', '@kubernetes/client-node@0.22.3', false),
  // the kinds' status and the core v1 Event are 1.36's: cdk8s-plus-31 does not carry them
  data('1.31', 'cdk8s-plus-31@2.6.43', false, false, false),
  data('1.32', '@kubernetes/client-node@1.0.0', false, true),
  data('1.33', '@kubernetes/client-node@1.2.0', false, true),
  data('1.34', '@kubernetes/client-node@1.4.0', false, true),
  // no package holds all of 1.35; @pulumi/kubernetes 4.28.0 has its field set only (RELEASES.md)
  data('1.35', null, false),
  data('1.36', 'kubernetes-models@5.1.0', true),
];

/** the release the others are stored as deltas against */
export const NEWEST_RELEASE = '1.36';
