// Build time only: what a reader of an older release's package yields (read-client-node.ts,
// read-cdk8s.ts), before build-release-data.ts turns it into the ApiSchema shape.

/** A field's type as the source writes it, reduced to what every source can say. */
export type SourceShape =
  | { t: 'string'; format?: string }
  | { t: 'date-time' }
  | { t: 'number'; format?: string }
  | { t: 'boolean' }
  | { t: 'int-or-string' }
  | { t: 'any' }
  | { t: 'ref'; key: string }
  | { t: 'array'; items: SourceShape }
  | { t: 'map'; values: SourceShape };

export interface SourceField {
  shape: SourceShape;
  required: boolean;
}

export interface SourceType {
  /** wire name -> field */
  fields: Map<string, SourceField>;
}

export interface SourceKind {
  apiVersion: string;
  kind: string;
  /** upstream definition key of the kind's type */
  type: string;
}

export interface SourceRelease {
  /** e.g. '1.31', as the package's files say it */
  release: string;
  /** upstream definition key -> type */
  types: Map<string, SourceType>;
  /** every kind the package declares, served or not (alpha, beta, removed) */
  kinds: SourceKind[];
}
