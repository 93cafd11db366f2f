// The CustomResourceDefinition itself, as the API server's apiextensions validation sees it: its
// versions and the schema nodes of each version's openAPIV3Schema, with the paths the crd-* rules
// report at. Only apiextensions.k8s.io/v1 is read (v1beta1 is long removed and unknown-kind's error).
import type { PathSegment, Resource } from '../types.ts';
import { isRecord } from '../resources.ts';

export const CRD_API_VERSION = 'apiextensions.k8s.io/v1';

export function isCrd(resource: Resource): boolean {
  return resource.kind === 'CustomResourceDefinition' && resource.apiVersion === CRD_API_VERSION;
}

/** The entries of spec.versions that are mappings, with their index. */
export function crdVersions(resource: Resource): { index: number; version: Record<string, unknown> }[] {
  const spec = resource.value.spec;
  const versions = isRecord(spec) && Array.isArray(spec.versions) ? spec.versions : [];
  return versions.flatMap((version, index) => (isRecord(version) ? [{ index, version }] : []));
}

/** Where a schema node sits: the root, a property or additionalProperties value, or array items. */
export type SchemaLevel = 'root' | 'field' | 'item';

export interface SchemaNode {
  schema: Record<string, unknown>;
  /** path of the node from the resource (spec, versions, i, schema, openAPIV3Schema, …) */
  path: PathSegment[];
  level: SchemaLevel;
  /** under allOf, anyOf, oneOf or not: value validations, where a type is not required */
  nested: boolean;
  /** the root's metadata, apiVersion or kind schema, or below it */
  topMeta: boolean;
}

const JUNCTORS = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * Every schema node of every version's openAPIV3Schema, parents before children: properties,
 * additionalProperties (a schema), items (a schema, or each of an items array), and the junctors.
 */
export function crdSchemaNodes(resource: Resource): SchemaNode[] {
  const out: SchemaNode[] = [];
  for (const { index, version } of crdVersions(resource)) {
    const schema = isRecord(version.schema) ? version.schema.openAPIV3Schema : undefined;
    if (isRecord(schema)) visit(schema, ['spec', 'versions', index, 'schema', 'openAPIV3Schema'], 'root', false, false, out);
  }
  return out;
}

function visit(schema: Record<string, unknown>, path: PathSegment[], level: SchemaLevel, nested: boolean, topMeta: boolean, out: SchemaNode[]): void {
  out.push({ schema, path, level, nested, topMeta });
  const properties = schema.properties;
  if (isRecord(properties)) {
    for (const name of Object.keys(properties)) {
      const child = properties[name];
      const meta = topMeta || (level === 'root' && !nested && ['metadata', 'apiVersion', 'kind'].includes(name));
      if (isRecord(child)) visit(child, [...path, 'properties', name], 'field', nested, meta, out);
    }
  }
  if (isRecord(schema.additionalProperties)) visit(schema.additionalProperties, [...path, 'additionalProperties'], 'field', nested, topMeta, out);
  if (isRecord(schema.items)) visit(schema.items, [...path, 'items'], 'item', nested, topMeta, out);
  else if (Array.isArray(schema.items)) {
    schema.items.forEach((item, i) => {
      if (isRecord(item)) visit(item, [...path, 'items', i], 'item', nested, topMeta, out);
    });
  }
  for (const junctor of JUNCTORS) {
    const list = schema[junctor];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      if (isRecord(item)) visit(item, [...path, junctor, i], level, true, topMeta, out);
    });
  }
  if (isRecord(schema.not)) visit(schema.not, [...path, 'not'], level, true, topMeta, out);
}

/** A schema's type when it is a string ('' when absent or not a string). */
export function typeOf(schema: Record<string, unknown>): string {
  return typeof schema.type === 'string' ? schema.type : '';
}
