// The upstream CRD extract (src/lib/k8s/generate/extract-crd.ts) and its merge onto package-derived types
// (merge-crd-extract.ts), on tiny inline CRDs and types.
import { describe, expect, it } from 'vitest';
import { extractCrd } from '../../../src/lib/k8s/generate/extract-crd.ts';
import { displayPath, mergeCrdExtract } from '../../../src/lib/k8s/generate/merge-crd-extract.ts';
import { serializeExtract } from '../../../src/lib/k8s/generate/crd-extracts.ts';
import type { BundledCrdProject } from '../../../src/lib/k8s/bundled-crds.ts';
import type { ApiDocs } from '../../../src/lib/k8s/types.ts';

const rule = (text: string, message?: string) => ({ rule: text, ...(message ? { message } : {}) });

const crd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  spec: {
    group: 'example.com', scope: 'Cluster',
    names: { kind: 'Widget', plural: 'widgets', singular: 'widget', shortNames: ['wd'] },
    versions: [
      {
        name: 'v1', served: true, storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                'x-kubernetes-validations': [{ rule: 'has(self.a) || has(self.b)', message: 'a or b', optionalOldSelf: true, unknown: 1 }],
                properties: {
                  a: { $ref: 'ignored', type: 'object', properties: { port: { type: 'integer', default: 80 } } },
                  b: { type: 'object', properties: { port: { type: 'integer', 'x-kubernetes-validations': [rule('self > 1024', 'high port')] } } },
                  items: { type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['name'], items: { type: 'object', properties: { name: { type: 'string' } } } },
                  tags: { type: 'array', 'x-kubernetes-list-type': 'atomic', items: { type: 'string' } },
                  labels: { type: 'object', additionalProperties: { type: 'string', 'x-kubernetes-validations': [rule('self != ""')] } },
                  template: { type: 'object', properties: { spec: { type: 'object', nullable: true } } },
                },
              },
            },
          },
        },
      },
      { name: 'v1beta1', served: false, storage: false, deprecated: true, deprecationWarning: 'use v1', schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-validations': [rule('true')] } } },
    ],
  },
};

describe('extractCrd', () => {
  it('keeps names, scope, versions and the nodes with facts, by schema path', () => {
    const extract = extractCrd(crd, 3);
    expect(extract).toMatchObject({ group: 'example.com', kind: 'Widget', plural: 'widgets', singular: 'widget', shortNames: ['wd'], scope: 'Cluster', source: 3 });
    expect(extract?.versions.map((v) => [v.name, v.served, v.storage, v.deprecated, v.deprecationWarning, v.nodes?.length])).toEqual([
      ['v1', true, true, undefined, undefined, 6], ['v1beta1', false, false, true, 'use v1', undefined],
    ]);
    expect(extract?.versions[0]?.nodes?.map((n) => displayPath(n.path))).toEqual([
      'spec', 'spec.a.port', 'spec.b.port', 'spec.items', 'spec.labels{}', 'spec.template.spec',
    ]);
    expect(extract?.versions[0]?.nodes?.[0]?.rules).toEqual([{ rule: 'has(self.a) || has(self.b)', message: 'a or b', optionalOldSelf: true }]);
    expect(extract?.versions[0]?.nodes?.[3]).toEqual({ path: ['spec', 'items'], listType: 'map', mapKeys: ['name'] });
    expect(extractCrd({ kind: 'ConfigMap' }, 0)).toBeUndefined();
  });

  it('serializes one node a line, as JSON that reads back the same', () => {
    const extract = { project: 'widgets', upstream: 'Widgets v1', sources: [], crds: [extractCrd(crd, 0)!] };
    const text = serializeExtract(extract);
    expect(JSON.parse(text)).toEqual(extract);
    expect(text.split('\n').map((line) => line.trim())).toContain('{"path":["spec","a","port"],"default":80},');
  });
});

describe('mergeCrdExtract', () => {
  // one Go type (Endpoint) for spec.a and spec.b, whose port gets a default in one place and a rule in the other
  const project = (): BundledCrdProject => ({
    id: 'widgets', name: 'Widgets', upstream: 'Widgets v1',
    kinds: [{ kind: 'Widget', group: 'example.com', version: 'v1', apiVersion: 'example.com/v1', type: 'Widget' }],
    types: {
      Widget: { crd: true, fields: { spec: { shape: { t: 'object', ref: 'WidgetSpec' } } } },
      WidgetSpec: {
        crd: true,
        fields: {
          a: { shape: { t: 'object', ref: 'Endpoint' } },
          b: { shape: { t: 'object', ref: 'Endpoint' } },
          items: { shape: { t: 'array', items: { t: 'object', ref: 'Item' } } },
          labels: { shape: { t: 'map', values: { t: 'string' } } },
          template: { shape: { t: 'object', ref: 'io.k8s.api.core.v1.PodTemplateSpec' } },
        },
      },
      Endpoint: { crd: true, fields: { port: { shape: { t: 'integer' } } } },
      Item: { crd: true, fields: { name: { shape: { t: 'string' } } } },
    },
  });
  const extract = { project: 'widgets', upstream: 'Widgets v1', sources: [], crds: [extractCrd(crd, 0)!] };

  it('puts each fact where upstream has it, copying a type that gets other facts in another place', () => {
    const data = project();
    const docs: ApiDocs = { types: { Endpoint: 'An endpoint.' }, fields: { Endpoint: { port: 'The port.' } } };
    const report = mergeCrdExtract(data, docs, extract);
    const spec = data.types['WidgetSpec']!;
    expect(data.types['WidgetSpec']?.rules).toEqual([{ rule: 'has(self.a) || has(self.b)', message: 'a or b' }]);
    const a = spec.fields['a']!.shape;
    const b = spec.fields['b']!.shape;
    expect(a.t === 'object' && b.t === 'object' ? [a.ref, b.ref] : []).toEqual(['Endpoint', 'Endpoint~1']);
    expect(data.types['Endpoint']?.fields['port']?.shape).toEqual({ t: 'integer', v: { default: 80 } });
    expect(data.types['Endpoint~1']?.fields['port']?.shape).toEqual({ t: 'integer', v: { rules: [{ rule: 'self > 1024', message: 'high port' }] } });
    expect(docs.fields['Endpoint~1']).toEqual({ port: 'The port.' });
    expect(spec.fields['items']?.shape.v).toEqual({ listType: 'map', listMapKeys: ['name'] });
    expect(spec.fields['labels']?.shape).toEqual({ t: 'map', values: { t: 'string', v: { rules: [{ rule: 'self != ""' }] } } });
    // a built-in type is the release's, shared by every kind: its facts stay out, and are reported
    expect(report).toEqual({ copies: 1, unplaced: [{ group: 'example.com', kind: 'Widget', version: 'v1', path: ['spec', 'template', 'spec'], rules: 0 }] });
  });

  it('reuses a type reached again with the same facts, and leaves types without facts as they were', () => {
    const data = project();
    const same = structuredClone(extract);
    const nodes = same.crds[0]!.versions[0]!.nodes!.filter((n) => n.path[1] !== 'a' && n.path[1] !== 'b');
    same.crds[0]!.versions[0]!.nodes = nodes;
    expect(mergeCrdExtract(data, { types: {}, fields: {} }, same).copies).toBe(0);
    expect(data.types['Endpoint']).toEqual(project().types['Endpoint']);
  });
});
