// The bundled projects' CRDs (src/lib/k8s/generated/crds/), lent to one run by validateAll. They are
// CRDs like the pasted ones to every rule (custom-resource-scope, crd-version-not-served, the CEL rules:
// custom-resources.ts findCrd), found only when the input has no CRD of its own for the kind (the pasted
// one wins, crd-overrides-bundled says so). A project whose upstream CRDs were extracted (`crds` in its
// data) has their scope and every version they list, served or not; another project's CRD holds only
// the versions its package has, and another version stays custom-resource-unchecked's (it may be served).
// Their schema is prebuilt in the API data's shape, so the walk is the same walker's on top of the
// release's types, with no conversion.
import type { BundledCrdProject } from '../../k8s/bundled-crds.ts';
import type { ApiSchema, ApiType } from '../../k8s/types.ts';
import type { Resource } from '../types.ts';
import type { Crd } from './custom-resources.ts';

/** What validate/validateAll take besides ValidateOptions: the projects the input names, loaded by the edge. */
export interface BundledCrdOptions {
  bundledCrds?: readonly BundledCrdProject[];
}

/** the bundled data has no openAPIV3Schema: the walk is prebuilt (CrdVersion.walk) */
const PREBUILT: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

const layered = new WeakMap<ApiSchema, WeakMap<BundledCrdProject, Map<string, Crd>>>();
const lent = new WeakMap<readonly Resource[], Map<string, Crd>>();

/** The CRDs of one project by `group/Kind`, built once per release's data. */
function crdsOfProject(project: BundledCrdProject, builtIn: ApiSchema): Map<string, Crd> {
  let byProject = layered.get(builtIn);
  if (!byProject) layered.set(builtIn, byProject = new WeakMap());
  let crds = byProject.get(project);
  if (crds) return crds;
  const types = Object.assign(Object.create(builtIn.types) as Record<string, ApiType>, project.types);
  const schema: ApiSchema = { kubernetesVersion: builtIn.kubernetesVersion, kinds: builtIn.kinds, types };
  crds = new Map();
  const bundled = { id: project.id, name: project.name, upstream: project.upstream };
  // the upstream CRD's facts where they were extracted: its scope and every version it lists, served or not
  for (const facts of project.crds ?? []) {
    crds.set(`${facts.group}/${facts.kind}`, {
      group: facts.group, kind: facts.kind, scope: facts.scope, bundled: { ...bundled, complete: true },
      versions: facts.versions.map((v) => ({
        name: v.name, served: v.served, deprecated: v.deprecated === true, deprecationWarning: v.deprecationWarning, schema: undefined,
      })),
    });
  }
  for (const kind of project.kinds) {
    const key = `${kind.group}/${kind.kind}`;
    let crd = crds.get(key);
    // a package with no extract carries no scope: custom-resource-scope has nothing to go on
    if (!crd) crds.set(key, crd = { group: kind.group, kind: kind.kind, scope: 'unknown', versions: [], bundled });
    const walk = { schema, root: kind.type };
    const listed = crd.versions.find((v) => v.name === kind.version);
    if (listed) Object.assign(listed, { schema: PREBUILT, walk });
    else crd.versions.push({ name: kind.version, served: true, deprecated: false, deprecationWarning: undefined, schema: PREBUILT, walk });
  }
  byProject.set(project, crds);
  return crds;
}

/** Lends the projects' CRDs to the run whose resources (every input's, one array) are `resources`. */
export function lendBundledCrds(resources: readonly Resource[], projects: readonly BundledCrdProject[], builtIn: ApiSchema): void {
  const all = new Map<string, Crd>();
  for (const project of projects) {
    for (const [key, crd] of crdsOfProject(project, builtIn)) if (!all.has(key)) all.set(key, crd);
  }
  lent.set(resources, all);
}

/** The bundled CRD of a group's kind lent to this run, whatever the input holds. */
export function bundledCrd(resources: readonly Resource[], group: string, kind: string): Crd | undefined {
  return lent.get(resources)?.get(`${group}/${kind}`);
}
