// Object names per kind (src/lib/validator/name-rules.ts): every kind of the API data has a rule,
// and each family accepts what the API server accepts and rejects what it rejects.
import { describe, expect, test } from 'vitest';
import { validate, formatMessage } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { NAMED_KINDS, nameKey } from '../../../src/lib/validator/name-rules.ts';
import { isIpAddress, isPathSegmentName, maskTrailingDash } from '../../../src/lib/validator/names.ts';
import { yaml } from './helpers.ts';

const found = (text: string) => validate(text, { schema: apiSchema }).diagnostics
  .filter((d) => d.ruleId === 'metadata-name-format')
  .map((d) => `${d.severity} ${d.messageId}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);

const named = (apiVersion: string, kind: string, name: string, ...rest: string[]) =>
  yaml(`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata:', `  name: "${name}"`, ...rest);
const generated = (apiVersion: string, kind: string, prefix: string) =>
  yaml(`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata:', `  generateName: "${prefix}"`);
const end = (name: string) => 9 + name.length + 2; // the quoted value on line 4 starts at column 9

describe('the table covers the API data', () => {
  const served = [...new Set(apiSchema.kinds.filter((k) => !k.kind.endsWith('List')).map((k) => nameKey(k.apiVersion, k.kind)))];
  test('every kind the pinned release serves has a name rule', () => {
    expect(served.filter((key) => !NAMED_KINDS.includes(key))).toEqual([]);
  });
  test('the table names no kind the release does not serve', () => {
    expect(NAMED_KINDS.filter((key) => !served.includes(key))).toEqual([]);
  });
});

const rbac = 'rbac.authorization.k8s.io/v1';
describe.each([
  // path segment: RBAC, CSR, PDB, core v1 Event
  ['ClusterRole system:kube-scheduler', named(rbac, 'ClusterRole', 'system:kube-scheduler'), []],
  ['ClusterRoleBinding system:kube-scheduler', named(rbac, 'ClusterRoleBinding', 'system:kube-scheduler'), []],
  ['Role with colons', named(rbac, 'Role', 'custom:aggregate-to-edit:endpoints'), []],
  ['RoleBinding with capitals', named(rbac, 'RoleBinding', 'Metrics-Server:Auth'), []],
  ['ClusterRole with a slash', named(rbac, 'ClusterRole', 'system/admin'), [`error path-segment@4:9-4:${end('system/admin')}`]],
  ['ClusterRoleBinding with %', named(rbac, 'ClusterRoleBinding', 'a%2fb'), [`error path-segment@4:9-4:${end('a%2fb')}`]],
  ['Role named ..', named(rbac, 'Role', '..'), ['error path-segment@4:9-4:13']],
  ['PodDisruptionBudget with capitals', named('policy/v1', 'PodDisruptionBudget', 'Web_PDB'), []],
  ['CertificateSigningRequest with capitals', named('certificates.k8s.io/v1', 'CertificateSigningRequest', 'node-csr-Ab9'), []],
  ['core v1 Event with a colon', named('v1', 'Event', 'web:17a'), []],
  // DNS subdomain
  ['ConfigMap with a colon', named('v1', 'ConfigMap', 'app:config'), [`error subdomain@4:9-4:${end('app:config')}`]],
  ['Secret with dots', named('v1', 'Secret', 'tls.example.com'), []],
  ['events.k8s.io Event with a colon', named('events.k8s.io/v1', 'Event', 'web:17a'), [`error subdomain@4:9-4:${end('web:17a')}`]],
  ['FlowSchema with a colon', named('flowcontrol.apiserver.k8s.io/v1', 'FlowSchema', 'system:leader'), [`error subdomain@4:9-4:${end('system:leader')}`]],
  ['a custom resource with a colon', named('example.com/v1', 'Widget', 'a:b'), ['error subdomain@4:9-4:14']],
  // DNS label
  ['Namespace with a dot', named('v1', 'Namespace', 'team.a'), ['error label@4:9-4:17']],
  ['Namespace of 64 characters', named('v1', 'Namespace', 'a'.repeat(64)), [`error label@4:9-4:${end('a'.repeat(64))}`]],
  // Service: a DNS label; a leading digit only since RelaxedServiceNameValidation
  ['Service starting with a digit', named('v1', 'Service', '1web'), ['warning rfc1035@4:9-4:15']],
  ['Service with a dot', named('v1', 'Service', 'web.a'), ['error label@4:9-4:16']],
  // the name is the address
  ['IPAddress v4', named('networking.k8s.io/v1', 'IPAddress', '10.96.0.10'), []],
  ['IPAddress v6', named('networking.k8s.io/v1', 'IPAddress', '2001:db8::a'), []],
  ['IPAddress with a leading zero', named('networking.k8s.io/v1', 'IPAddress', '10.96.0.010'), [`error ip-address@4:9-4:${end('10.96.0.010')}`]],
  ['IPAddress by name', named('networking.k8s.io/v1', 'IPAddress', 'kube-dns'), [`error ip-address@4:9-4:${end('kube-dns')}`]],
  // names fixed by the spec
  ['CRD named after its plural and group', named('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'widgets.example.com', 'spec:', '  group: example.com', '  names: {plural: widgets}'), []],
  ['CRD with a singular name', named('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'widget.example.com', 'spec:', '  group: example.com', '  names: {plural: widgets}'), [`error crd-name@4:9-4:${end('widget.example.com')}`]],
  ['APIService named version.group', named('apiregistration.k8s.io/v1', 'APIService', 'v1beta1.metrics.k8s.io', 'spec:', '  group: metrics.k8s.io', '  version: v1beta1'), []],
  ['APIService named otherwise', named('apiregistration.k8s.io/v1', 'APIService', 'metrics', 'spec:', '  group: metrics.k8s.io', '  version: v1beta1'), ['error api-service-name@4:9-4:18']],
  // limits some kinds add
  ['CronJob of 52 characters', named('batch/v1', 'CronJob', 'c'.repeat(52)), []],
  ['CronJob of 53 characters', named('batch/v1', 'CronJob', 'c'.repeat(53)), [`error cronjob-length@4:9-4:${end('c'.repeat(53))}`]],
  ['Job of 64 characters', named('batch/v1', 'Job', 'j'.repeat(64)), [`error job-length@4:9-4:${end('j'.repeat(64))}`]],
  ['Job of 64 characters with a manual selector', named('batch/v1', 'Job', 'j'.repeat(64), 'spec:', '  manualSelector: true'), []],
  ['PriorityClass system-high', named('scheduling.k8s.io/v1', 'PriorityClass', 'system-high'), ['error priority-class-system@4:9-4:22']],
  ['PriorityClass system-node-critical', named('scheduling.k8s.io/v1', 'PriorityClass', 'system-node-critical'), []],
  // generateName follows the same function, as a prefix
  ['Pod generateName ending in a dash', generated('v1', 'Pod', 'web-'), []],
  ['Pod generateName with an underscore', generated('v1', 'Pod', 'web_'), ['error subdomain@4:17-4:23']],
  ['ClusterRole generateName with a colon', generated(rbac, 'ClusterRole', 'system:'), []],
  ['RoleBinding generateName with a slash', generated(rbac, 'RoleBinding', 'a/'), ['error path-segment@4:17-4:21']],
  ['Namespace generateName with a dot', generated('v1', 'Namespace', 'team.'), ['error label@4:17-4:24']],
  ['a Review needs no name', yaml('apiVersion: authentication.k8s.io/v1', 'kind: TokenReview', 'spec: {token: x}'), []],
] as const)('%s', (_title, text, expected) => {
  test('reports exactly', () => expect(found(text)).toEqual(expected));
});

describe('messages state the rule of the family', () => {
  const message = (text: string, lang: 'en' | 'ko') => {
    const [d] = validate(text, { schema: apiSchema }).diagnostics.filter((x) => x.ruleId === 'metadata-name-format');
    return d ? formatMessage(d, lang) : '';
  };
  test('a path segment names its two limits and allows colons', () => {
    const text = named(rbac, 'ClusterRole', 'a/b');
    expect(message(text, 'en')).toContain('cannot contain / or %');
    expect(message(text, 'en')).toContain(': included');
    expect(message(text, 'ko')).toContain('/와 %를 넣을 수 없다');
  });
  test('a CRD name says which name it must have', () => {
    const text = named('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'widget.example.com', 'spec:', '  group: example.com', '  names: {plural: widgets}');
    expect(message(text, 'en')).toContain('widgets.example.com');
    expect(message(text, 'ko')).toContain('widgets.example.com');
  });
  test('a subdomain message says DNS subdomain and 253', () => {
    expect(message(named('v1', 'ConfigMap', 'a:b'), 'en')).toMatch(/DNS subdomain.*253/);
  });
});

describe('the lower-case fix, only where the lower-case name is right', () => {
  const fixOf = (text: string) => validate(text, { schema: apiSchema }).diagnostics.find((d) => d.ruleId === 'metadata-name-format')?.fixes?.[0]?.label;
  test('a Namespace', () => expect(fixOf(named('v1', 'Namespace', 'Team-A'))).toBe('team-a'));
  test('a generateName', () => expect(fixOf(generated('v1', 'Pod', 'Web-'))).toBe('web-'));
  test('not where lower case does not help', () => expect(fixOf(named('v1', 'ConfigMap', 'App:Config'))).toBeUndefined());
  test('a CRD whose lower-case name is the required one', () => {
    expect(fixOf(named('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'Widgets.example.com', 'spec:', '  group: example.com', '  names: {plural: widgets}'))).toBe('widgets.example.com');
  });
});

describe('name helpers', () => {
  test.each([
    ['10.0.0.1', true], ['255.255.255.255', true], ['256.0.0.1', false], ['01.2.3.4', false], ['1.2.3', false],
    ['::', true], ['::1', true], ['2001:db8::a', true], ['::ffff:10.0.0.1', true], ['1:2:3:4:5:6:7:8', true],
    ['1:2:3:4:5:6:7:8:9', false], ['1::2::3', false], ['12345::', false], ['fe80::1%eth0', false], ['example.com', false],
  ])('isIpAddress(%s) is %s', (value, expected) => expect(isIpAddress(value)).toBe(expected));
  test('maskTrailingDash drops the dash and the character before it, then appends a', () => {
    expect(maskTrailingDash('web-')).toBe('wea');
    expect(maskTrailingDash('web')).toBe('web');
    expect(maskTrailingDash('-')).toBe('a');
  });
  test('a path segment prefix may be . or .., a name may not', () => {
    expect(isPathSegmentName('.', true)).toBe(true);
    expect(isPathSegmentName('.')).toBe(false);
    expect(isPathSegmentName('..')).toBe(false);
    expect(isPathSegmentName('...')).toBe(true);
  });
});
