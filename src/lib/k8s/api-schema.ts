// The generated API schema of the pinned Kubernetes release, typed, with the
// small lookups the validator and the reference pages share. Pure data access:
// no Node APIs, so it runs in the browser too.
import schemaJson from './generated/schema.json';
import type { ApiField, ApiKind, ApiSchema, ApiType } from './types.ts';
import { objectRef } from './shapes.ts';

export { objectRef };

export const apiSchema: ApiSchema = schemaJson as ApiSchema;

/** The served kind for an apiVersion/kind pair, or undefined when the release does not serve it. */
export function findKind(apiVersion: string, kind: string, schema: ApiSchema = apiSchema): ApiKind | undefined {
  return schema.kinds.find((k) => k.apiVersion === apiVersion && k.kind === kind);
}

/** Kind name -> every served version of it (Event and HorizontalPodAutoscaler have two). */
export function kindsByName(schema: ApiSchema = apiSchema): Map<string, ApiKind[]> {
  const byName = new Map<string, ApiKind[]>();
  for (const kind of schema.kinds) {
    const list = byName.get(kind.kind);
    if (list) list.push(kind);
    else byName.set(kind.kind, [kind]);
  }
  return byName;
}

export function typeOf(typeKey: string, schema: ApiSchema = apiSchema): ApiType | undefined {
  return schema.types[typeKey];
}

/**
 * The field a dotted path leads to, starting at a type: `spec.template.spec.containers.image`.
 * Arrays and maps are stepped through implicitly (a path names fields only), so
 * `spec.ports.targetPort` reaches ServicePort.targetPort. Undefined when a step does not exist.
 */
export function fieldAt(typeKey: string, path: string | string[], schema: ApiSchema = apiSchema): ApiField | undefined {
  const steps = typeof path === 'string' ? path.split('.').filter(Boolean) : path;
  let type = schema.types[typeKey];
  let field: ApiField | undefined;
  for (const step of steps) {
    if (!type) return undefined;
    field = type.fields[step];
    if (!field) return undefined;
    const ref = objectRef(field.shape);
    type = ref === undefined ? undefined : schema.types[ref];
  }
  return field;
}

