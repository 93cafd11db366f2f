// The worker's loader of the bundled CRDs (src/lib/k8s/generated/crds/): a paste that names a project's
// group fetches that project's data, one lazy chunk per project, once; a paste that names none loads
// nothing. tests/unit/validator-ui/bundled-crds.test.ts holds the list to the index.
import { projectsNamedIn, type BundledCrdProject } from '../../lib/k8s/bundled-crds.ts';
import { bundledCrdIndex } from '../../lib/k8s/bundled-crd-index.ts';

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

/** The named projects when all are loaded already (the check stays synchronous), else undefined. */
export function loadedProjectsFor(text: string): BundledCrdProject[] | undefined {
  const ids = projectsNamedIn(text, bundledCrdIndex);
  const projects = ids.map((id) => loaded.get(id));
  return projects.every((p) => p !== undefined) ? projects as BundledCrdProject[] : undefined;
}

/** Loads the projects the text names; one that fails to load is left out (its resources stay unchecked). */
export async function loadProjectsFor(text: string): Promise<BundledCrdProject[]> {
  const ids = projectsNamedIn(text, bundledCrdIndex);
  await Promise.all(ids.filter((id) => !loaded.has(id)).map(async (id) => {
    const load = PROJECT_LOADERS[id];
    if (!load) return;
    try {
      loaded.set(id, (await load()).default as BundledCrdProject);
    } catch {
      // offline after a deploy, or the chunk is gone: check without it
    }
  }));
  return ids.flatMap((id) => loaded.get(id) ?? []);
}
