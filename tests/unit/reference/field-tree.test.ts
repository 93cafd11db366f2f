import { describe, expect, it } from 'vitest';
import type { ApiDocs, ApiSchema } from '../../../src/lib/k8s/types.ts';
import { anchorOf, buildKindTree, walkFields, type FieldNode } from '../../../src/lib/reference/field-tree.ts';
import { catalog, kindTree } from '../../../src/lib/reference/load.ts';

// A tiny schema with the shapes that matter: a shared type under two lists, a self-recursive type,
// a map of objects and a map of strings.
const schema: ApiSchema = {
  kubernetesVersion: '1.36',
  kinds: [],
  types: {
    'x.Root': { fields: { metadata: { shape: { t: 'object', ref: 'x.Meta' } }, spec: { shape: { t: 'object', ref: 'x.Spec' }, required: true } } },
    'x.Meta': { fields: { name: { shape: { t: 'string' } }, labels: { shape: { t: 'map', values: { t: 'string' } } } } },
    'x.Spec': {
      fields: {
        containers: { shape: { t: 'array', items: { t: 'object', ref: 'x.Container' } }, required: true },
        initContainers: { shape: { t: 'array', items: { t: 'object', ref: 'x.Container' } } },
        schema: { shape: { t: 'object', ref: 'x.Props' } },
        template: { shape: { t: 'object', ref: 'x.Template' } },
      },
    },
    'x.Container': {
      fields: {
        image: { shape: { t: 'string' }, required: true },
        pullPolicy: { shape: { t: 'string', enum: ['Always', 'IfNotPresent', 'Never'] } },
        port: { shape: { t: 'int-or-string' } },
      },
    },
    'x.Props': {
      fields: {
        type: { shape: { t: 'string' } },
        properties: { shape: { t: 'map', values: { t: 'object', ref: 'x.Props' } } },
        items: { shape: { t: 'object', ref: 'x.Props' } },
      },
    },
    'x.Template': { fields: { metadata: { shape: { t: 'object', ref: 'x.Meta' } } } },
  },
};
const docs: ApiDocs = {
  types: { 'x.Root': 'A root.' },
  fields: { 'x.Container': { pullPolicy: 'Image pull policy. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.' } },
};

const byAnchor = (fields: readonly FieldNode[]) => new Map([...walkFields(fields)].map((node) => [node.anchor, node]));

describe('buildKindTree on an inline schema', () => {
  const tree = buildKindTree('x.Root', schema, docs);
  const nodes = byAnchor(tree.fields);

  it('writes list and map steps in the path and drops them from the anchor', () => {
    expect(nodes.get('spec.containers.image')?.path).toBe('spec.containers[].image');
    expect(nodes.get('spec.schema.type')?.path).toBe('spec.schema.type');
    expect(anchorOf('spec.schema.properties{}.type')).toBe('spec.schema.properties.type');
  });

  it('expands a shared type once and links its later occurrences to the first', () => {
    expect(nodes.get('spec.initContainers')?.sameAs).toBe('spec.containers');
    expect(nodes.get('spec.initContainers')?.children).toBeUndefined();
    expect(nodes.has('spec.initContainers.image')).toBe(false);
    expect(nodes.get('spec.template.metadata')?.sameAs).toBe('metadata');
  });

  it('terminates on a recursive type, linking back to the ancestor', () => {
    expect(nodes.get('spec.schema.properties')?.sameAs).toBe('spec.schema');
    expect(nodes.get('spec.schema.items')?.sameAs).toBe('spec.schema');
    expect(tree.fieldCount).toBe(nodes.size);
  });

  it('carries type, required, enum and the stated default', () => {
    const policy = nodes.get('spec.containers.pullPolicy');
    expect(policy).toMatchObject({ type: 'string', required: false, enum: ['Always', 'IfNotPresent', 'Never'] });
    expect(policy?.default).toBe('Always if :latest tag is specified, or IfNotPresent otherwise');
    expect(nodes.get('spec.containers')).toMatchObject({ type: '[]Container', required: true });
    expect(nodes.get('spec.containers.port')?.type).toBe('int-or-string');
    expect(nodes.get('metadata.labels')?.type).toBe('map[string]string');
    expect(nodes.get('spec')?.type).toBe('object Spec');
    expect(tree.description).toBe('A root.');
  });
});

describe('field trees of the real 1.36 kinds', () => {
  it('builds every catalog kind with unique anchors', () => {
    for (const kind of catalog) {
      const tree = kindTree(kind);
      const anchors = [...walkFields(tree.fields)].map((node) => node.anchor);
      expect(new Set(anchors).size, kind.slug).toBe(anchors.length);
      expect(anchors, kind.slug).toContain('metadata');
    }
  });

  it('documents Deployment the way kubectl explain does', () => {
    const deployment = catalog.find((kind) => kind.slug === 'deployment');
    if (!deployment) throw new Error('no deployment in the catalog');
    const nodes = byAnchor(kindTree(deployment).fields);
    expect(nodes.get('spec.replicas')).toMatchObject({ type: 'integer int32', required: false, default: '1' });
    expect(nodes.get('spec.selector')).toMatchObject({ type: 'object LabelSelector', required: true });
    expect(nodes.get('spec.template.spec.containers.image')?.path).toBe('spec.template.spec.containers[].image');
    expect(nodes.get('spec.template.spec.containers.name')?.required).toBe(true);
    expect(nodes.get('spec.template.spec.containers.imagePullPolicy')?.enum).toEqual(['Always', 'IfNotPresent', 'Never']);
    expect(nodes.get('spec.template.spec.containers.resources.limits')?.type).toBe('map[string]quantity');
    expect(nodes.get('spec.strategy.rollingUpdate.maxSurge')).toMatchObject({ type: 'int-or-string', default: '25%' });
    expect(nodes.get('metadata.creationTimestamp')?.type).toBe('date-time');
    expect(nodes.get('spec.template.spec.initContainers')?.sameAs).toBe('spec.template.spec.containers');
    expect(nodes.get('spec.template.metadata')?.sameAs).toBe('metadata');
    expect(nodes.get('spec.template.spec.containers.image')?.description).toMatch(/Container image name/);
  });

  it('expands JSONSchemaProps once on the CustomResourceDefinition page', () => {
    const crd = catalog.find((kind) => kind.slug === 'customresourcedefinition');
    if (!crd) throw new Error('no customresourcedefinition in the catalog');
    const nodes = [...walkFields(kindTree(crd).fields)];
    const expanded = nodes.filter((node) => node.ref?.endsWith('.JSONSchemaProps') && node.children);
    expect(expanded.map((node) => node.anchor)).toEqual(['spec.versions.schema.openAPIV3Schema']);
    const properties = nodes.find((node) => node.anchor === 'spec.versions.schema.openAPIV3Schema.properties');
    expect(properties).toMatchObject({ type: 'map[string]JSONSchemaProps', sameAs: 'spec.versions.schema.openAPIV3Schema' });
  });
});
