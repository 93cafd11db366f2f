// Search keywords a page carries besides its text: hidden, weighted, read only by Pagefind.
// Kind pages: the kind, its plural, kubectl short names and Korean name, so `deploy`, `sts` and
// 디플로이먼트 rank the kind's own page first (the facts table alone glues a <dd> to its <dt>
// in Pagefind's text, 이름sts, and a short name then matches nothing); and the one-word variants
// the synonym table gives for those names (서비스계정, 포드), so the page is found while a variant is
// still being typed (a query is translated only once it is a whole word of the table).
// Reference pages: the paths of the fields one level under spec (and of the containers), so a
// field name ranks the kind whose own field it is above the long pages that embed a template.
import type { ApiSchema } from '../k8s/types.ts';
import { objectRef } from '../k8s/api-schema.ts';
import { synonymKey, synonyms } from './synonyms.ts';

export interface KeywordKind {
  kind: string;
  plural: string;
  shortNames: readonly (string | boolean)[];
  ko: { name: string };
}

/**
 * The synonym table's one-word variants of these names (a variant of several words would add
 * everyday words such as 'account' to the page at the keywords' weight).
 */
function variantsOf(names: readonly string[]): string[] {
  const keys = new Set(names.map(synonymKey));
  return synonyms
    .filter(({ term }) => keys.has(synonymKey(term)))
    .flatMap(({ variants }) => variants.filter((variant) => !/\s/u.test(variant)));
}

/** Kind, plural, short names, Korean name and their one-word synonyms, each once. */
export function kindKeywords(kind: KeywordKind): string[] {
  const names = [kind.kind, kind.plural, ...kind.shortNames.filter((n): n is string => typeof n === 'string'), kind.ko.name];
  const words = [...names, ...variantsOf([kind.kind, kind.ko.name])];
  return [...new Set(words.filter((word) => word.trim() !== ''))];
}

/** Container-like lists whose fields readers search by name (imagePullPolicy, livenessProbe). */
const CONTAINER_LISTS = new Set(['containers', 'initContainers']);

/**
 * Dotted paths of the fields directly under `spec` of a kind's type, plus those of its container
 * lists: spec.replicas, spec.tolerations, spec.containers.imagePullPolicy. Kinds without spec
 * (ConfigMap, Secret) get their top-level data fields. `containers: false` leaves the container lists'
 * fields out (a bundled kind's containers, such as a Prometheus's sidecar overrides, are not where
 * readers look for imagePullPolicy).
 */
export function fieldKeywords(typeKey: string, schema: ApiSchema, containers = true): string[] {
  const root = schema.types[typeKey];
  if (root === undefined) return [];
  const specRef = root.fields['spec'] === undefined ? undefined : objectRef(root.fields['spec'].shape);
  const spec = specRef === undefined ? undefined : schema.types[specRef];
  if (spec === undefined) {
    return Object.keys(root.fields).filter((name) => !['apiVersion', 'kind', 'metadata', 'status'].includes(name));
  }
  const paths: string[] = [];
  for (const [name, field] of Object.entries(spec.fields)) {
    paths.push(`spec.${name}`);
    if (!containers || !CONTAINER_LISTS.has(name)) continue;
    const ref = objectRef(field.shape);
    const container = ref === undefined ? undefined : schema.types[ref];
    for (const child of Object.keys(container?.fields ?? {})) paths.push(`spec.${name}.${child}`);
  }
  return paths;
}
