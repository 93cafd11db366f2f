// Custom resources of the bundled projects (src/lib/k8s/generated/crds/) checked with no CRD in the
// input: a realistic valid resource per project (tests/fixtures/validator/bundled/<project>.yaml) and
// the same resource broken in one place; a pasted CRD wins over the bundled one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, validateAll } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { bundledCrdIndex } from '../../../src/lib/k8s/bundled-crd-index.ts';
import { bundledCrdsFor, loadBundledCrds } from '../../../src/lib/validator/cli/bundled-crds.ts';
import { brief } from './helpers.ts';

const fixture = (id: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/validator/bundled', `${id}.yaml`), 'utf8');
const withBundled = (text: string) => ({ schema: apiSchema, bundledCrds: bundledCrdsFor([text]) });

/** project -> [text in the valid resource, its broken form, the diagnostic expected] */
const broken: Array<[string, string, string, string]> = [
  ['gateway-api', 'weight: 90', 'wieght: 90', 'schema-unknown-field@25:7-25:13'],
  ['cert-manager', 'algorithm: ECDSA', 'algorithm: DSA', 'schema-enum@13:16-13:19'],
  ['prometheus-operator', 'interval: 30s', 'intervall: 30s', 'schema-unknown-field@16:5-16:14'],
  ['argo-cd', 'prune: true', 'prune: "yes"', 'schema-type-mismatch@17:14-17:19'],
  ['argo-rollouts', 'setWeight: 20', 'setWeigth: 20', 'schema-unknown-field@24:9-24:18'],
  ['keda', 'minReplicaCount: 1', 'minReplicaCount: one', 'schema-type-mismatch@9:20-9:23'],
  ['external-secrets', 'creationPolicy: Owner', 'creationPolicy: Owned', 'schema-enum@13:21-13:26'],
  ['flux', 'timeout: 2m', 'timeOut: 2m', 'schema-unknown-field@14:3-14:10'],
  ['istio', 'subset: v2', 'subsets: v2', 'schema-unknown-field@17:9-17:16'],
];

describe('bundled CRDs', () => {
  it('has a fixture for every bundled project', () => {
    expect(broken.map(([id]) => id)).toEqual(bundledCrdIndex.projects.map((p) => p.id));
  });

  it.each(broken)('%s: the realistic resource is valid, without a CRD in the input', (id) => {
    const text = fixture(id);
    expect(bundledCrdsFor([text]).map((p) => p.id)).toContain(id);
    const result = validate(text, withBundled(text));
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId}@${d.line}: ${d.fieldPath}`)).toEqual([]);
    expect(result.documents.map((d) => d.status)).toEqual(['valid']);
  });

  it.each(broken)('%s: one broken field is found at its line', (_id, good, bad, expected) => {
    const text = fixture(_id).replace(good, bad);
    expect(text).not.toBe(fixture(_id));
    const found = validate(text, withBundled(text)).diagnostics.filter((d) => d.severity !== 'info');
    expect(brief(found)).toEqual([expected]);
  });

  it('leaves a resource unchecked without the bundled data; a version the upstream CRD does not serve is an error', () => {
    const text = fixture('gateway-api');
    expect(brief(validate(text, { schema: apiSchema }).diagnostics)).toEqual(['custom-resource-unchecked@2:7-2:16']);
    // the extracted upstream CRD lists every version it serves (crd-extracts/gateway-api.json)
    const alpha = text.replace('gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1alpha2');
    expect(validate(alpha, withBundled(alpha)).diagnostics.map((d) => d.ruleId)).toEqual(['crd-version-not-served']);
  });

  it('checks the property counts the package validators hold (minProperties, maxProperties)', () => {
    // ExternalSecret: a data item's sourceRef names exactly one of storeRef and generatorRef
    const secret = fixture('external-secrets').replace('    remoteRef:\n', '    sourceRef: {}\n    remoteRef:\n');
    const both = secret.replace('sourceRef: {}', 'sourceRef: {storeRef: {name: vault}, generatorRef: {apiVersion: generators.external-secrets.io/v1alpha1, kind: Password, name: pw}}');
    // Gateway: at most 8 infrastructure labels
    const labels = Array.from({ length: 9 }, (_, i) => `l${i}: x`).join(', ');
    const gateway = `apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: public}\nspec:\n  gatewayClassName: shared\n  infrastructure: {labels: {${labels}}}\n  listeners: [{name: http, port: 80, protocol: HTTP}]\n`;
    const found = (text: string) => brief(validate(text, withBundled(text)).diagnostics.filter((d) => d.severity !== 'info'));
    expect(found(secret)).toEqual(['schema-bounds@16:16-16:18']);
    expect(found(both)).toEqual(['schema-bounds@16:16-16:136']);
    expect(found(gateway)).toEqual(['schema-bounds@6:28-6:91']);
    expect(found(gateway.replace(', l8: x', ''))).toEqual([]);
  });

  it('an object the package types as {} is free-form (upstream: x-kubernetes-preserve-unknown-fields), not closed', () => {
    const filter = [
      'apiVersion: networking.istio.io/v1alpha3', 'kind: EnvoyFilter', 'metadata: {name: lua, namespace: istio-system}', 'spec:',
      '  configPatches:', '  - applyTo: HTTP_FILTER', '    patch:', '      operation: INSERT_BEFORE', '      value:',
      '        name: envoy.filters.http.lua',
      '        typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua}', '',
    ].join('\n');
    expect(brief(validate(filter, withBundled(filter)).diagnostics.filter((d) => d.severity !== 'info'))).toEqual([]);
    // the fields around it stay closed
    const misspelt = filter.replace('operation:', 'operaton:');
    expect(brief(validate(misspelt, withBundled(misspelt)).diagnostics).map((b) => b.split('@')[0])).toEqual(['schema-unknown-field']);
  });

  it('loads only the projects the inputs name', () => {
    expect(bundledCrdsFor([fixture('keda'), fixture('istio')]).map((p) => p.id)).toEqual(['keda', 'istio']);
    expect(bundledCrdsFor(['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n'])).toEqual([]);
  });

  it('checks against a pasted CRD instead of the bundled one, and says so', () => {
    const crd = [
      'apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'metadata:',
      '  name: httproutes.gateway.networking.k8s.io', '  annotations:',
      '    api-approved.kubernetes.io: https://github.com/kubernetes-sigs/gateway-api/pull/1538',
      'spec:', '  group: gateway.networking.k8s.io', '  names: {kind: HTTPRoute, plural: httproutes}', '  scope: Namespaced',
      '  versions:', '  - name: v1', '    served: true', '    storage: true', '    schema:', '      openAPIV3Schema:',
      '        type: object', '        properties:', '          spec: {type: object, properties: {hostnames: {type: array, items: {type: string}}}}', '',
    ].join('\n');
    // the pasted schema knows spec.hostnames only: parentRefs is unknown there, not under the bundled schema
    const route = 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web}\nspec:\n  hostnames: [a.example.com]\n  parentRefs: [{name: public}]\n';
    const [ofCrd, ofRoute] = validateAll([crd, route], { schema: apiSchema, bundledCrds: loadBundledCrds(['gateway-api']) });
    expect(ofCrd?.diagnostics.map((d) => `${d.ruleId} ${d.severity}@${d.line}`)).toEqual(['crd-overrides-bundled info@9']);
    expect(ofRoute?.diagnostics.map((d) => `${d.ruleId}@${d.line}: ${d.fieldPath}`)).toEqual(['schema-unknown-field@6: spec.parentRefs']);
    expect(brief(validate(route, { schema: apiSchema, bundledCrds: loadBundledCrds(['gateway-api']) }).diagnostics)).toEqual([]);
  });
});
