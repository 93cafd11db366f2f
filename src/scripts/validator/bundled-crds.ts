// The worker's loader of what an input needs beyond the core: the bundled CRDs (src/lib/k8s/generated/crds/)
// of the projects whose groups it names, one lazy chunk per project, and the CEL engine when it has CEL
// rules or names a project whose data has some (a chunk of its own, src/lib/validator/cel/engine.ts); each is fetched once, and an input that
// needs none loads nothing and is checked synchronously. tests/unit/validator-ui/bundled-crds.test.ts
// holds the list to the index.
import { projectsNamedIn, type BundledCrdProject } from '../../lib/k8s/bundled-crds.ts';
import { bundledCrdIndex } from '../../lib/k8s/bundled-crd-index.ts';
import { celEngineReady, loadCelEngine, needsCel } from '../../lib/validator/cel/environment.ts';

type Loader = () => Promise<{ default: unknown }>;

export const PROJECT_LOADERS: Record<string, Loader> = {
  'gateway-api': () => import('../../lib/k8s/generated/crds/gateway-api.json'),
  'cert-manager': () => import('../../lib/k8s/generated/crds/cert-manager.json'),
  'prometheus-operator': () => import('../../lib/k8s/generated/crds/prometheus-operator.json'),
  'argo-cd': () => import('../../lib/k8s/generated/crds/argo-cd.json'),
  'argo-rollouts': () => import('../../lib/k8s/generated/crds/argo-rollouts.json'),
  keda: () => import('../../lib/k8s/generated/crds/keda.json'),
  'external-secrets': () => import('../../lib/k8s/generated/crds/external-secrets.json'),
  flux: () => import('../../lib/k8s/generated/crds/flux.json'),
  istio: () => import('../../lib/k8s/generated/crds/istio.json'),
};

const loaded = new Map<string, BundledCrdProject>();
const celRulesOf = new Map(bundledCrdIndex.projects.map((project) => [project.id, project.celRules]));

/** What one input needs: the projects it names (`ids`), those loaded (`projects`), and whether the CEL engine is missing. */
export interface InputNeeds {
  ids: string[];
  projects: BundledCrdProject[];
  cel: boolean;
  /** nothing left to load: check now, synchronously */
  ready: boolean;
}

/** One scan of the text: the projects it names and which of them are loaded, and whether it needs the CEL engine still missing. */
export function inputNeeds(text: string): InputNeeds {
  const ids = projectsNamedIn(text, bundledCrdIndex);
  const projects = ids.flatMap((id) => loaded.get(id) ?? []);
  // a project whose data carries CEL rules needs the engine as a pasted CRD's rules do
  const cel = !celEngineReady() && (needsCel(text) || ids.some((id) => (celRulesOf.get(id) ?? 0) > 0));
  return { ids, projects, cel, ready: !cel && projects.length === ids.length };
}

/**
 * Loads what `needs` lacks and gives the named projects. A project that fails to load is left out (its
 * resources stay unchecked); an engine that fails to load leaves the CEL rules to report that it is missing.
 */
export async function loadInputNeeds(needs: InputNeeds): Promise<BundledCrdProject[]> {
  const projects = needs.ids.filter((id) => !loaded.has(id)).map(async (id) => {
    const load = PROJECT_LOADERS[id];
    if (!load) return;
    try {
      loaded.set(id, (await load()).default as BundledCrdProject);
    } catch {
      // offline after a deploy, or the chunk is gone: check without it
    }
  });
  await Promise.all([...projects, needs.cel ? loadCelEngine().catch(() => {}) : undefined]);
  return needs.ids.flatMap((id) => loaded.get(id) ?? []);
}

// The two-step form the worker's handlers use: the first call scans, the second reuses that scan when
// it is given the same text (the same string: compared by identity first, so no second pass either).
let last: { text: string; needs: InputNeeds } | undefined;

/** The named projects when all (and the CEL engine, if the text needs it) are loaded already, else undefined. */
export function loadedProjectsFor(text: string): BundledCrdProject[] | undefined {
  const needs = inputNeeds(text);
  last = needs.ready ? undefined : { text, needs };
  return needs.ready ? needs.projects : undefined;
}

/** Loads what the text needs (after loadedProjectsFor said it was missing) and gives the named projects. */
export function loadProjectsFor(text: string): Promise<BundledCrdProject[]> {
  const needs = last?.text === text ? last.needs : inputNeeds(text);
  last = undefined;
  return loadInputNeeds(needs);
}
