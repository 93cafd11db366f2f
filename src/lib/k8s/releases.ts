// The Kubernetes releases the API data covers and the validator checks against: the one list the
// command line's --kubernetes-version (--release), the configuration's `release` and the page's release
// selector are read against. The newest release's data is generated/schema.json; the older ones are
// deltas against it (generated/releases/<release>.json; sources and why in generate/RELEASES.md).

/** -1, 0 or 1 as release a comes before, is or comes after b ('1.9' before '1.27'). */
export function compareReleases(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return Math.sign(aMajor - bMajor || aMinor - bMinor);
}

export const isRelease = (value: string): value is Release => RELEASES.includes(value);

/** Every release from the oldest supported to the newest, oldest first, and what its data says. */
export interface ReleaseData {
  release: string;
  /** the package the data was read from; null where no sound one is read (the site says so) */
  source: string | null;
  /** whether the data's enums are the release's own; where not, releaseSchema() leaves enums out */
  enums: boolean;
  /** whether the data's formats (int32, int64, byte) are the release's own rather than the newest's */
  formats: boolean;
  /** whether the data's required flags are the release's own rather than the newest's (1.35: 1.36's) */
  required: boolean;
  /**
   * false where part of the data is the newest release's (1.31: the kinds' status and the core v1
   * Event, which cdk8s-plus-31 does not carry): checks may use it, field histories do not
   */
  complete: boolean;
}

const data = (release: string, source: string | null, own: boolean, formats = own, complete = true, required = true): ReleaseData => ({
  release,
  source,
  enums: own,
  formats,
  required,
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
  // no package holds all of 1.35; @pulumi/kubernetes 4.28.0 has its field set only (RELEASES.md): required
  // flags, enums and formats are 1.36's. Its field set is its own, so field histories count it (complete):
  // the kinds Pulumi does not model (lists, reviews, Scale, Eviction, Binding) are 1.36's, and their
  // types have the same fields in 1.34 and 1.36 (tests/unit/k8s/release-sources.test.ts)
  data('1.35', '@pulumi/kubernetes@4.28.0', false, false, true, false),
  data('1.36', 'kubernetes-models@5.1.0', true),
];

/** the release the others are stored as deltas against */
export const NEWEST_RELEASE = '1.36';

/** The releases the validator checks against: those with data, oldest first. */
export const RELEASES: readonly string[] = RELEASE_DATA.filter((data) => data.source !== null).map((data) => data.release);

/** a release of RELEASES */
export type Release = string;

/** the release checked when none is named: the newest */
export const DEFAULT_RELEASE: Release = NEWEST_RELEASE;
