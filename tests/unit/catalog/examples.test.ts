// Dogfooding: every kind page shows its example manifest as valid, so the project's own validator
// must accept each one against the pinned API data with no error.
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { catalog } from '../../../src/lib/catalog/load.ts';
import { validate } from '../../../src/lib/validator/index.ts';

/**
 * Errors the validator reports on examples the API server accepts: validator false positives,
 * reported to the validator's owner. Each entry must still fire (the test below fails once the
 * validator is fixed, so the entry gets removed rather than hiding a real error later).
 * - The *Review kinds are create-only and never stored, so they need no metadata.name; the
 *   kubernetes.io examples (`kubectl create -f` of a SelfSubjectAccessReview) have no metadata.
 * - A StatefulSet container may mount a volumeClaimTemplates entry by name; the rule only looks
 *   at spec.template.spec.volumes.
 */
const KNOWN_FALSE_POSITIVES: Record<string, string[]> = {
  localsubjectaccessreview: ['metadata-name-format'],
  selfsubjectaccessreview: ['metadata-name-format'],
  selfsubjectreview: ['metadata-name-format'],
  selfsubjectrulesreview: ['metadata-name-format'],
  subjectaccessreview: ['metadata-name-format'],
  tokenreview: ['metadata-name-format'],
  statefulset: ['volume-mount-unknown-volume'],
};

describe.each(catalog.map((kind) => [kind.slug, kind] as const))('example of %s', (_slug, kind) => {
  const result = validate(kind.example, { schema: apiSchema });

  it('is one document of the kind and preferred version', () => {
    expect(result.documents).toHaveLength(1);
    expect(kind.example).toMatch(new RegExp(`^apiVersion: ${kind.apiVersion.replace(/\./g, '\\.')}\\s*$`, 'm'));
    expect(kind.example).toMatch(new RegExp(`^kind: ${kind.kind}\\s*$`, 'm'));
  });

  it('has zero errors (apart from the known validator false positives above)', () => {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const known = KNOWN_FALSE_POSITIVES[kind.slug] ?? [];
    const unexpected = errors.filter((d) => !known.includes(d.ruleId));
    expect(unexpected.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.fieldPath}`)).toEqual([]);
    expect([...new Set(errors.map((d) => d.ruleId))].sort()).toEqual([...known].sort());
  });
});
