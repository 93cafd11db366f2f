// Dogfooding: every kind page shows its example manifest as valid, so the project's own validator
// must accept each one against the pinned API data with no error.
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { catalog } from '../../../src/lib/catalog/load.ts';
import { validate } from '../../../src/lib/validator/index.ts';

describe.each(catalog.map((kind) => [kind.slug, kind] as const))('example of %s', (_slug, kind) => {
  const result = validate(kind.example, { schema: apiSchema });

  it('is one document of the kind and preferred version', () => {
    expect(result.documents).toHaveLength(1);
    expect(kind.example).toMatch(new RegExp(`^apiVersion: ${kind.apiVersion.replace(/\./g, '\\.')}\\s*$`, 'm'));
    expect(kind.example).toMatch(new RegExp(`^kind: ${kind.kind}\\s*$`, 'm'));
  });

  it('has zero errors', () => {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.fieldPath}`)).toEqual([]);
  });
});
