// Build time only (Node): converts declared types into the ApiType/ApiShape
// form of src/lib/k8s/types.ts, starting at the served kinds and following
// references, so the schema holds exactly the types reachable from a kind.
import type { ApiDocs, ApiField, ApiShape, ApiType, ValueChecks } from '../types.ts';
import { parseEnumValues } from './enum-values.ts';
import type { FormatProbe, PathStep } from './probe-formats.ts';
import type { DeclaredMember, DeclaredShape, DeclaredType } from './read-declarations.ts';

/**
 * Aliases of apimachinery that stand for a JSON value with special rules.
 * They are written as `number | string` or `string` in the .d.ts files.
 */
const SPECIAL_ALIASES: Record<string, ApiShape> = {
  'io.k8s.apimachinery.pkg.api.resource.Quantity': { t: 'quantity' },
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { t: 'int-or-string' },
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': { t: 'date-time' },
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': { t: 'date-time' },
};

/**
 * Types declared without fields whose values are free-form on the wire; the
 * .d.ts files show them as empty interfaces. Go gives them custom JSON
 * marshalling, which the OpenAPI spec can only describe loosely.
 */
const FREE_FORM: Record<string, 'open-object' | 'any'> = {
  // an embedded object of any kind (ControllerRevision.data, admission patches...)
  'io.k8s.apimachinery.pkg.runtime.RawExtension': 'open-object',
  // server-side apply's field set (metadata.managedFields[].fieldsV1)
  'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1': 'open-object',
  // CRD schemas: a JSON value, or "schema or bool", "schema or array", "schema or string list"
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON': 'any',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray': 'any',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool': 'any',
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray': 'any',
};

/** One object type waiting to be converted: a declared type or an inline object literal. */
interface Pending {
  key: string;
  description: string;
  members: DeclaredMember[];
  open: boolean;
  /** the declared type whose validator checks these members, and the path to them */
  validator: DeclaredType;
  basePath: PathStep[];
}

/** How the CRD packages' types differ from the built-in ones (build-crd-data.ts); none for the built-in kinds. */
export interface ConverterOptions {
  /** types converted already (the built-in kinds'): referenced, never converted again */
  known?: ReadonlySet<string>;
  /** CRD schemas: probe the validators for enum, pattern, lengths, bounds, item and property counts, and mark the objects `crd` */
  crd?: boolean;
}

export class Converter {
  readonly types: Record<string, ApiType> = {};
  readonly docs: ApiDocs = { types: {}, fields: {} };
  private readonly queue: Pending[] = [];
  private readonly byGlobalName = new Map<string, DeclaredType>();
  private readonly declared: Map<string, DeclaredType>;
  private readonly probe: FormatProbe;
  private readonly typeMetaDocs: Record<string, string>;
  private readonly options: ConverterOptions;

  constructor(declared: Map<string, DeclaredType>, probe: FormatProbe, typeMetaDocs: Record<string, string>, options: ConverterOptions = {}) {
    this.declared = declared;
    this.probe = probe;
    this.typeMetaDocs = typeMetaDocs;
    this.options = options;
    for (const type of declared.values()) this.byGlobalName.set(type.globalName, type);
  }

  async run(roots: string[]): Promise<void> {
    for (const key of roots) this.enqueue(key);
    while (this.queue.length > 0) await this.convert(this.queue.shift()!);
  }

  private enqueue(key: string): void {
    if (key in this.types || this.options.known?.has(key) || this.queue.some((p) => p.key === key)) return;
    const type = this.declared.get(key);
    if (!type) throw new Error(`unknown type ${key}`);
    this.queue.push({
      key,
      description: type.description,
      members: type.members,
      open: type.open || FREE_FORM[key] === 'open-object',
      validator: type,
      basePath: [],
    });
  }

  private async convert(pending: Pending): Promise<void> {
    await this.probe.load(pending.validator.validatorName ?? pending.validator.globalName, pending.validator.packageRoot);
    const fields: Record<string, ApiField> = {};
    const fieldDocs: Record<string, string> = {};
    const isKind = pending.validator.typeMeta !== undefined && pending.basePath.length === 0;
    for (const member of pending.members) {
      const path = [...pending.basePath, { field: member.name }];
      let shape = this.shapeOf(member.shape, pending, path, member.name);
      const described = parseEnumValues(member.description);
      if (described && shape.t === 'string') shape = { ...shape, enum: described };
      // apiVersion and kind are required of a manifest, but the upstream schema lists
      // them as optional (the same types are embedded, e.g. volumeClaimTemplates); the
      // .d.ts makes them required only through TypeMeta, so keep upstream's reading.
      const typeMetaField = isKind && (member.name === 'apiVersion' || member.name === 'kind');
      fields[member.name] = member.optional || typeMetaField ? { shape } : { shape, required: true };
      const description = member.description || (typeMetaField ? (this.typeMetaDocs[member.name] ?? '') : '');
      if (description) fieldDocs[member.name] = description;
    }
    // A CRD package's object with no properties at all is, upstream, nearly always
    // x-kubernetes-preserve-unknown-fields (Istio's EnvoyFilter patch.value, WasmPlugin
    // pluginConfig, Argo Rollouts' plugin config): the types write both as {}, and a closed empty
    // object would be pointless in a CRD (pruning empties it), so such an object is read as open.
    const open = pending.open || (this.options.crd === true && Object.keys(fields).length === 0);
    this.types[pending.key] = { fields, ...(open ? { open: true as const } : {}), ...(this.options.crd ? { crd: true as const } : {}) };
    if (pending.description) this.docs.types[pending.key] = pending.description;
    if (Object.keys(fieldDocs).length > 0) this.docs.fields[pending.key] = fieldDocs;
  }

  private shapeOf(shape: DeclaredShape, owner: Pending, path: PathStep[], name: string): ApiShape {
    const validator = owner.validator.validatorName ?? owner.validator.globalName;
    switch (shape.t) {
      case 'boolean':
      case 'any':
      case 'int-or-string':
        return { t: shape.t };
      case 'number': {
        const number = this.probe.numberFormat(validator, path);
        if (!this.options.crd) return number;
        return withChecks(number, { ...this.probe.numberChecks(validator, path), ...(shape.literals ? { enum: shape.literals } : {}) });
      }
      case 'string': {
        if (shape.literals) return { t: 'string', enum: [...shape.literals].sort() };
        const format = this.probe.stringFormat(validator, path);
        const plain: ApiShape = format ? { t: 'string', format } : { t: 'string' };
        if (!this.options.crd) return plain;
        const { enum: allowed, ...checks } = this.probe.stringChecks(validator, path);
        return withChecks(allowed ? { ...plain, enum: allowed } : plain, checks);
      }
      case 'array': {
        const array: ApiShape = { t: 'array', items: this.shapeOf(shape.items, owner, [...path, { item: true }], name) };
        return this.options.crd ? withChecks(array, this.probe.arrayChecks(validator, path)) : array;
      }
      case 'map': {
        const map: ApiShape = { t: 'map', values: this.shapeOf(shape.values, owner, [...path, { value: true }], name) };
        return this.options.crd ? withChecks(map, this.probe.objectChecks(validator, path)) : map;
      }
      case 'inline': {
        // An object literal written in place (StatefulSetSpec.volumeClaimTemplates):
        // give it a key of its own under its owner.
        const key = `${owner.key}.${name}`;
        this.queue.push({
          key,
          description: '',
          members: shape.members,
          open: false,
          validator: owner.validator,
          basePath: path,
        });
        return { t: 'object', ref: key };
      }
      case 'ref': {
        const ref = this.refShape(shape.name, owner, path, name);
        return this.options.crd && ref.t === 'object' ? withChecks(ref, this.probe.objectChecks(validator, path)) : ref;
      }
    }
  }

  private refShape(globalName: string, owner: Pending, path: PathStep[], name: string): ApiShape {
    const type = this.byGlobalName.get(globalName);
    if (!type) throw new Error(`reference to undeclared type ${globalName}`);
    const special = SPECIAL_ALIASES[type.key];
    if (special) return special;
    // a CRD package's named scalar (PortNumber = number, HTTPMethod = "GET" | ...): its owner's validator checks it in place
    if (type.form === 'alias' && type.aliased) return this.shapeOf(type.aliased, owner, path, name);
    if (type.form === 'alias') throw new Error(`alias ${type.key} has no mapping in SPECIAL_ALIASES`);
    if (FREE_FORM[type.key] === 'any') return { t: 'any' };
    this.enqueue(type.key);
    return { t: 'object', ref: type.key };
  }
}

function withChecks(shape: ApiShape, checks: ValueChecks): ApiShape {
  return Object.keys(checks).length === 0 ? shape : { ...shape, v: { ...shape.v, ...checks } };
}
