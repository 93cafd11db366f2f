// Each release's API data, rebuilt on demand from the newest release's and that release's delta
// (generated/releases/<release>.json), and what the site and the validator ask of them: which API
// versions of a kind a release serves, and in which release a field appeared or went. Pure: the
// caller says how a delta is loaded (a bundler's import, a file read), so it runs in the browser too.
import { applyReleaseDelta, type ReleaseDelta } from './release-delta.ts';
import { NEWEST_RELEASE, RELEASE_DATA, type ReleaseData } from './releases.ts';
import type { ApiSchema, ApiShape, ApiType } from './types.ts';

export interface FieldHistory {
  /** the first release whose data has the field */
  since: string;
  /**
   * the earliest release it may have come in: `since`, or earlier where releases before `since`
   * have no data (since 1.32 with no data for 1.31: came in 1.31 or 1.32)
   */
  earliest: string;
  /** the first release with data that lacks it again, when no later release has it */
  removedIn?: string;
}

/** When an API version of a kind was served, over the releases with data. */
export interface KindHistory {
  /** the first release with data that serves it */
  since: string;
  /** the first release with data that no longer serves it, when no later release does */
  removedIn?: string;
}

/**
 * What the other releases say, for a check against one of them (ValidateOptions.history): the
 * validator names the release a field or an API version came in ("added in Kubernetes 1.32").
 */
export interface ReleaseHistory {
  fieldSince(typeKey: string, field: string): FieldHistory | undefined;
  kindSince(apiVersion: string, kind: string): KindHistory | undefined;
}

export interface ReleaseCatalog extends ReleaseHistory {
  /** every release, oldest first, with what its data knows */
  releases: readonly ReleaseData[];
  /** the release's data, or undefined where there is none (a release of RELEASE_DATA with no source) */
  releaseSchema(release: string): ApiSchema | undefined;
  /** the apiVersions the release serves a kind (or its List) in; undefined where the release has no data */
  servedVersions(kind: string, release: string): string[] | undefined;
  /**
   * when a field of a type came and went, over the releases with complete data (1.31's is partly the
   * newest's and counts as none); undefined when none has it
   */
  fieldSince(typeKey: string, field: string): FieldHistory | undefined;
  /** when the release data first and last served `apiVersion kind` (1.31's counts: its kinds are its own) */
  kindSince(apiVersion: string, kind: string): KindHistory | undefined;
}

function withoutEnums(shape: ApiShape): ApiShape {
  if (shape.t === 'string' && shape.enum) {
    const { enum: _enum, ...rest } = shape;
    return rest;
  }
  if (shape.t === 'array') return { ...shape, items: withoutEnums(shape.items) };
  if (shape.t === 'map') return { ...shape, values: withoutEnums(shape.values) };
  return shape;
}

/** The release's data with the newest release's enums taken out (the packages have none of their own). */
function stripEnums(schema: ApiSchema): ApiSchema {
  const types: Record<string, ApiType> = {};
  for (const [key, type] of Object.entries(schema.types)) {
    const fields: ApiType['fields'] = {};
    for (const [name, field] of Object.entries(type.fields)) fields[name] = { ...field, shape: withoutEnums(field.shape) };
    types[key] = { ...type, fields };
  }
  return { ...schema, types };
}

export function createReleaseCatalog(newest: ApiSchema, loadDelta: (release: string) => ReleaseDelta): ReleaseCatalog {
  if (newest.kubernetesVersion !== NEWEST_RELEASE) {
    throw new Error(`the deltas apply to ${NEWEST_RELEASE}, not ${newest.kubernetesVersion}`);
  }
  const built = new Map<string, ApiSchema>();
  const infoOf = (release: string): ReleaseData => {
    const info = RELEASE_DATA.find((r) => r.release === release);
    if (!info) throw new Error(`Kubernetes ${release} is not one of ${RELEASE_DATA.map((r) => r.release).join(', ')}`);
    return info;
  };
  const releaseSchema = (release: string): ApiSchema | undefined => {
    const info = infoOf(release);
    if (!info.source) return undefined;
    if (release === NEWEST_RELEASE) return newest;
    let schema = built.get(release);
    if (!schema) {
      const delta = loadDelta(release);
      if (delta.kubernetesVersion !== release) throw new Error(`the delta loaded for ${release} is ${delta.kubernetesVersion}'s`);
      schema = applyReleaseDelta(newest, delta);
      if (!info.enums) schema = stripEnums(schema);
      // a built-in group that came later is still no custom group (schema/custom-resources.ts)
      schema.laterGroups = [...new Set(newest.kinds.map((k) => k.group))].filter((group) => !schema?.kinds.some((k) => k.group === group));
      built.set(release, schema);
    }
    return schema;
  };
  const servedVersions = (kind: string, release: string): string[] | undefined => {
    const schema = releaseSchema(release);
    return schema?.kinds.filter((k) => k.kind === kind).map((k) => k.apiVersion);
  };
  const fieldSince = (typeKey: string, field: string): FieldHistory | undefined => {
    let history: FieldHistory | undefined;
    let lastAbsent: number | undefined;
    RELEASE_DATA.forEach(({ release, complete }, index) => {
      const schema = complete ? releaseSchema(release) : undefined;
      if (!schema) return;
      const has = schema.types[typeKey]?.fields[field] !== undefined;
      if (has && !history) {
        const earliest = lastAbsent === undefined ? index : lastAbsent + 1;
        history = { since: release, earliest: RELEASE_DATA[earliest]!.release };
      } else if (has && history) delete history.removedIn;
      else if (!has && history && !history.removedIn) history.removedIn = release;
      if (!has && !history) lastAbsent = index;
    });
    return history;
  };
  const kindSince = (apiVersion: string, kind: string): KindHistory | undefined => {
    let history: KindHistory | undefined;
    for (const { release } of RELEASE_DATA) {
      const schema = releaseSchema(release);
      if (!schema) continue;
      const serves = schema.kinds.some((k) => k.apiVersion === apiVersion && k.kind === kind);
      if (serves && !history) history = { since: release };
      else if (serves && history) delete history.removedIn;
      else if (!serves && history && !history.removedIn) history.removedIn = release;
    }
    return history;
  };
  return { releases: RELEASE_DATA, releaseSchema, servedVersions, fieldSince, kindSince };
}
