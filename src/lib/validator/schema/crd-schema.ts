// A CRD version's openAPIV3Schema converted into the API data's shape, so custom resources go through
// the one schema walker (walk.ts) with the built-in kinds' messages and positions. The converted types
// sit on top of the release's types (prototype chain), so `metadata` is the real ObjectMeta.
// What the apiextensions server does that matters here:
// - pruning: unknown fields are errors under strict field validation, except below
//   x-kubernetes-preserve-unknown-fields (strict again where a nested schema declares properties);
// - `metadata` at the root and in x-kubernetes-embedded-resource objects is ObjectMeta;
// - an embedded resource needs apiVersion and kind (objectmeta validation), not metadata;
// - formats: only the supported ones are validated, the rest ignored (validation/formats.go);
// - x-kubernetes-validations are kept (an object's on its type, others in the checks) for the CEL
//   evaluation after the walk (../cel/evaluate.ts);
// - keywords this walk does not know (anyOf, allOf, oneOf, not, ...) are ignored: an unknown keyword
//   never makes a custom resource fail.
import type { ApiField, ApiSchema, ApiShape, ApiType, ValueChecks } from '../../k8s/types.ts';
import { isRecord } from '../resources.ts';
import type { Crd, CrdVersion } from './custom-resources.ts';
import { supportedFormat } from './crd-formats.ts';
import { validationRulesOf } from '../cel/rules.ts';

export const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

export interface CrdWalkSchema {
  schema: ApiSchema;
  /** the root type of the custom resource in `schema.types` */
  root: string;
}

interface Caches {
  /** one run: the same version object */
  byVersion: WeakMap<object, CrdWalkSchema>;
  /** later runs (the page checks on every keystroke, with new objects): the same schema text */
  byText: Map<string, CrdWalkSchema>;
}
const caches = new WeakMap<ApiSchema, Caches>();
const metadataOnlyKey = {};

/** The walk schema of one served CRD version (or, without a version, of metadata alone). Cached. */
export function crdWalkSchema(builtIn: ApiSchema, crd: Crd | undefined, version: CrdVersion | undefined): CrdWalkSchema {
  if (version?.walk) return version.walk;
  let cache = caches.get(builtIn);
  if (!cache) {
    cache = { byVersion: new WeakMap(), byText: new Map() };
    caches.set(builtIn, cache);
  }
  const key = version ?? metadataOnlyKey;
  let found = cache.byVersion.get(key);
  if (found) return found;
  const name = crd && version ? `${crd.group}/${version.name}/${crd.kind}` : '';
  // serialising takes a few ms; converting a large operator CRD tens of ms
  const text = version?.schema ? serialised(name, version.schema) : undefined;
  found = text !== undefined ? cache.byText.get(text) : undefined;
  if (!found) {
    found = convert(builtIn, name, version?.schema);
    if (text !== undefined) {
      if (cache.byText.size >= 64) cache.byText.clear();
      cache.byText.set(text, found);
    }
  }
  cache.byVersion.set(key, found);
  return found;
}

function serialised(name: string, schema: Record<string, unknown>): string | undefined {
  try {
    return `${name} ${JSON.stringify(schema)}`;
  } catch {
    return undefined;
  }
}

function convert(builtIn: ApiSchema, name: string, openApi: Record<string, unknown> | undefined): CrdWalkSchema {
  const types: Record<string, ApiType> = Object.create(builtIn.types) as Record<string, ApiType>;
  const schema: ApiSchema = { kubernetesVersion: builtIn.kubernetesVersion, kinds: builtIn.kinds, types };
  let count = 0;
  const newKey = (): string => `crd:${name}#${count++}`;

  const shapeOf = (node: unknown, depth: number): ApiShape => {
    if (!isRecord(node) || depth > 64) return { t: 'any' };
    const v = checksOf(node);
    const type = typeof node.type === 'string' ? node.type : undefined;
    if (node['x-kubernetes-int-or-string'] === true) return { t: 'int-or-string', v };
    switch (type) {
      case 'string': {
        const format = typeof node.format === 'string' ? node.format : '';
        const stringEnum = Array.isArray(node.enum) && node.enum.every((e) => typeof e === 'string') ? node.enum as string[] : undefined;
        // byte and quantity are the built-in kinds' checks too (base64-format, quantity-format)
        const builtInFormat = format === 'byte' || format === 'quantity' ? format : undefined;
        if (builtInFormat) delete v.format;
        if (stringEnum) delete v.enum;
        return { t: 'string', v, ...(builtInFormat ? { format: builtInFormat } : {}), ...(stringEnum ? { enum: stringEnum } : {}) };
      }
      case 'integer': return { t: 'integer', v };
      case 'number': return { t: 'number', v };
      case 'boolean': return { t: 'boolean', v };
      case 'array': return { t: 'array', items: shapeOf(node.items, depth + 1), v };
      case 'object': return objectShape(node, v, depth);
      default:
        // no type: only under preserve-unknown-fields or int-or-string in a structural schema
        return isRecord(node.properties) ? objectShape(node, v, depth) : { t: 'any', v };
    }
  };

  const objectShape = (node: Record<string, unknown>, v: ValueChecks, depth: number): ApiShape => {
    const embedded = node['x-kubernetes-embedded-resource'] === true;
    const open = node['x-kubernetes-preserve-unknown-fields'] === true;
    const additional = node.additionalProperties;
    if (!isRecord(node.properties) && !embedded && (additional === true || isRecord(additional))) {
      return { t: 'map', values: isRecord(additional) ? shapeOf(additional, depth + 1) : { t: 'any' }, v };
    }
    if (!isRecord(node.properties) && open && !embedded) return { t: 'any', v };
    const key = newKey();
    types[key] = typeOf(node, depth, embedded ? 'embedded' : 'plain');
    delete v.rules;
    return { t: 'object', ref: key, v };
  };

  const typeOf = (node: Record<string, unknown>, depth: number, kind: 'root' | 'embedded' | 'plain'): ApiType => {
    const properties = isRecord(node.properties) ? node.properties : {};
    const required = new Set(Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === 'string') : []);
    // fromEntries makes own properties of every name, __proto__ included
    const fields: Record<string, ApiField> = Object.fromEntries([
      ...Object.entries(properties).map(([field, property]): [string, ApiField] =>
        [field, { shape: shapeOf(property, depth + 1), ...(required.has(field) ? { required: true as const } : {}) }]),
      ...[...required].filter((field) => !Object.hasOwn(properties, field)).map((field): [string, ApiField] => [field, { shape: { t: 'any' }, required: true }]),
    ]);
    if (kind !== 'plain') {
      // apiVersion, kind and metadata are the API's own, whatever the schema says of them
      const embeddedRequired = kind === 'embedded' ? { required: true as const } : {};
      fields.apiVersion = { shape: { t: 'string' }, ...embeddedRequired };
      fields.kind = { shape: { t: 'string' }, ...embeddedRequired };
      fields.metadata = { shape: { t: 'object', ref: OBJECT_META } };
    }
    const rules = validationRulesOf(node);
    return {
      fields, crd: true,
      ...(node['x-kubernetes-preserve-unknown-fields'] === true ? { open: true as const } : {}),
      ...(rules ? { rules } : {}),
    };
  };

  const root = newKey();
  // without a schema (metadata alone, for a version with none): every other field is left alone
  types[root] = openApi
    ? typeOf(openApi, 0, 'root')
    : { fields: typeOf({}, 0, 'root').fields, open: true, crd: true };
  return { schema, root };
}

function checksOf(node: Record<string, unknown>): ValueChecks {
  const v: ValueChecks = {};
  const number = (key: string): number | undefined => (typeof node[key] === 'number' && Number.isFinite(node[key]) ? node[key] as number : undefined);
  for (const key of ['minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const) {
    const value = number(key);
    if (value !== undefined) v[key] = value;
  }
  if (node.exclusiveMinimum === true) v.exclusiveMinimum = true;
  if (node.exclusiveMaximum === true) v.exclusiveMaximum = true;
  if (node.uniqueItems === true) v.uniqueItems = true;
  if (node.nullable === true) v.nullable = true;
  if (node.default !== undefined) v.default = node.default;
  if (typeof node.pattern === 'string') v.pattern = node.pattern;
  if (Array.isArray(node.enum) && node.enum.length > 0) v.enum = node.enum;
  const format = typeof node.format === 'string' ? supportedFormat(node.format) : undefined;
  if (format && (node.type === 'string' || node.type === undefined || node['x-kubernetes-int-or-string'] === true)) v.format = format;
  const listType = node['x-kubernetes-list-type'];
  if (listType === 'set' || listType === 'map') v.listType = listType;
  const keys = node['x-kubernetes-list-map-keys'];
  if (listType === 'map' && Array.isArray(keys)) v.listMapKeys = keys.filter((k): k is string => typeof k === 'string');
  const rules = validationRulesOf(node);
  if (rules) v.rules = rules;
  return v;
}
