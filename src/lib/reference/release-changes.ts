// What changed in one Kubernetes release against the one before it, from the API data alone (issue 11.3):
// the API versions and kinds it began or stopped serving, and the fields added to or removed from the
// types both releases have (a new type comes with a new kind or API version, listed as such). Field
// changes need the field sets of both releases: where the release before has partial data (1.31's
// status fields are 1.36's), the comparison is with the last release with complete data, and the page
// says the change came in one of the releases between. Pure: the caller passes the data and the trees.
import type { ReleaseCatalog } from '../k8s/release-data.ts';
import { compareReleases, RELEASE_DATA } from '../k8s/releases.ts';
import type { ApiSchema } from '../k8s/types.ts';
import type { FieldNode } from './field-tree.ts';

export interface ServedChange {
  apiVersion: string;
  kind: string;
}

/** A field of a kind's reference page, by its anchor there. */
export interface KindField {
  path: string;
  anchor: string;
}

export interface TypeField {
  /** the type's key in the API data */
  type: string;
  field: string;
}

export interface ReleaseChanges {
  release: string;
  /** the release with data before it, compared for API versions and kinds; undefined for the oldest */
  previous: string | undefined;
  /** the release compared for fields: `previous`, or an older one where `previous` has partial data */
  fieldsSince: string | undefined;
  /** whether this release's own field set is partial (then no field changes are given for it) */
  partialFields: boolean;
  apiVersionsAdded: ServedChange[];
  apiVersionsRemoved: ServedChange[];
  /** kinds served in no API version before, or in none any more */
  kindsAdded: string[];
  kindsRemoved: string[];
  /** fields added, per reference page of the newest release that shows them (slug -> fields) */
  fieldsAddedByKind: Array<{ slug: string; fields: KindField[] }>;
  /** fields added that no reference page shows (removed again since, or of a type no page reaches) */
  fieldsAddedElsewhere: TypeField[];
  fieldsRemoved: TypeField[];
}

/** The kinds' field trees of the newest release's reference pages, by page slug. */
export type ReferenceTrees = ReadonlyArray<{ slug: string; fields: readonly FieldNode[] }>;

const served = (schema: ApiSchema): Map<string, ServedChange> =>
  new Map(schema.kinds.map((k) => [`${k.apiVersion} ${k.kind}`, { apiVersion: k.apiVersion, kind: k.kind }]));

const byApiVersion = (a: ServedChange, b: ServedChange): number => a.kind.localeCompare(b.kind) || a.apiVersion.localeCompare(b.apiVersion);

/** Each `type field` of `a` that `b` lacks, over the types both have. */
function fieldsOnlyIn(a: ApiSchema, b: ApiSchema): TypeField[] {
  const found: TypeField[] = [];
  for (const [type, own] of Object.entries(a.types)) {
    const other = b.types[type];
    if (!other) continue;
    for (const field of Object.keys(own.fields)) if (!(field in other.fields)) found.push({ type, field });
  }
  return found.sort((x, y) => x.type.localeCompare(y.type) || x.field.localeCompare(y.field));
}

function walk(nodes: readonly FieldNode[], visit: (node: FieldNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.children) walk(node.children, visit);
  }
}

export function releaseChanges(catalog: ReleaseCatalog, release: string, trees: ReferenceTrees): ReleaseChanges {
  const withData = RELEASE_DATA.filter((data) => data.source !== null);
  const at = withData.findIndex((data) => data.release === release);
  if (at === -1) throw new Error(`no API data for Kubernetes ${release}`);
  const schema = catalog.releaseSchema(release) as ApiSchema;
  const previous = withData[at - 1]?.release;
  const before = previous === undefined ? undefined : (catalog.releaseSchema(previous) as ApiSchema);
  const partialFields = !(withData[at]?.complete ?? true);
  const fieldsSince = partialFields ? undefined : withData.slice(0, at).reverse().find((data) => data.complete)?.release;
  const changes: ReleaseChanges = {
    release, previous, fieldsSince, partialFields,
    apiVersionsAdded: [], apiVersionsRemoved: [], kindsAdded: [], kindsRemoved: [],
    fieldsAddedByKind: [], fieldsAddedElsewhere: [], fieldsRemoved: [],
  };
  if (!before) return changes;

  const now = served(schema);
  const then = served(before);
  changes.apiVersionsAdded = [...now].filter(([key]) => !then.has(key)).map(([, value]) => value).sort(byApiVersion);
  changes.apiVersionsRemoved = [...then].filter(([key]) => !now.has(key)).map(([, value]) => value).sort(byApiVersion);
  const kindsNow = new Set(schema.kinds.map((k) => k.kind));
  const kindsThen = new Set(before.kinds.map((k) => k.kind));
  changes.kindsAdded = [...kindsNow].filter((kind) => !kindsThen.has(kind)).sort();
  changes.kindsRemoved = [...kindsThen].filter((kind) => !kindsNow.has(kind)).sort();

  if (fieldsSince === undefined) return changes;
  const compared = catalog.releaseSchema(fieldsSince) as ApiSchema;
  const added = fieldsOnlyIn(schema, compared);
  changes.fieldsRemoved = fieldsOnlyIn(compared, schema);
  const addedKeys = new Set(added.map(({ type, field }) => `${type} ${field}`));
  const shown = new Set<string>();
  for (const { slug, fields } of trees) {
    const found: KindField[] = [];
    walk(fields, (node) => {
      const key = `${node.owner} ${node.name}`;
      if (!addedKeys.has(key)) return;
      shown.add(key);
      found.push({ path: node.path, anchor: node.anchor });
    });
    if (found.length > 0) changes.fieldsAddedByKind.push({ slug, fields: found });
  }
  changes.fieldsAddedElsewhere = added.filter(({ type, field }) => !shown.has(`${type} ${field}`));
  return changes;
}

/** Whether `release` is later than the oldest release with complete data (a since-badge is worth showing). */
export function worthABadge(since: string): boolean {
  const oldest = RELEASE_DATA.find((data) => data.source !== null && data.complete)?.release;
  return oldest !== undefined && compareReleases(since, oldest) > 0;
}
