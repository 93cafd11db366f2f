// The example check must be able to fail, or the catalogue test proves nothing.
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { checkManifest } from './manifest-check.ts';

const check = (text: string) => checkManifest(yaml.load(text), apiSchema);

const deployment = `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80
          resources:
            limits: {cpu: 500m, memory: 128Mi}
`;

describe('checkManifest', () => {
  it('accepts a valid Deployment', () => {
    expect(check(deployment)).toEqual([]);
  });

  it.each([
    ['a removed apiVersion', deployment.replace('apps/v1', 'extensions/v1beta1'), 'is not served'],
    ['a missing required field', deployment.replace('  selector:\n    matchLabels: {app: web}\n', ''), '.spec.selector: required field missing'],
    ['an unknown field deep down', deployment.replace('image: nginx:1.27', 'image: nginx:1.27\n          imagePullPolice: Always'), 'imagePullPolice: unknown field'],
    ['a wrong enum value', deployment.replace('image: nginx:1.27', 'image: nginx:1.27\n          imagePullPolicy: Sometimes'), 'one of Always, IfNotPresent, Never'],
    ['a string port', deployment.replace('containerPort: 80', 'containerPort: "80"'), 'expected an integer'],
    ['a bad quantity', deployment.replace('cpu: 500m', 'cpu: half'), 'expected a quantity'],
  ])('reports %s', (_name, text, message) => {
    expect(check(text).join('\n')).toContain(message);
  });
});
