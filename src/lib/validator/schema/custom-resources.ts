// Custom resources and the CustomResourceDefinitions of the same paste (or of every file of one
// command-line run). A group the pinned release does not serve, never served and does not keep off
// by default is a custom group: its kinds come from CRDs. A typo in a built-in group's kind
// (apps/v1 Deploymnet) stays unknown-kind's error.
import type { ApiSchema } from '../../k8s/types.ts';
import { REMOVED_APIS } from '../../k8s/removed-apis.ts';
import { OFF_BY_DEFAULT_APIS } from '../../k8s/off-by-default-apis.ts';
import type { Resource } from '../types.ts';
import { isRecord } from '../resources.ts';
import { bundledCrd } from './bundled-crds.ts';
import type { CrdWalkSchema } from './crd-schema.ts';

/** The group of an apiVersion: '' for the core group (v1). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/** The version of an apiVersion: v1 for apps/v1 and for v1. */
export function versionOf(apiVersion: string): string {
  return apiVersion.slice(apiVersion.indexOf('/') + 1);
}

const builtInGroups = new WeakMap<ApiSchema, Set<string>>();

function groupsOf(schema: ApiSchema): Set<string> {
  let groups = builtInGroups.get(schema);
  if (!groups) {
    groups = new Set(['', ...schema.kinds.map((kind) => kind.group), ...(schema.laterGroups ?? [])]);
    for (const api of [...REMOVED_APIS, ...OFF_BY_DEFAULT_APIS]) groups.add(groupOf(api.apiVersion));
    builtInGroups.set(schema, groups);
  }
  return groups;
}

/** Whether an apiVersion names a group that only CRDs (or aggregated servers) provide. */
export function isCustomApiVersion(schema: ApiSchema, apiVersion: string): boolean {
  return apiVersion !== '' && !groupsOf(schema).has(groupOf(apiVersion));
}

export interface CrdVersion {
  name: string;
  served: boolean;
  deprecated: boolean;
  deprecationWarning: string | undefined;
  /** the version's schema.openAPIV3Schema, as pasted (undefined when absent) */
  schema: Record<string, unknown> | undefined;
  /** a bundled CRD's walk schema, prebuilt from the project's data (bundled-crds.ts) */
  walk?: CrdWalkSchema;
}

export interface Crd {
  group: string;
  kind: string;
  /** unknown: a bundled CRD (its package does not say) */
  scope: 'Namespaced' | 'Cluster' | 'unknown';
  versions: CrdVersion[];
  /**
   * the bundled project it comes from; absent for a CRD of the input. complete: read from the upstream
   * CRD, so a version it does not list is not served by that release
   */
  bundled?: { id: string; name: string; upstream: string; complete?: true };
}

const CRD_API_VERSION = 'apiextensions.k8s.io/v1';
const registries = new WeakMap<readonly Resource[], Map<string, Crd>>();

/**
 * The CRDs among `resources` by `group/Kind`, built once per paste (the array is shared by every
 * resource of one run). Where two CRDs define the same kind, the first one wins.
 */
export function crdsOf(resources: readonly Resource[]): Map<string, Crd> {
  let registry = registries.get(resources);
  if (registry) return registry;
  registry = new Map();
  for (const resource of resources) {
    if (resource.kind !== 'CustomResourceDefinition' || resource.apiVersion !== CRD_API_VERSION) continue;
    const crd = crdOf(resource.value);
    const key = crd ? `${crd.group}/${crd.kind}` : undefined;
    if (crd && key && !registry.has(key)) registry.set(key, crd);
  }
  registries.set(resources, registry);
  return registry;
}

/**
 * The CRD of a custom resource: the input's own, else a bundled one read from the upstream CRD, else a
 * bundled one that has the resource's version (in another version it may still be served:
 * custom-resource-unchecked says it was not checked).
 */
export function findCrd(resources: readonly Resource[], apiVersion: string, kind: string): Crd | undefined {
  const own = crdsOf(resources).get(`${groupOf(apiVersion)}/${kind}`);
  if (own) return own;
  const bundled = bundledCrd(resources, groupOf(apiVersion), kind);
  const version = versionOf(apiVersion);
  return bundled?.bundled?.complete || bundled?.versions.some((v) => v.name === version) ? bundled : undefined;
}

function crdOf(value: Record<string, unknown>): Crd | undefined {
  const spec = isRecord(value.spec) ? value.spec : undefined;
  const names = spec && isRecord(spec.names) ? spec.names : undefined;
  if (!spec || !names || typeof spec.group !== 'string' || typeof names.kind !== 'string' || names.kind === '') return undefined;
  const versions = Array.isArray(spec.versions) ? spec.versions.filter(isRecord) : [];
  return {
    group: spec.group,
    kind: names.kind,
    scope: spec.scope === 'Cluster' ? 'Cluster' : 'Namespaced',
    versions: versions.filter((v) => typeof v.name === 'string').map((v) => {
      const schema = isRecord(v.schema) && isRecord(v.schema.openAPIV3Schema) ? v.schema.openAPIV3Schema : undefined;
      return {
        name: v.name as string,
        served: v.served === true,
        deprecated: v.deprecated === true,
        deprecationWarning: typeof v.deprecationWarning === 'string' ? v.deprecationWarning : undefined,
        schema,
      };
    }),
  };
}
