// What the page asks of the validator core for one check: the reader's choices, the chosen release's
// API data, and the 5 MB bound a paste must stay under so a check never stalls the browser (the
// command line checks any size). The newest release's data is the worker's own; the older releases'
// come with the release catalog (k8s/release-catalog.ts, their deltas), a chunk the worker loads the
// first time the reader picks an older release or `all`.
import { apiSchema } from '../../lib/k8s/api-schema.ts';
import type { ReleaseCatalog, ReleaseHistory } from '../../lib/k8s/release-data.ts';
import { DEFAULT_RELEASE, NEWEST_RELEASE, RELEASES, type Release } from '../../lib/k8s/releases.ts';
import type { ApiSchema } from '../../lib/k8s/types.ts';
import type { ValidateOptions } from '../../lib/validator/index.ts';
import { MAX_INPUT_CHARS } from '../../lib/validator/yaml/limits.ts';
import type { BundledCrdProject } from '../../lib/k8s/bundled-crds.ts';
import { loadedProjectsFor, loadProjectsFor } from './bundled-crds.ts';
import type { CheckRequest } from './protocol.ts';
import { EVERY_RELEASE, readReleaseChoice, type ReleaseChoice } from './release-choice.ts';

/** A release's API data, and for an older release what the others say (ValidateOptions.history). */
export interface ReleaseApi {
  release: Release;
  schema: ApiSchema;
  history?: ReleaseHistory;
}

/** `history`: for an older release, what the others say (ReleaseApi.history) */
export function pageCheckOptions(request: Pick<CheckRequest, 'bestPractices' | 'disabledRules'>, schema: ApiSchema, history?: ReleaseHistory): ValidateOptions {
  return {
    schema, ...(history ? { history } : {}),
    bestPractices: request.bestPractices, disabledRules: request.disabledRules, maxInputChars: MAX_INPUT_CHARS,
  };
}

/** The releases a check of `choice` runs against, the listed one first: with `all`, every release with data. */
export function releasesOf(choice: string): Release[] {
  const known = readReleaseChoice(choice) ?? DEFAULT_RELEASE;
  return known === EVERY_RELEASE ? [DEFAULT_RELEASE, ...RELEASES.filter((release) => release !== DEFAULT_RELEASE)] : [known];
}

let catalog: ReleaseCatalog | undefined;

function apiOf(release: Release, loaded: ReleaseCatalog | undefined): ReleaseApi | undefined {
  if (release === NEWEST_RELEASE) return { release, schema: apiSchema };
  if (!loaded) return undefined;
  const schema = loaded.releaseSchema(release);
  // a release without data is never offered; were one asked for, the newest answers
  return schema ? { release, schema, history: loaded } : { release: NEWEST_RELEASE, schema: apiSchema };
}

/** The data for a check of `choice`, when it needs nothing loaded; undefined when the catalog must come first. */
export function loadedReleaseApis(choice: ReleaseChoice | string): ReleaseApi[] | undefined {
  const apis = releasesOf(choice).map((release) => apiOf(release, catalog));
  return apis.every((api) => api !== undefined) ? apis : undefined;
}

/** The data for a check of `choice`, loading the release catalog's chunk on first need. */
export async function loadReleaseApis(choice: ReleaseChoice | string): Promise<ReleaseApi[]> {
  const loaded = catalog ??= (await import('../../lib/k8s/release-catalog.ts')).releaseCatalog;
  return releasesOf(choice).map((release) => apiOf(release, loaded) ?? { release: NEWEST_RELEASE, schema: apiSchema });
}

/**
 * Runs `act` with what checking `text` against `choice` needs: at once when it is all loaded, else
 * once the chunks of the bundled projects the text names and of the release catalog have come. A
 * project chunk that fails leaves its documents unchecked; a release chunk that fails is thrown
 * outside the promise, so the page gets the worker's error event (the check failed, and why)
 * rather than waiting for its time limit.
 */
export function withCheckData(text: string, choice: string, act: (projects: BundledCrdProject[], apis: ReleaseApi[]) => void): void {
  const projects = loadedProjectsFor(text);
  const apis = loadedReleaseApis(choice);
  if (projects && apis) {
    act(projects, apis);
    return;
  }
  const loadingProjects = projects ? Promise.resolve(projects) : loadProjectsFor(text).catch((): BundledCrdProject[] => []);
  Promise.all([loadingProjects, apis ?? loadReleaseApis(choice)]).then(([loaded, releaseApis]) => act(loaded, releaseApis), (error: unknown) => {
    setTimeout(() => {
      throw error;
    });
  });
}
