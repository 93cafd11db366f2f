// A CRD (example.com/v1 Backup) whose schema the test writes, and a Backup, as one paste.
import { formatMessage, validate } from '../../../../src/lib/validator/index.ts';
import type { Diagnostic } from '../../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../../src/lib/k8s/api-schema.ts';

/** `schema`: the lines of openAPIV3Schema, indented by 8 spaces; `resource`: the Backup's lines after kind. */
export function paste(schema: readonly string[], resource: readonly string[]): string {
  return [
    'apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'metadata:', '  name: backups.example.com',
    'spec:', '  group: example.com', '  names: {kind: Backup, plural: backups}', '  scope: Namespaced', '  versions:',
    '  - name: v1', '    served: true', '    storage: true', '    schema:', '      openAPIV3Schema:',
    ...schema.map((line) => `        ${line}`),
    '---', 'apiVersion: example.com/v1', 'kind: Backup', ...resource, '',
  ].join('\n');
}

/** The line of the Backup's `kind:` in a paste of `schema` (for line arithmetic in tests). */
export function backupStart(schema: readonly string[]): number {
  return 14 + schema.length + 3;
}

export function diagnostics(text: string, ...ruleIds: string[]): Diagnostic[] {
  return validate(text, { schema: apiSchema, bestPractices: false }).diagnostics.filter((d) => ruleIds.length === 0 || ruleIds.includes(d.ruleId));
}

/** `rule severity@line: English message` */
export function described(text: string, ...ruleIds: string[]): string[] {
  return diagnostics(text, ...ruleIds).map((d) => `${d.ruleId} ${d.severity}@${d.line}: ${formatMessage(d, 'en')}`);
}
