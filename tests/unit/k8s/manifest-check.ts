// A deliberately small structural check of one manifest against the generated
// schema, for testing the catalogue's examples: the apiVersion/kind pair is
// served, required fields are present, no field is unknown at any depth and
// scalar values have the right JSON type. The real validator (src/lib/validator)
// comes later and reports positions; this one only returns readable problems.
import { findKind } from '../../../src/lib/k8s/api-schema.ts';
import type { ApiSchema, ApiShape } from '../../../src/lib/k8s/types.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkManifest(doc: unknown, schema: ApiSchema): string[] {
  if (!isObject(doc)) return ['the document is not a mapping'];
  const { apiVersion, kind } = doc;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return ['apiVersion and kind must be strings'];
  const served = findKind(apiVersion, kind, schema);
  if (!served) return [`${apiVersion} ${kind} is not served by Kubernetes ${schema.kubernetesVersion}`];
  const problems: string[] = [];
  checkObject(doc, served.type, '', schema, problems);
  return problems;
}

function checkObject(value: Record<string, unknown>, typeKey: string, path: string, schema: ApiSchema, out: string[]) {
  const type = schema.types[typeKey];
  if (!type) return void out.push(`${path}: unknown type ${typeKey}`);
  for (const [name, field] of Object.entries(type.fields)) {
    if (field.required && !(name in value)) out.push(`${path}.${name}: required field missing`);
  }
  for (const [name, child] of Object.entries(value)) {
    const field = type.fields[name];
    if (!field) {
      if (!type.open) out.push(`${path}.${name}: unknown field`);
      continue;
    }
    checkValue(child, field.shape, `${path}.${name}`, schema, out);
  }
}

function checkValue(value: unknown, shape: ApiShape, path: string, schema: ApiSchema, out: string[]) {
  if (value === null) return; // YAML null means "unset" to the API server
  const fail = (what: string) => out.push(`${path}: expected ${what}, got ${JSON.stringify(value)}`);
  switch (shape.t) {
    case 'any':
      return;
    case 'string':
      if (typeof value !== 'string') return void fail('a string');
      if (shape.enum && !shape.enum.includes(value)) fail(`one of ${shape.enum.join(', ')}`);
      if (shape.format === 'byte' && !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) fail('base64');
      return;
    case 'date-time':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail('an RFC 3339 date-time');
      return;
    case 'integer':
      if (!Number.isInteger(value)) fail('an integer');
      return;
    case 'number':
      if (typeof value !== 'number') fail('a number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail('true or false');
      return;
    case 'int-or-string':
      if (!Number.isInteger(value) && typeof value !== 'string') fail('an integer or a string');
      return;
    case 'quantity':
      if (!(typeof value === 'number' || (typeof value === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+|[KMGTPE]i|[numkMGTPE])?$/.test(value)))) {
        fail('a quantity such as 500m or 128Mi');
      }
      return;
    case 'array':
      if (!Array.isArray(value)) return void fail('a list');
      value.forEach((item, i) => checkValue(item, shape.items, `${path}[${i}]`, schema, out));
      return;
    case 'map':
      if (!isObject(value)) return void fail('a mapping');
      for (const [k, v] of Object.entries(value)) checkValue(v, shape.values, `${path}.${k}`, schema, out);
      return;
    case 'object':
      if (!isObject(value)) return void fail('a mapping');
      checkObject(value, shape.ref, path, schema, out);
      return;
  }
}
