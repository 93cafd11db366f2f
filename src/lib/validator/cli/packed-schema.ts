// The API data as the package's bundle carries it (scripts/pack-cli.mjs): the kinds as one JSON text and
// each type as a JSON text of its own, parsed the first time a check asks for it. A small file asks for
// a few types of the 564, so a run no longer parses all of schema.json (some 220 KB) before checking.
import type { ApiSchema, ApiType } from '../../k8s/types.ts';

export interface PackedSchema {
  kubernetesVersion: string;
  /** JSON text of ApiSchema.kinds */
  kinds: string;
  /** type key -> JSON text of the type */
  types: Record<string, string>;
}

/** The packed form of the API data (for the bundle). */
export function packSchema(schema: ApiSchema): PackedSchema {
  return {
    kubernetesVersion: schema.kubernetesVersion,
    kinds: JSON.stringify(schema.kinds),
    types: Object.fromEntries(Object.entries(schema.types).map(([key, type]) => [key, JSON.stringify(type)])),
  };
}

/**
 * The API data back, each type parsed on first read. A type is a getter on `types` until then (also
 * when read through an object whose prototype is `types`, as a CRD's layered types are); every key is
 * there from the start, so `in`, Object.keys and the like see the whole set.
 */
export function unpackSchema(packed: PackedSchema): ApiSchema {
  const types: Record<string, ApiType> = {};
  for (const key of Object.keys(packed.types)) {
    Object.defineProperty(types, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = JSON.parse(packed.types[key] as string) as ApiType;
        Object.defineProperty(types, key, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
    });
  }
  return { kubernetesVersion: packed.kubernetesVersion, kinds: JSON.parse(packed.kinds) as ApiSchema['kinds'], types };
}
