// The field tree of one kind, built once from the generated schema and descriptions.
// Each object type is expanded at its first occurrence only (depth-first, in schema order); a later
// field of the same type links there (`sameAs`). That keeps the Pod page readable, and it is what
// makes recursive types (JSONSchemaProps) terminate.
import { objectRef } from '../k8s/api-schema.ts';
import type { ApiDocs, ApiSchema, ApiShape } from '../k8s/types.ts';
import { statedDefault } from './defaults.ts';
import { enumOf, typeLabel } from './type-label.ts';

export interface FieldNode {
  name: string;
  /** as a reader writes it: 'spec.template.spec.containers[].image'; map values step through '{}' */
  path: string;
  /** the HTML id: the path without brackets, 'spec.template.spec.containers.image' */
  anchor: string;
  /** the type key the field belongs to (for curated notes) */
  owner: string;
  shape: ApiShape;
  type: string;
  required: boolean;
  enum?: string[];
  default?: string;
  description: string;
  /** a map (or a list of maps): in a manifest path the next step is a key, not a field */
  map: boolean;
  /** the object type the field leads to once arrays and maps are unwrapped */
  ref?: string;
  /** the fields of `ref`, present at its first occurrence on the page */
  children?: FieldNode[];
  /** at a later occurrence of `ref`: the anchor of the first one */
  sameAs?: string;
}

export interface KindTree {
  rootType: string;
  description: string;
  fields: FieldNode[];
  /** every node on the page, expanded ones and links */
  fieldCount: number;
}

/**
 * 'containers' of a list of objects -> 'containers[]', of a map of objects -> 'properties{}': the
 * brackets show where items and keys sit above the child paths. Lists and maps of scalars ('args',
 * 'labels') have no child paths, so no brackets; their type says what they hold.
 */
function pathStep(name: string, shape: ApiShape): string {
  if (objectRef(shape) === undefined) return name;
  let suffix = '';
  for (let s = shape; s.t === 'array' || s.t === 'map'; s = s.t === 'array' ? s.items : s.values) {
    suffix += s.t === 'array' ? '[]' : '{}';
  }
  return name + suffix;
}

function holdsMap(shape: ApiShape): boolean {
  if (shape.t === 'map') return true;
  return shape.t === 'array' && holdsMap(shape.items);
}

/** The anchor of a written path: brackets dropped, so it matches the validator's field paths. */
export function anchorOf(path: string): string {
  return path.replace(/\[\]|\{\}/g, '');
}

export function buildKindTree(rootType: string, schema: ApiSchema, docs: ApiDocs): KindTree {
  const firstAt = new Map<string, string>([[rootType, '']]);
  let fieldCount = 0;

  const fieldsOf = (typeKey: string, prefix: string): FieldNode[] => {
    const type = schema.types[typeKey];
    if (!type) return [];
    const descriptions = docs.fields[typeKey] ?? {};
    return Object.entries(type.fields).map(([name, field]) => {
      fieldCount++;
      const description = descriptions[name] ?? '';
      const path = prefix + pathStep(name, field.shape);
      const anchor = anchorOf(path);
      const node: FieldNode = {
        name,
        path,
        anchor,
        owner: typeKey,
        shape: field.shape,
        type: typeLabel(field.shape),
        required: field.required === true,
        map: holdsMap(field.shape),
        description,
      };
      const values = enumOf(field.shape);
      if (values) node.enum = values;
      const stated = statedDefault(description);
      if (stated) node.default = stated;
      const ref = objectRef(field.shape);
      if (ref !== undefined && Object.keys(schema.types[ref]?.fields ?? {}).length > 0) {
        node.ref = ref;
        const seen = firstAt.get(ref);
        if (seen !== undefined) {
          node.sameAs = seen;
        } else {
          // registered before descending, so a type that contains itself links back up
          firstAt.set(ref, anchor);
          node.children = fieldsOf(ref, `${path}.`);
        }
      } else if (ref !== undefined) {
        node.ref = ref;
      }
      return node;
    });
  };

  const fields = fieldsOf(rootType, '');
  return { rootType, description: docs.types[rootType] ?? '', fields, fieldCount };
}

/** Depth-first walk over every node. */
export function* walkFields(fields: readonly FieldNode[]): Generator<FieldNode> {
  for (const field of fields) {
    yield field;
    if (field.children) yield* walkFields(field.children);
  }
}
