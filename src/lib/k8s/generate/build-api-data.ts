// Build time only (Node): turns the installed kubernetes-models package into
// the ApiSchema/ApiDocs contract of src/lib/k8s/types.ts.
import { join } from 'node:path';
import type { ApiDocs, ApiKind, ApiSchema } from '../types.ts';
import { findRemovedApi } from '../removed-apis.ts';
import { Converter } from './convert-types.ts';
import { FormatProbe } from './probe-formats.ts';
import { readDeclarations, readTypeMetaDocs, type DeclaredType } from './read-declarations.ts';

/**
 * The Kubernetes release kubernetes-models 5.1.0 was generated from. Its
 * changelog records "Update to Kubernetes v1.36.0" (5.0.0) and the data agree:
 * PodSpec.schedulingGroup (v1.36 workload-aware scheduling) is present, while
 * certificates.k8s.io/v1 ClusterTrustBundle and PodCertificateRequest (GA in
 * v1.37) are absent. tests/unit/k8s checks these markers against the data.
 */
export const KUBERNETES_VERSION = '1.36';

export interface ApiData {
  schema: ApiSchema;
  docs: ApiDocs;
}

export function packageRoots(projectRoot: string) {
  const modules = join(projectRoot, 'node_modules');
  return {
    kubernetesModels: join(modules, 'kubernetes-models'),
    apimachinery: join(modules, '@kubernetes-models', 'apimachinery'),
    base: join(modules, '@kubernetes-models', 'base'),
  };
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** The kinds the pinned release serves: everything the package declares minus removed versions. */
function servedKinds(declared: Iterable<DeclaredType>): ApiKind[] {
  const kinds: ApiKind[] = [];
  for (const type of declared) {
    if (!type.typeMeta) continue;
    const { apiVersion, kind } = type.typeMeta;
    if (findRemovedApi(apiVersion, kind)) continue;
    const { group, version } = splitApiVersion(apiVersion);
    // The merged spec holds only APIs enabled by default, and no beta or alpha
    // API is on by default in the pinned release: a pre-release version here
    // means an old API that removed-apis.ts does not know about yet.
    if (/alpha|beta/.test(version)) {
      throw new Error(`${apiVersion} ${kind}: pre-release version not in removed-apis.ts; check the deprecation guide`);
    }
    kinds.push({ kind, group, version, apiVersion, type: type.key });
  }
  return kinds.sort(compareKinds);
}

/** The order of ApiSchema.kinds in every release's data (release-delta.ts relies on it). */
export const compareKinds = (a: ApiKind, b: ApiKind): number =>
  a.group.localeCompare(b.group) || a.version.localeCompare(b.version) || a.kind.localeCompare(b.kind);

/** Read the installed packages and produce the schema and docs of every served kind. */
export async function buildApiData(projectRoot: string): Promise<ApiData> {
  const roots = packageRoots(projectRoot);
  const declared = readDeclarations(roots);
  const kinds = servedKinds(declared.values());
  const converter = new Converter(declared, new FormatProbe(), readTypeMetaDocs(roots.base));
  await converter.run(kinds.map((k) => k.type));
  return {
    schema: { kubernetesVersion: KUBERNETES_VERSION, types: converter.types, kinds },
    docs: converter.docs,
  };
}
