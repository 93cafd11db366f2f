// The shape of the generated Kubernetes API data (src/lib/k8s/generated/*).
// The validator reads only the schema (small, shipped to the browser);
// the reference pages also read the descriptions (large, build time only).

/**
 * The constraints only a CustomResourceDefinition's openAPIV3Schema carries (the built-in kinds' data
 * has none); see src/lib/validator/schema/crd-schema.ts, which converts a CRD version into this shape.
 */
export interface ValueChecks {
  /** an enum with other values than strings (a string enum is the string shape's `enum`) */
  enum?: unknown[];
  pattern?: string;
  /** a format the apiextensions server validates, normalised (date-time -> datetime) */
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  listType?: 'set' | 'map';
  listMapKeys?: string[];
  /** null is a value here (nullable: true); elsewhere a null property is dropped, a null item refused */
  nullable?: boolean;
  /**
   * A CRD schema's default (the JSON value as written): the API server fills an absent (or null)
   * property in with it when it decodes the object, before any validation, so a required field with
   * a default may be left out and CEL rules see the default.
   */
  default?: unknown;
  /**
   * x-kubernetes-validations: CEL rules on the value (src/lib/validator/cel/), kept as written. An
   * object schema's rules are its ApiType's `rules` instead (the walker visits the type).
   */
  rules?: ValidationRule[];
}

/** One x-kubernetes-validations entry of a CRD schema node. */
export interface ValidationRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  /** where the failure is reported, relative to the node: `.spec.replicas`, `['a.b']` */
  fieldPath?: string;
  /** FieldValueInvalid (the default), FieldValueForbidden, FieldValueRequired or FieldValueDuplicate */
  reason?: string;
}

/** What a value must look like. `ref` points into ApiSchema.types. `v`: a CRD schema's constraints. */
export type ApiShape = (
  | { t: 'string'; format?: 'date-time' | 'byte' | 'quantity' | string; enum?: string[] }
  | { t: 'integer'; format?: 'int32' | 'int64' }
  | { t: 'number' }
  | { t: 'boolean' }
  | { t: 'int-or-string' }
  | { t: 'quantity' }
  | { t: 'date-time' }
  | { t: 'object'; ref: string }
  | { t: 'array'; items: ApiShape }
  | { t: 'map'; values: ApiShape }
  /** free-form JSON: RawExtension, JSONSchemaProps' any-valued fields, etc. */
  | { t: 'any' }) & { v?: ValueChecks };

export interface ApiField {
  shape: ApiShape;
  /** the upstream schema lists this field as required */
  required?: true;
}

export interface ApiType {
  fields: Record<string, ApiField>;
  /** true when the type accepts unknown keys (x-kubernetes-preserve-unknown-fields) */
  open?: true;
  /**
   * A CRD schema's object: a null property that is neither nullable nor defaulted is dropped before
   * validation (PruneNonNullableNullsWithoutDefaults), so a required one is missing.
   */
  crd?: true;
  /** x-kubernetes-validations of a CRD's object schema (the root's included) */
  rules?: ValidationRule[];
}

export interface ApiKind {
  kind: string;
  /** '' for the core group */
  group: string;
  version: string;
  /** 'v1', 'apps/v1', ... */
  apiVersion: string;
  /** key into ApiSchema.types */
  type: string;
}

export interface ApiSchema {
  /** e.g. '1.34' */
  kubernetesVersion: string;
  /** key: the upstream definition name, e.g. 'io.k8s.api.apps.v1.DeploymentSpec' */
  types: Record<string, ApiType>;
  /** every kind the pinned release serves, in every served version */
  kinds: ApiKind[];
  /**
   * an older release's data only: the built-in groups the newest release serves and this one does
   * not (resource.k8s.io before 1.34): their kinds came later, they are not custom resources
   */
  laterGroups?: string[];
}

/** Descriptions, kept apart from the schema so the validator bundle stays small. */
export interface ApiDocs {
  /** type key -> type description */
  types: Record<string, string>;
  /** type key -> field name -> upstream description */
  fields: Record<string, Record<string, string>>;
}
