// Build time only: what a bundled project's CRD YAML says that its @kubernetes-models package does not
// (crd-packages.ts: the packages carry .d.ts types and compiled validators, not the CRDs). One
// CustomResourceDefinition object in, its extract out: names, scope, every version's served/storage/
// deprecated flags, and, for the served versions, the schema nodes that hold something the package-derived
// data lacks (x-kubernetes-validations, default, nullable, x-kubernetes-list-type/-map-keys), each with
// its path in the schema. scripts/extract-crds.ts writes one file per project (crd-extracts/<id>.json);
// merge-crd-extract.ts lays them onto the generated data.
import { isRecord } from '../../validator/resources.ts';

/** One x-kubernetes-validations entry as written upstream (optionalOldSelf kept: it makes a transition rule run on create). */
export interface ExtractedRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  fieldPath?: string;
  reason?: string;
  optionalOldSelf?: boolean;
}

/**
 * A schema node with facts for the merge. `path` from openAPIV3Schema: a property name, `[]` for
 * `items`, `{}` for `additionalProperties`.
 */
export interface ExtractedNode {
  path: string[];
  rules?: ExtractedRule[];
  default?: unknown;
  nullable?: true;
  listType?: 'set' | 'map';
  mapKeys?: string[];
}

export interface ExtractedVersion {
  name: string;
  served: boolean;
  storage: boolean;
  deprecated?: true;
  deprecationWarning?: string;
  /** served versions only: an unserved version's schema checks nothing */
  nodes?: ExtractedNode[];
}

export interface ExtractedCrd {
  group: string;
  kind: string;
  plural: string;
  singular?: string;
  shortNames?: string[];
  categories?: string[];
  scope: 'Namespaced' | 'Cluster';
  /** index into the extract's sources: the file it was read from */
  source: number;
  versions: ExtractedVersion[];
}

/** Where a CRD file was read: repository, the ref asked for (a release tag) and the commit it is, path, git blob. */
export interface ExtractSource {
  repo: string;
  ref: string;
  commit: string;
  path: string;
  blob: string;
}

export interface CrdExtract {
  project: string;
  /** the upstream release(s) the files come from, as crd-packages.ts names them */
  upstream: string;
  sources: ExtractSource[];
  crds: ExtractedCrd[];
}

const RULE_KEYS = ['message', 'messageExpression', 'fieldPath', 'reason'] as const;

function rulesOf(node: Record<string, unknown>): ExtractedRule[] | undefined {
  const list = node['x-kubernetes-validations'];
  if (!Array.isArray(list)) return undefined;
  const rules = list.filter(isRecord).filter((entry) => typeof entry.rule === 'string').map((entry) => {
    const rule: ExtractedRule = { rule: entry.rule as string };
    for (const key of RULE_KEYS) if (typeof entry[key] === 'string' && entry[key] !== '') rule[key] = entry[key] as string;
    if (entry.optionalOldSelf === true) rule.optionalOldSelf = true;
    return rule;
  });
  return rules.length > 0 ? rules : undefined;
}

function factsOf(node: Record<string, unknown>, path: string[]): ExtractedNode | undefined {
  const out: ExtractedNode = { path };
  const rules = rulesOf(node);
  if (rules) out.rules = rules;
  if (node.default !== undefined) out.default = node.default;
  if (node.nullable === true) out.nullable = true;
  const listType = node['x-kubernetes-list-type'];
  // atomic is the default and checks nothing
  if (listType === 'set' || listType === 'map') out.listType = listType;
  const keys = node['x-kubernetes-list-map-keys'];
  if (listType === 'map' && Array.isArray(keys)) out.mapKeys = keys.filter((key): key is string => typeof key === 'string');
  return Object.keys(out).length > 1 ? out : undefined;
}

/** The nodes of one openAPIV3Schema with facts, depth first (allOf/anyOf/oneOf/not are not walked: the validator does not read them). */
export function schemaNodes(schema: unknown): ExtractedNode[] {
  const nodes: ExtractedNode[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (!isRecord(node)) return;
    const facts = factsOf(node, path);
    if (facts) nodes.push(facts);
    if (isRecord(node.properties)) {
      for (const name of Object.keys(node.properties).sort()) visit(node.properties[name], [...path, name]);
    }
    if (isRecord(node.items)) visit(node.items, [...path, '[]']);
    if (isRecord(node.additionalProperties)) visit(node.additionalProperties, [...path, '{}']);
  };
  visit(schema, []);
  return nodes;
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length > 0 ? value.filter((item): item is string => typeof item === 'string') : undefined;

/** The extract of one CustomResourceDefinition object, or undefined for another document. */
export function extractCrd(doc: unknown, source: number): ExtractedCrd | undefined {
  if (!isRecord(doc) || doc.kind !== 'CustomResourceDefinition' || !isRecord(doc.spec)) return undefined;
  const { spec } = doc;
  const names = isRecord(spec.names) ? spec.names : {};
  if (typeof spec.group !== 'string' || typeof names.kind !== 'string' || typeof names.plural !== 'string') return undefined;
  const versions = (Array.isArray(spec.versions) ? spec.versions : []).filter(isRecord).map((v): ExtractedVersion => {
    const out: ExtractedVersion = { name: String(v.name), served: v.served === true, storage: v.storage === true };
    if (v.deprecated === true) out.deprecated = true;
    if (typeof v.deprecationWarning === 'string') out.deprecationWarning = v.deprecationWarning;
    const schema = isRecord(v.schema) ? v.schema.openAPIV3Schema : undefined;
    if (out.served) out.nodes = schemaNodes(schema);
    return out;
  });
  const shortNames = strings(names.shortNames);
  const categories = strings(names.categories);
  return {
    group: spec.group, kind: names.kind, plural: names.plural,
    ...(typeof names.singular === 'string' ? { singular: names.singular } : {}),
    ...(shortNames ? { shortNames } : {}),
    ...(categories ? { categories } : {}),
    scope: spec.scope === 'Cluster' ? 'Cluster' : 'Namespaced',
    source,
    versions,
  };
}
