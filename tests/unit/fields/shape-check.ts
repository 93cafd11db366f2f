// Checks a parsed YAML fragment against the generated API schema, starting at one type.
// The field notes' examples are fragments (not whole manifests), so the validator, which wants
// apiVersion/kind, cannot check them; this small walker catches what matters in a fragment:
// a misspelled or misplaced key, and a value of the wrong kind (a list where a map belongs, a
// number where the API wants a string such as a ConfigMap value).
import type { ApiSchema, ApiShape } from '../../../src/lib/k8s/types.ts';

export interface ShapeProblem {
  path: string;
  problem: string;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every place where `value` does not fit the object type `typeKey`; empty when it fits. */
export function shapeProblems(value: unknown, typeKey: string, schema: ApiSchema, path = ''): ShapeProblem[] {
  return checkShape(value, { t: 'object', ref: typeKey }, schema, path);
}

function checkShape(value: unknown, shape: ApiShape, schema: ApiSchema, path: string): ShapeProblem[] {
  const here = path || '(root)';
  // YAML null is "field present but unset"; the API server accepts it for every optional field.
  if (value === null) return [];
  switch (shape.t) {
    case 'any':
      return [];
    case 'string':
    case 'date-time':
      if (typeof value !== 'string') return [{ path: here, problem: `expected a string, got ${typeof value}` }];
      if (shape.t === 'string' && shape.enum && !shape.enum.includes(value))
        return [{ path: here, problem: `"${value}" is not one of ${shape.enum.join(', ')}` }];
      return [];
    case 'integer':
      return Number.isInteger(value) ? [] : [{ path: here, problem: `expected an integer, got ${JSON.stringify(value)}` }];
    case 'number':
      return typeof value === 'number' ? [] : [{ path: here, problem: `expected a number, got ${typeof value}` }];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [{ path: here, problem: `expected a boolean, got ${typeof value}` }];
    case 'int-or-string':
    case 'quantity':
      return Number.isInteger(value) || typeof value === 'string' || (shape.t === 'quantity' && typeof value === 'number')
        ? []
        : [{ path: here, problem: `expected an integer or a string, got ${typeof value}` }];
    case 'array':
      if (!Array.isArray(value)) return [{ path: here, problem: 'expected a list' }];
      return value.flatMap((item, index) => checkShape(item, shape.items, schema, `${path}[${index}]`));
    case 'map':
      if (!isMapping(value)) return [{ path: here, problem: 'expected a mapping' }];
      return Object.entries(value).flatMap(([key, item]) => checkShape(item, shape.values, schema, join(path, key)));
    case 'object': {
      if (!isMapping(value)) return [{ path: here, problem: `expected a mapping (${shape.ref})` }];
      const type = schema.types[shape.ref];
      if (!type) return [{ path: here, problem: `schema has no type ${shape.ref}` }];
      return Object.entries(value).flatMap(([key, item]) => {
        const field = type.fields[key];
        if (field) return checkShape(item, field.shape, schema, join(path, key));
        return type.open ? [] : [{ path: join(path, key), problem: `unknown field on ${shape.ref}` }];
      });
    }
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
