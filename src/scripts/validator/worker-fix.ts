// The worker's side of "fix all": the core's iterative applier (fix/apply.ts) on the page's text with
// the page's choices, the chosen release (with `all`, the newest: its problems are the listed ones) and
// the bundled CRDs the text names, so the page gets what `check --fix --kubernetes-version` would write.
// Kept apart from worker.ts's checking, which it only shares the loaders with.
import { fixText } from '../../lib/validator/fix/apply.ts';
import type { BundledCrdProject } from '../../lib/k8s/bundled-crds.ts';
import type { FixRequest, FixResponse } from './protocol.ts';
import { pageCheckOptions, withCheckData, type ReleaseApi } from './check-options.ts';
import { readReleaseChoice, singleRelease } from './release-choice.ts';
import { DEFAULT_RELEASE } from '../../lib/k8s/releases.ts';

/** The release a fix is made for: one release, never `all`. */
export const fixRelease = (request: Pick<FixRequest, 'release'>): string => singleRelease(readReleaseChoice(request.release) ?? DEFAULT_RELEASE);

export function fixWith(request: FixRequest, bundledCrds: BundledCrdProject[], api: ReleaseApi): FixResponse {
  // fixText hands its options to validateAll, which takes the bundled CRDs too
  const options = { ...pageCheckOptions(request, api.schema, api.history), bundledCrds };
  const run = fixText(request.text, options, request.fixType);
  return { type: 'fixed', request: request.request, text: run.text, applied: run.applied, remaining: run.result.diagnostics.length };
}

/** Answers a fix request through `post`, once the bundled projects the text names and the release's data are loaded. */
export function handleFix(request: FixRequest, post: (response: FixResponse) => void): void {
  withCheckData(request.text, fixRelease(request), (projects, [api]) => {
    if (api) post(fixWith(request, projects, api));
  });
}
