// The bundled-CRD kind files (content/crd-kinds/<project>/*.yaml): each matches a kind of the bundled
// data, each example passes our validator with the project's bundled data and no error or warning, and
// every bundled group+kind has its file.
import { describe, expect, it } from 'vitest';
import { buildCrdCatalog, crdDisplayName, groupByProject, parseCrdKindFile } from '../../../src/lib/catalog/crd-catalog.ts';
import { bundledProjects, crdCatalog, findCrdCatalogKind } from '../../../src/lib/catalog/crd-load.ts';
import { builtInTypeField, crdKindTree } from '../../../src/lib/catalog/crd-reference.ts';
import { walkFields } from '../../../src/lib/reference/field-tree.ts';
import { catalog } from '../../../src/lib/catalog/load.ts';
import { bundledCrdIndex } from '../../../src/lib/k8s/bundled-crd-index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { validate } from '../../../src/lib/validator/index.ts';

const minimal = `kind: HTTPRoute
group: gateway.networking.k8s.io
preferredVersion: v1
plural: httproutes
shortNames: []
namespaced: true
ko: { summary: 요약 }
en: { summary: Summary. }
example: |
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
`;
const path = 'content/crd-kinds/gateway-api/httproute.gateway.networking.k8s.io.yaml';

describe.each(crdCatalog.map((kind) => [kind.slug, kind] as const))('bundled kind %s', (_slug, kind) => {
  const result = validate(kind.example, { schema: apiSchema, bundledCrds: bundledProjects.filter((p) => p.id === kind.project.id) });

  it('has an example of one document of the kind and preferred version', () => {
    expect(result.documents).toHaveLength(1);
    expect(kind.example).toMatch(new RegExp(`^apiVersion: ${kind.apiVersion.replace(/\./g, '\\.')}\\s*$`, 'm'));
    expect(kind.example).toMatch(new RegExp(`^kind: ${kind.kind}\\s*$`, 'm'));
  });

  it('has an example with no error and no warning', () => {
    const found = result.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.fieldPath} ${d.messageId}`)).toEqual([]);
  });

  it('sets no namespace in the example of a cluster-scoped kind', () => {
    if (!kind.namespaced) expect(kind.example).not.toMatch(/^ {2}namespace: /m);
  });
});

describe('bundled-CRD catalog', () => {
  it('has a file for every bundled group+kind of every project', () => {
    const expected = [...new Set(bundledProjects.flatMap((p) => p.kinds.map((k) => `${p.id} ${k.group}/${k.kind}`)))].sort();
    expect(crdCatalog.map((k) => `${k.project.id} ${k.group}/${k.kind}`).sort()).toEqual(expected);
    expect(bundledProjects.map((p) => p.id)).toEqual(bundledCrdIndex.projects.map((p) => p.id));
  });

  it('gives no bundled kind the slug of a built-in kind', () => {
    const builtIn = new Set(catalog.map((k) => k.slug));
    expect(crdCatalog.filter((k) => builtIn.has(k.slug))).toEqual([]);
  });

  it('takes the project, its release and the other bundled versions from the data', () => {
    const gateway = crdCatalog.find((k) => k.slug === 'gateway.gateway.networking.k8s.io');
    if (gateway) {
      expect(gateway.project).toMatchObject({ id: 'gateway-api', name: 'Gateway API', upstream: 'Gateway API v1.5.1', package: '@kubernetes-models/gateway-api' });
      expect(gateway.otherServed).toEqual(['gateway.networking.k8s.io/v1beta1']);
    }
    expect(groupByProject(crdCatalog).map((g) => g.project.id)).toEqual(
      bundledCrdIndex.projects.map((p) => p.id).filter((id) => crdCatalog.some((k) => k.project.id === id)),
    );
  });

  it('rejects a malformed file, a misnamed one, a foreign group and an unbundled version', () => {
    expect(() => parseCrdKindFile(path, minimal.replace('plural: httproutes\n', ''))).toThrow(/httproute[\s\S]*plural/);
    expect(() => parseCrdKindFile(path, minimal.replace('en: {', 'category: other\nen: {'))).toThrow(/category/);
    expect(buildCrdCatalog({ [path]: minimal }, bundledCrdIndex, bundledProjects)[0]?.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(() => buildCrdCatalog({ 'content/crd-kinds/gateway-api/route.yaml': minimal }, bundledCrdIndex, bundledProjects)).toThrow(/named httproute\.gateway\.networking\.k8s\.io\.yaml/);
    expect(() => buildCrdCatalog({ [path.replace('gateway-api', 'keda')]: minimal }, bundledCrdIndex, bundledProjects)).toThrow(/KEDA has no group/);
    expect(() => buildCrdCatalog({ 'content/crd-kinds/nope/httproute.gateway.networking.k8s.io.yaml': minimal }, bundledCrdIndex, bundledProjects)).toThrow(/no bundled project nope/);
    expect(() => buildCrdCatalog({ [path]: minimal.replace('preferredVersion: v1', 'preferredVersion: v1alpha2') }, bundledCrdIndex, bundledProjects)).toThrow(/no gateway\.networking\.k8s\.io\/v1alpha2 HTTPRoute/);
  });

  it('names a bundled kind with its group only when another kind has the same name', () => {
    const [route] = buildCrdCatalog({ [path]: minimal }, bundledCrdIndex, bundledProjects);
    if (!route) throw new Error('no HTTPRoute');
    expect(crdDisplayName(route, [route], catalog)).toBe('HTTPRoute');
    expect(crdDisplayName(route, [route, { ...route, group: 'example.com' }], catalog)).toBe('HTTPRoute (gateway.networking.k8s.io)');
    expect(crdDisplayName({ ...route, kind: 'Event' }, [route], catalog)).toBe('Event (gateway.networking.k8s.io)');
  });

  it("builds a bundled kind's field tree on the release's types, with the upstream descriptions", () => {
    const rollout = findCrdCatalogKind('rollout.argoproj.io');
    if (!rollout) throw new Error('no Rollout');
    const nodes = [...walkFields(crdKindTree(rollout).fields)];
    const at = (anchor: string) => nodes.find((node) => node.anchor === anchor);
    expect(at('spec.strategy.canary.steps')?.description).toMatch(/^Steps define the order of phases/);
    expect(at('spec.template.spec.containers.image')?.type).toBe('string');
    expect(at('metadata.labels')).toBeDefined();
    // search leaves the built-in types' fields to the built-in kinds
    expect(builtInTypeField(at('spec.template') ?? {})).toBe(true);
    expect(builtInTypeField(at('spec.strategy') ?? {})).toBe(false);
  });
});
