// Spot checks that the generated schema says what upstream Kubernetes says.
import { describe, expect, it } from 'vitest';
import { apiSchema, fieldAt, findKind, kindsByName, objectRef } from '../../../src/lib/k8s/api-schema.ts';
import type { ApiShape } from '../../../src/lib/k8s/types.ts';

const kindType = (apiVersion: string, kind: string) => {
  const found = findKind(apiVersion, kind);
  if (!found) throw new Error(`${apiVersion} ${kind} is not served`);
  return found.type;
};
const shapeAt = (apiVersion: string, kind: string, path: string): ApiShape | undefined =>
  fieldAt(kindType(apiVersion, kind), path)?.shape;

describe('kinds', () => {
  it('records the pinned release', () => {
    expect(apiSchema.kubernetesVersion).toBe('1.36');
  });

  it('gives every kind a type that exists', () => {
    for (const kind of apiSchema.kinds) expect(apiSchema.types[kind.type], kind.apiVersion + ' ' + kind.kind).toBeDefined();
  });

  it('serves the current versions', () => {
    for (const [apiVersion, kind] of [
      ['apps/v1', 'Deployment'],
      ['autoscaling/v2', 'HorizontalPodAutoscaler'],
      ['networking.k8s.io/v1', 'Ingress'],
      ['batch/v1', 'CronJob'],
      ['resource.k8s.io/v1', 'ResourceClaim'],
      ['resource.k8s.io/v1', 'DeviceClass'],
      ['resource.k8s.io/v1', 'ResourceSlice'],
      ['resource.k8s.io/v1', 'ResourceClaimTemplate'],
      ['v1', 'Pod'],
    ] as const) {
      expect(findKind(apiVersion, kind), `${apiVersion} ${kind}`).toBeDefined();
    }
  });

  it('leaves out versions the release no longer serves', () => {
    expect(findKind('extensions/v1beta1', 'Deployment')).toBeUndefined();
    expect(findKind('extensions/v1beta1', 'Ingress')).toBeUndefined();
    expect(findKind('batch/v1beta1', 'CronJob')).toBeUndefined();
    expect(findKind('policy/v1beta1', 'PodSecurityPolicy')).toBeUndefined();
    expect(findKind('autoscaling/v2beta2', 'HorizontalPodAutoscaler')).toBeUndefined();
    expect(apiSchema.kinds.filter((k) => /alpha|beta/.test(k.version))).toEqual([]);
  });

  it('lists both served versions of a kind', () => {
    expect(kindsByName().get('HorizontalPodAutoscaler')?.map((k) => k.apiVersion).sort()).toEqual(['autoscaling/v1', 'autoscaling/v2']);
  });

  it('carries the markers that date the data to v1.36', () => {
    // PodSpec.schedulingGroup arrived with the v1.36 workload-aware scheduling APIs;
    // ClusterTrustBundle and PodCertificateRequest reached certificates.k8s.io/v1 in v1.37.
    expect(shapeAt('v1', 'Pod', 'spec.schedulingGroup')).toBeDefined();
    expect(findKind('certificates.k8s.io/v1', 'ClusterTrustBundle')).toBeUndefined();
    expect(findKind('certificates.k8s.io/v1', 'PodCertificateRequest')).toBeUndefined();
  });
});

describe('fields', () => {
  it('marks Deployment spec.selector and spec.template required', () => {
    const spec = objectRef(fieldAt(kindType('apps/v1', 'Deployment'), 'spec')!.shape)!;
    expect(apiSchema.types[spec]?.fields['selector']?.required).toBe(true);
    expect(apiSchema.types[spec]?.fields['template']?.required).toBe(true);
    expect(apiSchema.types[spec]?.fields['replicas']?.required).toBeUndefined();
  });

  it('requires Container.name and knows imagePullPolicy values', () => {
    const container = apiSchema.types['io.k8s.api.core.v1.Container']!;
    expect(container.fields['name']?.required).toBe(true);
    expect(container.fields['imagePullPolicy']?.shape).toEqual({ t: 'string', enum: ['Always', 'IfNotPresent', 'Never'] });
  });

  it('types container ports as int32 and Service targetPort as int-or-string', () => {
    expect(shapeAt('v1', 'Pod', 'spec.containers.ports.containerPort')).toEqual({ t: 'integer', format: 'int32' });
    expect(shapeAt('v1', 'Service', 'spec.ports.targetPort')).toEqual({ t: 'int-or-string' });
  });

  it('finds int64, quantity, date-time and byte values', () => {
    expect(shapeAt('v1', 'Pod', 'spec.activeDeadlineSeconds')).toEqual({ t: 'integer', format: 'int64' });
    expect(shapeAt('v1', 'Pod', 'spec.containers.resources.limits')).toEqual({ t: 'map', values: { t: 'quantity' } });
    expect(shapeAt('v1', 'Pod', 'metadata.creationTimestamp')).toEqual({ t: 'date-time' });
    expect(shapeAt('v1', 'Secret', 'data')).toEqual({ t: 'map', values: { t: 'string', format: 'byte' } });
    expect(shapeAt('v1', 'ConfigMap', 'data')).toEqual({ t: 'map', values: { t: 'string' } });
  });

  it('knows Ingress pathType values', () => {
    expect(shapeAt('networking.k8s.io/v1', 'Ingress', 'spec.rules.http.paths.pathType')).toEqual({
      t: 'string',
      enum: ['Exact', 'ImplementationSpecific', 'Prefix'],
    });
  });

  it('treats embedded objects and CRD schemas as free-form', () => {
    expect(apiSchema.types['io.k8s.apimachinery.pkg.runtime.RawExtension']).toEqual({ fields: {}, open: true });
    const crd = kindType('apiextensions.k8s.io/v1', 'CustomResourceDefinition');
    expect(fieldAt(crd, 'spec.versions.schema.openAPIV3Schema.additionalProperties')?.shape).toEqual({ t: 'any' });
  });

  it('does not require apiVersion and kind inside the schema (the same types are embedded)', () => {
    const pod = apiSchema.types[kindType('v1', 'Pod')]!;
    expect(pod.fields['apiVersion']).toEqual({ shape: { t: 'string', enum: ['v1'] } });
    expect(pod.fields['kind']).toEqual({ shape: { t: 'string', enum: ['Pod'] } });
  });

  it('returns undefined for paths that do not exist', () => {
    expect(fieldAt(kindType('apps/v1', 'Deployment'), 'spec.replica')).toBeUndefined();
    expect(fieldAt('no.such.Type', 'spec')).toBeUndefined();
  });

  it('reaches every referenced type', () => {
    for (const [key, type] of Object.entries(apiSchema.types)) {
      for (const [name, field] of Object.entries(type.fields)) {
        const ref = objectRef(field.shape);
        if (ref !== undefined) expect(apiSchema.types[ref], `${key}.${name} -> ${ref}`).toBeDefined();
      }
    }
  });
});
