// An older release's API data stored as the difference from the newest release's (design card:
// "Releases as deltas"): the validator downloads the full newest data once and, for an older release,
// only this. Pure data: no Node APIs, so the worker can apply a delta too.
import type { ApiField, ApiKind, ApiSchema, ApiType } from './types.ts';

export interface ReleaseDelta {
  /** the release this delta produces, e.g. '1.31' */
  kubernetesVersion: string;
  /** the release it applies to, e.g. '1.36' */
  base: string;
  /** types the release does not have */
  removedTypes: string[];
  /** types the release has whole: new ones, and shared ones whose type-level attributes differ */
  types: Record<string, ApiType>;
  /** shared types: field -> the release's field, or null where the release lacks it */
  fields: Record<string, Record<string, ApiField | null>>;
  /** `apiVersion kind` of the base's kinds the release does not serve */
  removedKinds: string[];
  /**
   * kinds only the release serves, each with its index in the release's list. The generator sorts
   * kinds the same way in every release, so the kept ones keep their order and these indices suffice.
   */
  addedKinds: Array<{ at: number; kind: ApiKind }>;
}

/** JSON with keys sorted at every depth: two values are equal when their canonical texts are. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
const kindKey = (kind: ApiKind): string => `${kind.apiVersion} ${kind.kind}`;
const withoutFields = ({ fields: _fields, ...rest }: ApiType): Omit<ApiType, 'fields'> => rest;

/** What turns `base` into `release`. */
export function diffReleases(base: ApiSchema, release: ApiSchema): ReleaseDelta {
  const delta: ReleaseDelta = {
    kubernetesVersion: release.kubernetesVersion,
    base: base.kubernetesVersion,
    removedTypes: Object.keys(base.types).filter((key) => !(key in release.types)).sort(),
    types: {},
    fields: {},
    removedKinds: [],
    addedKinds: [],
  };
  for (const [key, type] of Object.entries(release.types)) {
    const baseType = base.types[key];
    if (!baseType || !sameValue(withoutFields(baseType), withoutFields(type))) {
      delta.types[key] = type;
      continue;
    }
    const changed: Record<string, ApiField | null> = {};
    for (const name of Object.keys(baseType.fields)) if (!(name in type.fields)) changed[name] = null;
    for (const [name, field] of Object.entries(type.fields)) {
      const baseField = baseType.fields[name];
      if (!baseField || !sameValue(baseField, field)) changed[name] = field;
    }
    if (Object.keys(changed).length > 0) delta.fields[key] = changed;
  }
  // A kind is kept when it is served with the same type in both; one backed by another type is removed and added.
  const baseKinds = new Set(base.kinds.map(canonical));
  const releaseKinds = new Set(release.kinds.map(canonical));
  delta.removedKinds = base.kinds.filter((kind) => !releaseKinds.has(canonical(kind))).map(kindKey);
  release.kinds.forEach((kind, at) => {
    if (!baseKinds.has(canonical(kind))) delta.addedKinds.push({ at, kind });
  });
  return delta;
}

/** The release's data: `base` with `delta` applied. `base` is not modified. */
export function applyReleaseDelta(base: ApiSchema, delta: ReleaseDelta): ApiSchema {
  if (base.kubernetesVersion !== delta.base) {
    throw new Error(`the delta for ${delta.kubernetesVersion} applies to ${delta.base}, not ${base.kubernetesVersion}`);
  }
  const removedTypes = new Set(delta.removedTypes);
  const types: Record<string, ApiType> = {};
  for (const [key, type] of Object.entries(base.types)) {
    if (removedTypes.has(key)) continue;
    const changed = delta.fields[key];
    if (!changed) {
      types[key] = type;
      continue;
    }
    const fields: Record<string, ApiField> = { ...type.fields };
    for (const [name, field] of Object.entries(changed)) {
      if (field === null) delete fields[name];
      else fields[name] = field;
    }
    types[key] = { ...type, fields };
  }
  Object.assign(types, delta.types);
  const removedKinds = new Set(delta.removedKinds);
  const kinds = base.kinds.filter((kind) => !removedKinds.has(kindKey(kind)));
  for (const { at, kind } of [...delta.addedKinds].sort((a, b) => a.at - b.at)) kinds.splice(at, 0, kind);
  return { kubernetesVersion: delta.kubernetesVersion, types, kinds };
}
