// spec.ephemeralContainers is rejected on a Pod's create and in every Pod template.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { yaml } from './helpers.ts';

const diagnostics = (text: string) => validate(text, { schema: apiSchema }).diagnostics.filter((d) => d.ruleId === 'ephemeral-containers');
const found = (text: string) => diagnostics(text).map((d) => `${d.severity} ${d.messageId}@${d.fieldPath}:${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);

const debugger_ = ['- name: debugger', '  image: busybox:1.36'];
const indent = (spaces: number, lines: string[]) => lines.map((line) => ' '.repeat(spaces) + line);
const pod = (...ephemeral: string[]) => yaml(
  'apiVersion: v1', 'kind: Pod', 'metadata: {name: web}', 'spec:', '  containers:', '  - {name: web, image: "nginx:1.27"}', ...ephemeral,
);
const deployment = yaml(
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:', '  selector: {matchLabels: {app: web}}',
  '  template:', '    metadata: {labels: {app: web}}', '    spec:', '      containers:', '      - {name: web, image: "nginx:1.27"}',
  '      ephemeralContainers:', ...indent(6, debugger_),
);
const cronJob = yaml(
  'apiVersion: batch/v1', 'kind: CronJob', 'metadata: {name: nightly}', 'spec:', '  schedule: "0 3 * * *"', '  jobTemplate:', '    spec:',
  '      template:', '        spec:', '          restartPolicy: Never', '          containers:', '          - {name: run, image: "busybox:1.36"}',
  '          ephemeralContainers:', ...indent(10, debugger_),
);

describe.each([
  ['a Pod with an ephemeral container', pod('  ephemeralContainers:', ...indent(2, debugger_)), ['error pod@spec.ephemeralContainers:7:3-7:22']],
  ['a Pod with an empty list', pod('  ephemeralContainers: []'), []],
  ['a Pod without', pod(), []],
  ['a Deployment template', deployment, ['error template@spec.template.spec.ephemeralContainers:11:7-11:26']],
  ['a CronJob\'s Job template', cronJob, ['error template@spec.jobTemplate.spec.template.spec.ephemeralContainers:13:11-13:30']],
] as const)('%s', (_title, text, expected) => {
  test('reports exactly', () => expect(found(text)).toEqual(expected));
});

describe('messages say to use kubectl debug', () => {
  test.each([['Pod', pod('  ephemeralContainers:', ...indent(2, debugger_))], ['Deployment', deployment]])('%s', (kind, text) => {
    const [d] = diagnostics(text);
    expect(formatMessage(d!, 'en')).toContain('kubectl debug');
    expect(formatMessage(d!, 'ko')).toContain('kubectl debug');
    if (kind !== 'Pod') expect(formatMessage(d!, 'en')).toContain(`rejects this ${kind}`);
  });
});
