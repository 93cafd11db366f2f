// Every field of format "byte" in the API data must hold base64, wherever it sits: map values
// (Secret data, ConfigMap binaryData) and plain fields (caBundle, a CSR's request).
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { base64Problem } from '../../../src/lib/validator/schema/formats.ts';
import { yaml } from './helpers.ts';

const diagnostics = (text: string) => validate(text, { schema: apiSchema }).diagnostics.filter((d) => d.ruleId === 'base64-format');
/** messageId@fieldPath, and the report must cover exactly `value` in the text */
const found = (text: string) => diagnostics(text).map((d) => `${d.messageId}@${d.fieldPath}=${text.slice(d.start, d.end)}`);

const webhook = (kind: string, caBundle: string) => yaml(
  'apiVersion: admissionregistration.k8s.io/v1', `kind: ${kind}`, 'metadata: {name: policy}', 'webhooks:',
  '- name: policy.example.com', '  admissionReviewVersions: [v1]', '  sideEffects: None',
  '  clientConfig:', '    service: {namespace: policy, name: webhook}', `    caBundle: ${caBundle}`,
);
const PEM = '|\n      -----BEGIN CERTIFICATE-----\n      MIIBszCCAVmgAwIBAgIUQ==\n      -----END CERTIFICATE-----';

describe.each([
  ['a placeholder caBundle', webhook('ValidatingWebhookConfiguration', '"<base64-encoded-CA-bundle>"'), ['character@webhooks[0].clientConfig.caBundle="<base64-encoded-CA-bundle>"']],
  ['a PEM caBundle pasted as is', webhook('MutatingWebhookConfiguration', PEM), [`pem@webhooks[0].clientConfig.caBundle=${PEM}`]],
  ['a base64 caBundle', webhook('ValidatingWebhookConfiguration', 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg=='), []],
  ['an empty caBundle', webhook('ValidatingWebhookConfiguration', '""'), []],
  ['base64url characters', webhook('ValidatingWebhookConfiguration', 'ab-_'), ['character@webhooks[0].clientConfig.caBundle=ab-_']],
  ['an APIService caBundle without padding', yaml(
    'apiVersion: apiregistration.k8s.io/v1', 'kind: APIService', 'metadata: {name: v1beta1.metrics.k8s.io}', 'spec:',
    '  group: metrics.k8s.io', '  version: v1beta1', '  groupPriorityMinimum: 100', '  versionPriority: 100',
    '  service: {namespace: kube-system, name: metrics-server}', '  caBundle: YWJjZA',
  ), ['length@spec.caBundle=YWJjZA']],
  ['a CRD conversion webhook caBundle', yaml(
    'apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'metadata: {name: widgets.example.com}', 'spec:',
    '  conversion:', '    strategy: Webhook', '    webhook:', '      conversionReviewVersions: [v1]',
    '      clientConfig: {url: "https://conv.example.com", caBundle: not base64}',
  ), ['character@spec.conversion.webhook.clientConfig.caBundle=not base64']],
  ['a CSR request in plain text', yaml(
    'apiVersion: certificates.k8s.io/v1', 'kind: CertificateSigningRequest', 'metadata: {name: alice}', 'spec:',
    '  signerName: kubernetes.io/kube-apiserver-client', '  usages: [client auth]', '  request: <csr>',
  ), ['character@spec.request=<csr>']],
  ['ConfigMap binaryData in plain text', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'binaryData:', '  logo.png: PNG!'), ['binary-data@binaryData["logo.png"]=PNG!']],
  ['ConfigMap data is text, not base64', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'data:', '  greeting: hello world!'), []],
  ['Secret stringData is plain text', yaml('apiVersion: v1', 'kind: Secret', 'metadata: {name: s}', 'stringData:', '  password: s3cret!'), []],
  ['Secret data in a List item', yaml('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Secret', '  metadata: {name: s}', '  data: {password: s3cret!}'), ['secret-data@items[0].data.password=s3cret!']],
] as const)('%s', (_title, text, expected) => {
  test('reports exactly, at the value', () => expect(found(text)).toEqual(expected));
});

describe('messages', () => {
  const message = (text: string, lang: 'en' | 'ko') => formatMessage(diagnostics(text)[0]!, lang);
  test('a bad character is named, with the API server\'s words', () => {
    const text = webhook('ValidatingWebhookConfiguration', '"<base64-encoded-CA-bundle>"');
    expect(message(text, 'en')).toBe('caBundle is not base64: "<" is not a base64 character (A–Z, a–z, 0–9, + and /, with = padding at the end); the API server rejects it as "illegal base64 data".');
    expect(message(text, 'ko')).toContain('"<"은 base64에 쓸 수 없는 문자다');
  });
  test('PEM text says how to encode it', () => {
    expect(message(webhook('ValidatingWebhookConfiguration', PEM), 'en')).toContain('base64 -w0 ca.crt');
  });
  test('Secret data points to stringData', () => {
    const text = yaml('apiVersion: v1', 'kind: Secret', 'metadata: {name: s}', 'data:', '  password: s3cret!');
    expect(message(text, 'en')).toContain('stringData');
    expect(message(text, 'ko')).toContain('password');
  });
});

describe('base64Problem, as Go\'s base64.StdEncoding decodes', () => {
  test.each([
    ['', undefined], ['YQ==', undefined], ['YWI=', undefined], ['YWJj', undefined], ['YWJj\nZGVm\r\n', undefined],
    ['YQ', { kind: 'length' }], ['YQ=', { kind: 'length' }], ['Y=Q=', { kind: 'length' }], ['YW Jj', { kind: 'character', character: ' ' }],
    ['a_b-', { kind: 'character', character: '_' }], ['-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----', { kind: 'pem' }],
  ])('%j', (value, expected) => expect(base64Problem(value)).toEqual(expected));
});
