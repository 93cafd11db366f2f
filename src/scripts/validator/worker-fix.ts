// The worker's side of "fix all": the core's iterative applier (fix/apply.ts) on the page's text with
// the page's choices and the bundled CRDs the text names, so the page gets what `check --fix` would
// write. Kept apart from worker.ts's checking, which it only shares the loaders with.
import { fixText } from '../../lib/validator/fix/apply.ts';
import { apiSchema } from '../../lib/k8s/api-schema.ts';
import type { BundledCrdProject } from '../../lib/k8s/bundled-crds.ts';
import type { FixRequest, FixResponse } from './protocol.ts';
import { loadedProjectsFor, loadProjectsFor } from './bundled-crds.ts';
import { pageCheckOptions } from './check-options.ts';

export function fixWith(request: FixRequest, bundledCrds: BundledCrdProject[]): FixResponse {
  // fixText hands its options to validateAll, which takes the bundled CRDs too
  const options = { ...pageCheckOptions(request, apiSchema), bundledCrds };
  const run = fixText(request.text, options, request.fixType);
  return { type: 'fixed', request: request.request, text: run.text, applied: run.applied, remaining: run.result.diagnostics.length };
}

/** Answers a fix request through `post`, once the bundled projects the text names are loaded. */
export function handleFix(request: FixRequest, post: (response: FixResponse) => void): void {
  const projects = loadedProjectsFor(request.text);
  if (projects) post(fixWith(request, projects));
  else loadProjectsFor(request.text).then((loaded) => post(fixWith(request, loaded)), () => post(fixWith(request, [])));
}
