// The command line checks the custom resources of the bundled projects (src/lib/k8s/generated/crds/)
// as the page's worker does: only the projects the run's inputs (or --crd files) name are loaded, and
// the results are the page's (validate with the same projects).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { runCli } from '../../../src/lib/validator/cli.ts';
import { bundledCrdsFor } from '../../../src/lib/validator/cli/bundled-crds.ts';
import { validate } from '../../../src/lib/validator/index.ts';
import { loadProjectsFor } from '../../../src/scripts/validator/bundled-crds.ts';
import { fakeFs } from './fake-io.ts';

const fixture = (id: string) => readFileSync(new URL(`../../fixtures/validator/bundled/${id}.yaml`, import.meta.url), 'utf8');
// an HTTPRoute whose backendRefs is misspelt (line 22 of the fixture)
const route = fixture('gateway-api').replace('    backendRefs:', '    backendRef:');
const routeLine = route.split('\n').findIndex((line) => line === '    backendRef:') + 1;
const certificate = fixture('cert-manager');

type Files = { file: string; diagnostics: { rule: string; line: number; column: number; message: string }[] }[];

describe('bundled CRDs on the command line', () => {
  test('loads only the projects the texts name, each once, in the index order', () => {
    expect(bundledCrdsFor(['apiVersion: v1\nkind: ConfigMap\n'])).toEqual([]);
    expect(bundledCrdsFor([route]).map((p) => p.id)).toEqual(['gateway-api']);
    expect(bundledCrdsFor([certificate, route, route]).map((p) => p.id)).toEqual(['gateway-api', 'cert-manager']);
  });

  test('a bundled kind\'s misspelt field is an error at its line, as on the page', async () => {
    expect(routeLine).toBeGreaterThan(1);
    const fs = fakeFs({ 'route.yaml': route });
    expect(runCli(['check', 'route.yaml', '--format', 'json'], fs.io)).toBe(1);
    const [file] = JSON.parse(fs.stdout()).files as Files;
    expect(file?.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['schema-unknown-field', routeLine, 5]]);
    // the page: its worker's loader, then validate with the page's defaults
    const page = validate(route, { schema: apiSchema, bestPractices: true, bundledCrds: await loadProjectsFor(route) });
    expect(file?.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual(page.diagnostics.map((d) => [d.ruleId, d.line, d.column]));
  });

  test('a project named in one file checks its resources in every file; clean resources stay clean', () => {
    const fs = fakeFs({ 'a/route.yaml': route, 'b/certificate.yaml': certificate });
    expect(runCli(['check', 'a', 'b', '--format', 'json'], fs.io)).toBe(1);
    const files = JSON.parse(fs.stdout()).files as Files;
    expect(files.map((f) => [f.file, f.diagnostics.map((d) => d.rule)])).toEqual([['a/route.yaml', ['schema-unknown-field']], ['b/certificate.yaml', []]]);
  });

  test('a pasted CRD for the kind wins over the bundled one, with the info saying so', () => {
    const crd = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: httproutes.gateway.networking.k8s.io\n  annotations: {api-approved.kubernetes.io: "https://github.com/kubernetes-sigs/gateway-api/pull/3328"}\nspec:\n  group: gateway.networking.k8s.io\n  scope: Namespaced\n  names: {kind: HTTPRoute, plural: httproutes, singular: httproute, listKind: HTTPRouteList}\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n        type: object\n        x-kubernetes-preserve-unknown-fields: true\n';
    const fs = fakeFs({ 'crd.yaml': crd, 'route.yaml': route });
    expect(runCli(['check', 'crd.yaml', 'route.yaml', '--format', 'json'], fs.io)).toBe(0);
    const files = JSON.parse(fs.stdout()).files as Files;
    expect(files[0]?.diagnostics.map((d) => d.rule)).toContain('crd-overrides-bundled');
    expect(files[1]?.diagnostics).toEqual([]);
  });
});
