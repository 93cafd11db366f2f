// The bundled projects' CRD data (src/lib/k8s/generated/crds/): what the generator recovers from the
// packages, what the index says, and the scan that picks the projects an input names.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectsNamedIn, type BundledCrdProject } from '../../../src/lib/k8s/bundled-crds.ts';
import { bundledCrdIndex } from '../../../src/lib/k8s/bundled-crd-index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { CRD_PACKAGES } from '../../../src/lib/k8s/generate/crd-packages.ts';
import { installedVersion } from '../../../src/lib/k8s/generate/build-crd-data.ts';
import type { ApiDocs } from '../../../src/lib/k8s/types.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(root, 'src/lib/k8s/generated/crds', name), 'utf8')) as T;
const project = (id: string): BundledCrdProject => read(`${id}.json`);

describe('bundled CRD data', () => {
  it('records the installed version of every package, and Istio the release its generator read', () => {
    for (const pkg of CRD_PACKAGES) expect(installedVersion(root, pkg.package), pkg.package).toBe(pkg.version);
    const istio = JSON.parse(readFileSync(join(root, 'node_modules/@kubernetes-models/istio/package.json'), 'utf8')) as { 'crd-generate': { input: string[] } };
    const release = istio['crd-generate'].input.map((url) => /istio\/([\d.]+)\/.*crd-all/.exec(url)?.[1]).find(Boolean);
    expect(CRD_PACKAGES.find((p) => p.id === 'istio')?.upstream).toBe(`Istio ${release}`);
  });

  it('indexes every project once, with groups that its kinds use and nothing else', () => {
    expect(bundledCrdIndex.projects.map((p) => p.id)).toEqual(CRD_PACKAGES.map((p) => p.id));
    for (const source of bundledCrdIndex.projects) {
      const data = project(source.id);
      expect(data.id).toBe(source.id);
      expect(new Set(data.kinds.map((k) => k.group))).toEqual(new Set(source.groups));
      for (const kind of data.kinds) expect(data.types[kind.type], `${kind.apiVersion} ${kind.kind}`).toBeDefined();
    }
  });

  it('keeps the standard channel of Gateway API only', () => {
    const kinds = project('gateway-api').kinds.map((k) => `${k.apiVersion} ${k.kind}`);
    expect(kinds).toContain('gateway.networking.k8s.io/v1 HTTPRoute');
    expect(kinds.filter((k) => /x-k8s|alpha/.test(k))).toEqual([]);
  });

  it('recovers embedded structs, enums, patterns and bounds from the package, and refers to built-in types', () => {
    const gateway = project('gateway-api').types;
    const spec = gateway['IoK8sSigsGatewayApiApisV1HTTPRouteSpec']!.fields;
    // parentRefs come from the embedded CommonRouteSpec
    expect(spec['parentRefs']?.shape.t).toBe('array');
    // the bounds from the package's validators (the upstream default and CEL rule come from the extract)
    expect(spec['rules']?.shape.v).toMatchObject({ maxItems: 16, minItems: 1 });
    const hostname = spec['hostnames']?.shape;
    expect(hostname?.t === 'array' ? hostname.items.v : undefined).toMatchObject({ maxLength: 253, minLength: 1 });
    const filterType = gateway['IoK8sSigsGatewayApiApisV1HTTPRouteFilter']!.fields['type']!.shape;
    expect(filterType.t === 'string' ? filterType.enum : undefined).toContain('RequestRedirect');
    const rollout = project('argo-rollouts');
    const rolloutSpec = rollout.types[`${rollout.kinds.find((k) => k.kind === 'Rollout')!.type}Spec`];
    expect(rolloutSpec?.fields['template']?.shape).toEqual({ t: 'object', ref: 'io.k8s.api.core.v1.PodTemplateSpec' });
    // the built-in types are referred to, never copied
    for (const { id } of bundledCrdIndex.projects) {
      expect(Object.keys(project(id).types).filter((key) => key in apiSchema.types), id).toEqual([]);
    }
  });

  it('recovers property counts of objects and maps', () => {
    const gateway = project('gateway-api').types;
    const infrastructure = gateway['IoK8sSigsGatewayApiApisV1GatewayInfrastructure']!.fields;
    expect(infrastructure['labels']?.shape.v).toMatchObject({ maxProperties: 8 });
    const secrets = project('external-secrets').types;
    const data = secrets['ComGithubExternalSecretsExternalSecretsApisExternalsecretsV1ExternalSecretData']!.fields;
    expect(data['sourceRef']?.shape.v).toEqual({ maxProperties: 1, minProperties: 1 });
  });

  // The README's list of what is missing: when a package bump brings CRD files, CEL rules, defaults or a
  // keyword the probe does not read, this fails so that the generator learns to read it.
  it('finds in the packages only the validator keywords the generator reads, and no CRD file', () => {
    const probed = new Set(['type', 'required', 'enum', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
      'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'minProperties', 'maxProperties']);
    // Istio's one-of field groups ({oneOf: [{not: {anyOf: [required...]}}, {required: [a]}, ...]}): not read yet
    const unread = new Set(['oneOf', 'anyOf', 'not']);
    // ajv compiled with useDefaults fills a default in by assigning into the data
    const assignsDefault = /\bdata\d*(?:\.\w+|\[[^\]]+\])=(?!=)/;
    expect(assignsDefault.test('void 0===data.port&&(data.port=80)')).toBe(true);
    expect(assignsDefault.test('void 0===data.port&&(errors++)')).toBe(false);
    for (const pkg of CRD_PACKAGES) {
      const dir = join(root, 'node_modules', pkg.package);
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
      expect(files.filter((f) => /\.(ya?ml)$/.test(f)), pkg.package).toEqual([]);
      const keywords = new Set<string>();
      for (const file of files.filter((f) => f.startsWith('_schemas/') && f.endsWith('.js'))) {
        const code = readFileSync(join(dir, file), 'utf8');
        for (const match of code.matchAll(/keyword:"([A-Za-z-]+)"/g)) keywords.add(match[1]!);
        expect(/x-kubernetes|uniqueItems|nullable/.test(code), `${pkg.package}/${file}`).toBe(false);
        expect(assignsDefault.test(code), `${pkg.package}/${file} fills a default in`).toBe(false);
      }
      const unknown = [...keywords].filter((k) => !probed.has(k) && !(pkg.id === 'istio' && unread.has(k)));
      expect(unknown, pkg.package).toEqual([]);
    }
  });

  it('keeps the upstream descriptions apart, for the reference pages', () => {
    const docs = read<ApiDocs>('gateway-api.docs.json');
    expect(docs.types['IoK8sSigsGatewayApiApisV1HTTPRoute']).toMatch(/^HTTPRoute provides a way to route HTTP requests/);
    expect(readFileSync(join(root, 'src/lib/k8s/generated/crds/gateway-api.json'), 'utf8')).not.toContain('provides a way to route');
  });
});

describe('projectsNamedIn', () => {
  it('names only the projects whose groups the text mentions', () => {
    expect(projectsNamedIn('apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n', bundledCrdIndex)).toEqual(['gateway-api']);
    // argoproj.io is both Argo CD's and Argo Rollouts'
    expect(projectsNamedIn('{"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout"}', bundledCrdIndex)).toEqual(['argo-cd', 'argo-rollouts']);
    expect(projectsNamedIn('apiVersion: apps/v1\nkind: Deployment\n', bundledCrdIndex)).toEqual([]);
    // a pasted CRD names its group in spec.group
    expect(projectsNamedIn('spec:\n  group: keda.sh\n', bundledCrdIndex)).toEqual(['keda']);
  });
});
