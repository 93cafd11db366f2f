// Build time only: an older release's ApiSchema from what its package says (a SourceRelease), shaped
// like the newest release's data so that release-delta.ts stores only what really differs.
//
// - Kinds: the release serves a kind's stable versions and, of its alpha and beta versions, only the
//   ones the API server still turned on by default (LEGACY_BETA_ON_BY_DEFAULT); since 1.24 (KEP-3136)
//   every other pre-release API is off unless the operator turns it on.
// - Types: those the served kinds reach. A field takes the release's name, required flag and type; where
//   its type is the newest data's up to what the package can say (client-node writes a Quantity as a
//   string, a Time as a Date, has no enums, and 0.x no formats), the newest data's shape is kept, so
//   that a delta holds changes of the API and not of the package's generator. The enums kept that way
//   are the newest release's: releases.ts says which releases' enums are not known.
import { compareReleases } from '../releases.ts';
import { findRemovedApi } from '../removed-apis.ts';
import type { ApiField, ApiKind, ApiSchema, ApiShape, ApiType } from '../types.ts';
import { compareKinds, splitApiVersion } from './build-api-data.ts';
import type { SourceRelease, SourceShape } from './release-source-types.ts';

/**
 * The pre-release group-versions kube-apiserver served by default in 1.27 … 1.31: its
 * legacyBetaEnabledByDefaultResources (kubernetes/kubernetes pkg/controlplane/instance.go) held the
 * flowcontrol v1beta2 resources until they were removed in 1.29 and the v1beta3 ones until 1.32.
 */
export const LEGACY_BETA_ON_BY_DEFAULT: readonly string[] = [
  'flowcontrol.apiserver.k8s.io/v1beta2',
  'flowcontrol.apiserver.k8s.io/v1beta3',
];

/** Types of the newest data that a package writes as another definition: StatefulSet's claim templates. */
const SAME_AS: Record<string, string> = {
  'io.k8s.api.apps.v1.StatefulSetSpec.volumeClaimTemplates': 'io.k8s.api.core.v1.PersistentVolumeClaim',
};

/** What every source can say about a shape (of the newest data, or a source's turned into one). */
function coarse(shape: ApiShape, base: ApiSchema, refsByName: boolean): string {
  switch (shape.t) {
    case 'string':
    case 'quantity':
    case 'date-time':
      return 's';
    case 'integer':
    case 'number':
      return 'n';
    case 'boolean':
      return 'b';
    case 'int-or-string':
      return 'i';
    case 'any':
      return 'a';
    case 'object': {
      const type = base.types[shape.ref];
      // RawExtension, FieldsV1, CustomResourceSubresourceStatus: no fields, written as any by the packages
      if (type && Object.keys(type.fields).length === 0) return 'a';
      const ref = SAME_AS[shape.ref] ?? shape.ref;
      return `r:${refsByName ? ref.split('.').slice(-2).join('.') : ref}`;
    }
    case 'array':
      return `[${coarse(shape.items, base, refsByName)}`;
    case 'map':
      return `{${coarse(shape.values, base, refsByName)}`;
  }
}

function toApiShape(shape: SourceShape): ApiShape {
  switch (shape.t) {
    case 'string':
      return shape.format === 'byte' ? { t: 'string', format: 'byte' } : { t: 'string' };
    case 'date-time':
      return { t: 'date-time' };
    case 'number':
      if (shape.format === 'int32' || shape.format === 'int64') return { t: 'integer', format: shape.format };
      return shape.format ? { t: 'number' } : { t: 'integer' };
    case 'boolean':
      return { t: 'boolean' };
    case 'int-or-string':
      return { t: 'int-or-string' };
    case 'any':
      return { t: 'any' };
    case 'ref':
      return { t: 'object', ref: shape.key };
    case 'array':
      return { t: 'array', items: toApiShape(shape.items) };
    case 'map':
      return { t: 'map', values: toApiShape(shape.values) };
  }
}

function refsOf(shape: ApiShape, out: string[]): void {
  if (shape.t === 'object') out.push(shape.ref);
  else if (shape.t === 'array') refsOf(shape.items, out);
  else if (shape.t === 'map') refsOf(shape.values, out);
}

export interface BuildReleaseOptions {
  /**
   * false where the source's required flags are not the release's own: they are then the newest data's,
   * and the source's only for fields the newest data lacks
   */
  requiredKnown: boolean;
  /**
   * fields of the kinds the source does not have (cdk8s: status), taken from the newest data where it
   * has the kind; the types only they reach come from the newest data too
   */
  kindFieldsFromNewest?: string[];
  /**
   * `apiVersion kind` of kinds the source cannot hold (cdk8s: core v1 Event, whose class name the
   * events.k8s.io Event has), taken with their types from the newest data
   */
  kindsFromNewest?: string[];
  /**
   * the source has no list kinds (Pulumi): every `…List` kind of the newest data whose item kind the
   * release serves is taken with its type from the newest data (its ListMeta stays the source's)
   */
  listsFromNewest?: boolean;
  /**
   * the source writes one definition for structurally identical ones of several groups (cdk8s: one
   * ServiceReference, one Subject): a ref agrees with the newest data's when version and name do
   */
  refsByName?: boolean;
}

/** The kinds of `source` its release served by default, sorted as in every release's data. */
export function servedKindsOf(source: SourceRelease): ApiKind[] {
  const kinds: ApiKind[] = [];
  const seen = new Set<string>();
  for (const { apiVersion, kind, type } of source.kinds) {
    const { group, version } = splitApiVersion(apiVersion);
    if (/alpha|beta/.test(version) && !LEGACY_BETA_ON_BY_DEFAULT.includes(apiVersion)) continue;
    // a package that keeps every old version (Pulumi) still has flowcontrol v1beta3 after its removal
    const removed = findRemovedApi(apiVersion, kind);
    if (removed && compareReleases(removed.removedIn, source.release) <= 0) continue;
    if (type.startsWith('io.k8s.apimachinery.')) continue; // Status, APIGroup …: not objects one applies
    if (seen.has(`${apiVersion} ${kind}`)) continue;
    seen.add(`${apiVersion} ${kind}`);
    kinds.push({ kind, group, version, apiVersion, type });
  }
  return kinds.sort(compareKinds);
}

export function buildReleaseSchema(source: SourceRelease, base: ApiSchema, options: BuildReleaseOptions): ApiSchema {
  const borrowed = new Set(options.kindsFromNewest ?? []);
  const own = new Set(source.kinds.map((kind) => `${kind.apiVersion} ${kind.kind}`));
  const listOfOwn = (kind: ApiKind): boolean =>
    options.listsFromNewest === true && kind.kind.endsWith('List') && own.has(`${kind.apiVersion} ${kind.kind.slice(0, -'List'.length)}`);
  const kinds = servedKindsOf({
    ...source,
    kinds: [...source.kinds, ...base.kinds.filter((kind) => borrowed.has(`${kind.apiVersion} ${kind.kind}`) || listOfOwn(kind))],
  });
  const kindTypes = new Set(kinds.map((kind) => kind.type));
  const types: Record<string, ApiType> = {};
  const queue = kinds.map((kind) => kind.type);
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (key in types) continue;
    const sourceType = source.types.get(key);
    const baseType = base.types[key];
    if (!sourceType) {
      // a definition the package has no model of (RawExtension, FieldsV1, the claim templates' type),
      // reached through a shape taken from the newest data
      if (!baseType) throw new Error(`Kubernetes ${source.release}: no type ${key}`);
      types[key] = baseType;
      for (const field of Object.values(baseType.fields)) refsOf(field.shape, queue);
      continue;
    }
    const fields: Record<string, ApiField> = {};
    for (const [name, field] of sourceType.fields) {
      const baseField = baseType?.fields[name];
      const own = toApiShape(field.shape);
      const byName = options.refsByName === true;
      const shape = baseField && coarse(baseField.shape, base, byName) === coarse(own, base, byName) ? baseField.shape : own;
      // where the newest data lacks the field, the source's flag is the only one known
      const required = options.requiredKnown || !baseField ? field.required : baseField.required === true;
      fields[name] = required ? { shape, required: true } : { shape };
      refsOf(shape, queue);
    }
    for (const name of kindTypes.has(key) ? (options.kindFieldsFromNewest ?? []) : []) {
      const baseField = baseType?.fields[name];
      if (!baseField || sourceType.fields.has(name)) continue;
      fields[name] = baseField;
      refsOf(baseField.shape, queue);
    }
    const { fields: _baseFields, ...typeLevel } = baseType ?? { fields: {} };
    types[key] = { ...typeLevel, fields };
  }
  return { kubernetesVersion: source.release, types, kinds };
}
