import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { shapeProblems } from './shape-check.ts';

// The checker the field-notes test relies on must itself reject what it is meant to catch.
const container = 'io.k8s.api.core.v1.Container';
const configMap = 'io.k8s.api.core.v1.ConfigMap';

describe('shapeProblems', () => {
  it.each([
    ['a valid container fragment', container, { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }, []],
    ['a quantity as string or number', container, { resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: 1 } } }, []],
    ['an int-or-string as a name', 'io.k8s.api.core.v1.ServicePort', { port: 80, targetPort: 'http' }, []],
    ['an explicit null', container, { args: null }, []],
  ] as const)('accepts %s', (_label, type, value, expected) => {
    expect(shapeProblems(value, type, apiSchema)).toEqual(expected);
  });

  it.each([
    ['a misspelled field', container, { name: 'web', commnd: ['sh'] }, 'commnd'],
    ['a nested unknown field', container, { ports: [{ contanerPort: 80 }] }, 'ports[0].contanerPort'],
    ['a number where a string is required', configMap, { data: { replicas: 3 } }, 'data.replicas'],
    ['a value outside the enum', container, { imagePullPolicy: 'Sometimes' }, 'imagePullPolicy'],
    ['a mapping where a list belongs', container, { env: { name: 'A', value: 'b' } }, 'env'],
    ['a string where an integer belongs', 'io.k8s.api.core.v1.ContainerPort', { containerPort: '80' }, 'containerPort'],
  ] as const)('reports %s', (_label, type, value, path) => {
    expect(shapeProblems(value, type, apiSchema).map((p) => p.path)).toEqual([path]);
  });
});
