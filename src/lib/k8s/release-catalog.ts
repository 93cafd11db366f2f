// Every release's API data for code a bundler builds (the site, the page's worker, Vitest): the newest
// release's schema with the older releases' deltas bundled in (all nine are about 20 KB gzipped). The
// worker imports this module only when the reader checks against an older release. The command line
// reads the deltas its own way (cli/node-io.ts).
import { apiSchema } from './api-schema.ts';
import { createReleaseCatalog, type ReleaseCatalog } from './release-data.ts';
import type { ReleaseDelta } from './release-delta.ts';

const deltas = import.meta.glob<ReleaseDelta>('./generated/releases/*.json', { import: 'default', eager: true });

export function loadReleaseDelta(release: string): ReleaseDelta {
  const delta = deltas[`./generated/releases/${release}.json`];
  if (!delta) throw new Error(`no API data delta for Kubernetes ${release}`);
  return delta;
}

export const releaseCatalog: ReleaseCatalog = createReleaseCatalog(apiSchema, loadReleaseDelta);
