// The rules' docs examples for custom resources: a CRD (example.com/v1 Backup) and a custom resource
// in one paste, since a custom resource is only checked against a CRD of the same input.

interface ExampleOptions {
  scope?: string;
  /** other entries of spec.versions, before v1 */
  versions?: readonly string[];
  /** the custom resource's apiVersion (example.com/v1) */
  apiVersion?: string;
  namespace?: string;
}

/**
 * A CRD whose spec has `specProperties` (lines indented as under `spec.properties`, 14 spaces), then
 * a Backup with `spec` lines (indented 2).
 */
export function backupExample(specProperties: readonly string[], spec: readonly string[], options: ExampleOptions = {}): string {
  return [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: backups.example.com',
    'spec:',
    '  group: example.com',
    '  names:',
    '    kind: Backup',
    '    plural: backups',
    `  scope: ${options.scope ?? 'Namespaced'}`,
    '  versions:',
    ...(options.versions ?? []),
    '  - name: v1',
    '    served: true',
    '    storage: true',
    '    schema:',
    '      openAPIV3Schema:',
    '        type: object',
    '        properties:',
    '          spec:',
    '            type: object',
    '            properties:',
    ...specProperties,
    '---',
    `apiVersion: ${options.apiVersion ?? 'example.com/v1'}`,
    'kind: Backup',
    'metadata:',
    '  name: nightly',
    ...(options.namespace ? [`  namespace: ${options.namespace}`] : []),
    'spec:',
    ...spec,
    '',
  ].join('\n');
}

interface CrdOptions {
  /** lines of spec.names (4 spaces) */
  names?: readonly string[];
  /** lines of openAPIV3Schema (8 spaces); default `type: object` and a spec with a string schedule */
  schema?: readonly string[];
  /** the whole spec.versions list (lines from `  - name:`), replacing the one v1 */
  versions?: readonly string[];
  group?: string;
  name?: string;
}

/** One CRD (example.com Backup, v1) for the docs of the rules that check a CRD itself. */
export function crdExample(options: CrdOptions = {}): string {
  const schema = options.schema ?? ['        type: object', '        properties:', '          spec:', '            type: object', '            properties:', '              schedule: {type: string}'];
  return [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    `  name: ${options.name ?? 'backups.example.com'}`,
    'spec:',
    `  group: ${options.group ?? 'example.com'}`,
    '  names:',
    ...(options.names ?? ['    kind: Backup', '    plural: backups']),
    '  scope: Namespaced',
    '  versions:',
    ...(options.versions ?? ['  - name: v1', '    served: true', '    storage: true', '    schema:', '      openAPIV3Schema:', ...schema]),
    '',
  ].join('\n');
}

/** A CRD whose spec property `field` (of `type`) carries one x-kubernetes-validations rule. */
export function crdWithRule(field: string, type: string, rule: string): string {
  return crdExample({
    schema: [
      '        type: object', '        properties:', '          spec:', '            type: object', '            properties:',
      `              ${field}:`, `                type: ${type}`, '                x-kubernetes-validations:', `                - rule: "${rule}"`,
    ],
  });
}
