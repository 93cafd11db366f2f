// The field path the reference pages document, found by walking the API data: indices dropped, List
// prefix dropped, and it stops at a map field (label keys and data keys are not fields) or at a field
// the API does not define. Only computed for reported diagnostics.
import type { ApiField, ApiSchema, ApiShape } from '../../k8s/types.ts';
import type { PathSegment } from '../types.ts';

export function referencePathOf(schema: ApiSchema, typeKey: string, path: readonly PathSegment[]): string {
  const fields: string[] = [];
  let shape: ApiShape | undefined = { t: 'object', ref: typeKey };
  for (const segment of path) {
    while (shape?.t === 'array') shape = shape.items;
    if (typeof segment === 'number') continue;
    if (shape?.t !== 'object') break;
    const ownFields: Record<string, ApiField> | undefined = schema.types[shape.ref]?.fields;
    const field: ApiField | undefined = ownFields && Object.hasOwn(ownFields, segment) ? ownFields[segment] : undefined;
    if (!field) break;
    fields.push(segment);
    shape = field.shape;
    if (field.shape.t === 'map') break;
  }
  return fields.join('.');
}
