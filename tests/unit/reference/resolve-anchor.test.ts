import { describe, expect, it } from 'vitest';
import { resolveAnchor, type AnchorLookup } from '../../../src/lib/reference/resolve-anchor.ts';

const anchors = new Set(['spec', 'spec.containers', 'spec.containers.image', 'spec.initContainers', 'spec.schema', 'spec.schema.type', 'spec.schema.properties', 'metadata', 'metadata.name', 'spec.template', 'spec.template.metadata']);
const sameAs: Record<string, string> = {
  'spec.initContainers': 'spec.containers',
  'spec.schema.properties': 'spec.schema',
  'spec.template.metadata': 'metadata',
};
const maps = new Set(['spec.schema.properties', 'spec.overhead']);
anchors.add('spec.overhead');
const lookup: AnchorLookup = { exists: (a) => anchors.has(a), sameAs: (a) => sameAs[a], isMap: (a) => maps.has(a) };

describe('resolveAnchor', () => {
  it.each([
    ['spec.containers.image', 'spec.containers.image'],
    ['spec.containers[].image', 'spec.containers.image'],
    ['spec.containers[0].image', 'spec.containers.image'],
    ['spec.initContainers.image', 'spec.containers.image'],
    ['spec.template.metadata.name', 'metadata.name'],
    ['spec.schema.properties.properties.type', 'spec.schema.type'],
    ['spec.schema.properties{}.type', 'spec.schema.type'],
    ['spec.initContainers', 'spec.initContainers'],
    // manifest paths hold map keys; the validator's links keep the ones that look like field names
    ['spec.overhead.cpu', 'spec.overhead'],
    ['spec.schema.properties.replicas.type', 'spec.schema.type'],
    ['spec.schema.properties.type.type', 'spec.schema.type'],
    ['spec.schema.properties.spec.properties.image.type', 'spec.schema.type'],
    ['spec.schema.properties.name', 'spec.schema.properties'],
  ])('%s lands on %s', (path, expected) => {
    expect(resolveAnchor(path, lookup)).toBe(expected);
  });

  it.each(['spec.nothing', 'spec.initContainers.nothing', 'nothing', ''])('%s lands nowhere', (path) => {
    expect(resolveAnchor(path, lookup)).toBeUndefined();
  });

  it('stops on a cycle in bad data', () => {
    const loop: AnchorLookup = { exists: () => false, sameAs: (a) => (a === 'a' ? 'b' : a === 'b' ? 'a' : undefined) };
    expect(resolveAnchor('a.x', loop)).toBeUndefined();
  });
});
