// bench:validator's real-world-sized CRD bundle: the bundled projects' data written back out as
// CustomResourceDefinition YAML, with every type inlined (the built-in ones too, as controller-gen
// does: a Rollout's CRD carries the whole PodTemplateSpec), so the text is as large as real installs.
import yaml from 'js-yaml';
import type { BundledCrdProject } from '../../src/lib/k8s/bundled-crds.ts';
import type { ApiSchema, ApiShape, ApiType } from '../../src/lib/k8s/types.ts';

type Schema = Record<string, unknown>;

function shapeSchema(shape: ApiShape, types: Record<string, ApiType>, depth: number): Schema {
  const checks = { ...shape.v };
  delete checks.listType; delete checks.listMapKeys; delete checks.rules;
  switch (shape.t) {
    case 'object': {
      const type = types[shape.ref];
      // recursive types (JSONSchemaProps) stop somewhere, as CRDs do with preserve-unknown-fields
      if (!type || depth > 12) return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
      return { ...objectSchema(type, types, depth + 1), ...checks };
    }
    case 'array': return { type: 'array', items: shapeSchema(shape.items, types, depth + 1), ...checks };
    case 'map': return { type: 'object', additionalProperties: shapeSchema(shape.values, types, depth + 1), ...checks };
    case 'int-or-string': case 'quantity': return { 'x-kubernetes-int-or-string': true, ...checks };
    case 'date-time': return { type: 'string', format: 'date-time' };
    case 'any': return { 'x-kubernetes-preserve-unknown-fields': true };
    case 'string': return { type: 'string', ...(shape.enum ? { enum: shape.enum } : {}), ...checks };
    default: return { type: shape.t, ...checks };
  }
}

function objectSchema(type: ApiType, types: Record<string, ApiType>, depth: number): Schema {
  const required = Object.entries(type.fields).filter(([, f]) => f.required).map(([name]) => name);
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(type.fields).map(([name, field]) => [name, shapeSchema(field.shape, types, depth)])),
    ...(required.length > 0 ? { required } : {}),
    ...(type.open ? { 'x-kubernetes-preserve-unknown-fields': true } : {}),
  };
}

/** One CRD document per kind of the project, every version in it, the first one stored. */
export function crdYaml(project: BundledCrdProject, builtIn: ApiSchema): string {
  const types = { ...builtIn.types, ...project.types };
  const byKind = new Map<string, typeof project.kinds>();
  for (const kind of project.kinds) byKind.set(`${kind.group}/${kind.kind}`, [...byKind.get(`${kind.group}/${kind.kind}`) ?? [], kind]);
  return [...byKind.values()].map((versions) => {
    const { group, kind } = versions[0]!;
    const plural = `${kind.toLowerCase()}s`;
    const root = (type: string): Schema => {
      const schema = objectSchema(types[type]!, types, 0);
      delete (schema.properties as Schema).metadata;
      return schema;
    };
    return yaml.dump({
      apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition',
      metadata: { name: `${plural}.${group}`, annotations: { 'api-approved.kubernetes.io': 'https://github.com/kubernetes/enhancements/pull/1111' } },
      spec: {
        group, names: { kind, plural }, scope: 'Namespaced',
        versions: versions.map((v, i) => ({ name: v.version, served: true, storage: i === 0, schema: { openAPIV3Schema: root(v.type) } })),
      },
    }, { noRefs: true, lineWidth: -1 });
  }).join('---\n');
}
