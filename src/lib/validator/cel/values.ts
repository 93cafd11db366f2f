// A custom resource's value as CEL sees it (`self`), typed by its schema the way the API server's
// CEL binding types it: an integer field is a CEL int (bigint), a number field a double, an object a
// map of the fields that are present (so has() tells an absent optional field), additionalProperties
// a map, a list a list, an int-or-string field either. An absent (or dropped null) property with a
// schema default holds the default, as the API server defaults before it validates. Property names that are no CEL identifiers
// are escaped as the server escapes them (x-y is self.x__dash__y).
// https://kubernetes.io/docs/reference/using-api/cel/#escaping
import type { ApiSchema, ApiShape, ApiType } from '../../k8s/types.ts';
import { isRecord } from '../resources.ts';

const RESERVED = new Set([
  'true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if', 'import',
  'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while',
]);

/** The name CEL reads a property by (apiextensions' cel.Escape). */
export function escapedProperty(name: string): string {
  if (RESERVED.has(name)) return `__${name}__`;
  return name.replace(/__|[./-]/g, (part) => ESCAPES[part] as string);
}
const ESCAPES: Record<string, string> = { '__': '__underscores__', '.': '__dot__', '-': '__dash__', '/': '__slash__' };

export function celValue(schema: ApiSchema, shape: ApiShape, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (shape.t) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : untyped(value);
    case 'number':
      return typeof value === 'number' ? value : untyped(value);
    case 'array':
      return Array.isArray(value) ? value.map((item) => celValue(schema, shape.items, item)) : untyped(value);
    case 'map': {
      if (!isRecord(value)) return untyped(value);
      return new Map(Object.entries(value).map(([key, item]) => [key, celValue(schema, shape.values, item)]));
    }
    case 'object': {
      const type = schema.types[shape.ref];
      return type ? celObject(schema, type, value) : untyped(value);
    }
    default:
      return untyped(value);
  }
}

export function celObject(schema: ApiSchema, type: ApiType, value: unknown): unknown {
  if (!isRecord(value)) return untyped(value);
  const out = new Map<string, unknown>();
  for (const [key, item] of Object.entries(value)) {
    const field = Object.hasOwn(type.fields, key) ? type.fields[key] : undefined;
    // a null property is dropped before validation, like an absent one
    if (item === null && !field?.shape.v?.nullable) continue;
    out.set(field ? escapedProperty(key) : key, field ? celValue(schema, field.shape, item) : untyped(item));
  }
  for (const [key, field] of Object.entries(type.fields)) {
    const fallback = field.shape.v?.default;
    if (fallback === undefined || out.has(escapedProperty(key))) continue;
    out.set(escapedProperty(key), celValue(schema, field.shape, fallback));
  }
  return out;
}

/** A value without a schema (int-or-string, preserve-unknown-fields): typed by what it holds. */
function untyped(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(untyped);
  if (isRecord(value)) return new Map(Object.entries(value).map(([key, item]) => [key, untyped(item)]));
  return value;
}
