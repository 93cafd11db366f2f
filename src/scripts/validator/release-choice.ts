// The Kubernetes release the page checks against (issue 11.2): one release with API data, or `all`,
// every release with data (the newest's problems listed, each document saying which releases accept
// it). Read back from the reader's settings and from share links, so anything else reads as nothing.
import { DEFAULT_RELEASE, isRelease, type Release } from '../../lib/k8s/releases.ts';

export const EVERY_RELEASE = 'all';

export type ReleaseChoice = Release | typeof EVERY_RELEASE;

/** `value` as a choice: a release of RELEASES (releases.ts) or `all`; undefined for anything else. */
export function readReleaseChoice(value: unknown): ReleaseChoice | undefined {
  return typeof value === 'string' && (value === EVERY_RELEASE || isRelease(value)) ? value : undefined;
}

/** The release a fix is made for: the chosen one, and with `all` the newest, whose problems are listed. */
export function singleRelease(choice: ReleaseChoice): Release {
  return choice === EVERY_RELEASE ? DEFAULT_RELEASE : choice;
}
