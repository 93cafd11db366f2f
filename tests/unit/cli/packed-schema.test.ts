// The API data as the package's bundle carries it: each type parsed when first read, the same data.
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import type { ApiSchema } from '../../../src/lib/k8s/types.ts';
import { packSchema, unpackSchema } from '../../../src/lib/validator/cli/packed-schema.ts';
import { validate } from '../../../src/lib/validator/index.ts';

const parsedTypes = (schema: ApiSchema) => Object.keys(schema.types).filter((key) => 'value' in (Object.getOwnPropertyDescriptor(schema.types, key) ?? {}));

describe('packed API data', () => {
  test('unpacks to the same data, every key present from the start', () => {
    const unpacked = unpackSchema(packSchema(apiSchema));
    expect(Object.keys(unpacked.types)).toEqual(Object.keys(apiSchema.types));
    expect(parsedTypes(unpacked)).toEqual([]);
    expect(JSON.parse(JSON.stringify(unpacked))).toEqual(JSON.parse(JSON.stringify(apiSchema)));
  });

  test('a check parses only the types it reads, and gives the same result', () => {
    const unpacked = unpackSchema(packSchema(apiSchema));
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  labelz: {}\ndata:\n  port: 8080\n';
    expect(validate(text, { schema: unpacked })).toEqual(validate(text, { schema: apiSchema }));
    const parsed = parsedTypes(unpacked);
    expect(parsed).toContain('io.k8s.api.core.v1.ConfigMap');
    expect(parsed.length).toBeLessThan(10);
  });

  test('read through an object layered on top (a CRD\'s types), a type is parsed once, on the base', () => {
    const unpacked = unpackSchema(packSchema(apiSchema));
    const layered = Object.create(unpacked.types) as ApiSchema['types'];
    const key = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
    expect(layered[key]).toBe(unpacked.types[key]);
    expect(layered[key]).toEqual(apiSchema.types[key]);
    expect(Object.hasOwn(layered, key)).toBe(false);
  });
});
