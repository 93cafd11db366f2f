// Rules that look across the documents of one paste, and the best-practice rules and their switches.
import { describe, expect, test } from 'vitest';
import { validate, formatMessage, referenceLink, ruleLink } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { yaml } from './helpers.ts';
import { applyEdits } from '../../../src/lib/validator/fix/apply.ts';

const found = (rule: string, text: string, options = {}) =>
  validate(text, options).diagnostics.filter((d) => d.ruleId === rule).map((d) => `${d.severity}:${d.messageId}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);

const deployment = (name: string, label: string, extra: string[] = [], ns?: string) => [
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`, ...(ns ? [`  namespace: ${ns}`] : []), 'spec:',
  '  selector:', `    matchLabels: {app: ${label}}`, '  template:', '    metadata:', `      labels: {app: ${label}}`,
  '    spec:', '      containers:', '      - name: app', '        image: nginx:1.27', ...extra,
];
const service = (selector: string, ns?: string) => [
  'apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', ...(ns ? [`  namespace: ${ns}`] : []), 'spec:', `  selector: {app: ${selector}}`, '  ports:', '  - port: 80',
];

describe('service-selector-no-match', () => {
  test('warns when no pasted Pod template matches', () => {
    expect(found('service-selector-no-match', yaml(...service('web'), '---', ...deployment('web', 'frontend')))).toEqual(['warning:no-match@6:3-6:11']);
  });
  test('quiet when one matches, or when the paste has no workloads', () => {
    expect(found('service-selector-no-match', yaml(...service('web'), '---', ...deployment('web', 'web')))).toEqual([]);
    expect(found('service-selector-no-match', yaml(...service('web')))).toEqual([]);
  });
  test('a match in another namespace does not count', () => {
    expect(found('service-selector-no-match', yaml(...service('web', 'a'), '---', ...deployment('web', 'web', [], 'b')))).toEqual(['warning:no-match@7:3-7:11']);
  });
  // an operator makes the Pods of a custom resource (kube-prometheus's Alertmanager, an Argo Rollout)
  const operated = (labelsAt: string[], ns?: string) => [
    'apiVersion: monitoring.example.com/v1', 'kind: Alertmanager', 'metadata:', '  name: main', ...(ns ? [`  namespace: ${ns}`] : []), ...labelsAt,
  ];
  test('a custom resource whose labels or pod labels match counts as the Pods\' maker', () => {
    const withOther = (...doc: string[]) => yaml(...service('web'), '---', ...deployment('other', 'other'), '---', ...doc);
    const withSchema = { schema: apiSchema };
    expect(found('service-selector-no-match', withOther(...operated(['spec:', '  podMetadata:', '    labels: {app: web}'])), withSchema)).toEqual([]);
    expect(found('service-selector-no-match', withOther(...operated(['  labels: {app: web}'])), withSchema)).toEqual([]);
    expect(found('service-selector-no-match', withOther(...operated(['spec:', '  template:', '    metadata:', '      labels: {app: web}'])), withSchema)).toEqual([]);
    expect(found('service-selector-no-match', withOther(...operated(['spec:', '  podMetadata:', '    labels: {app: api}'])), withSchema)).toEqual(['warning:no-match@6:3-6:11']);
    const inA = yaml(...service('web', 'a'), '---', ...deployment('other', 'other', [], 'a'), '---', ...operated(['spec:', '  podMetadata:', '    labels: {app: web}'], 'b'));
    expect(found('service-selector-no-match', inA, withSchema)).toEqual(['warning:no-match@7:3-7:11']);
  });
  test('a built-in kind with matching metadata labels is not a Pod maker', () => {
    const configMap = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: web', '  labels: {app: web}'];
    expect(found('service-selector-no-match', yaml(...service('web'), '---', ...deployment('other', 'other'), '---', ...configMap), { schema: apiSchema })).toEqual(['warning:no-match@6:3-6:11']);
  });
});

describe('service-target-port', () => {
  const ports = (...lines: string[]) => ['        ports:', ...lines];
  const withPort = (target: string, ...extra: string[]) => [...service('web').slice(0, -1), '  - port: 80', `    targetPort: ${target}`, ...extra];
  const inNamespace = (ns: string, target: string) => [...service('web', ns).slice(0, -1), '  - port: 80', `    targetPort: ${target}`];
  const fixesOf = (text: string) => validate(text).diagnostics.filter((d) => d.ruleId === 'service-target-port')
    .map((d) => d.fixes?.map((f) => `${f.safety} ${f.label} ${JSON.stringify(f.edits.map((e) => text.slice(0, e.start).split('\n').length + ':' + e.text))}`));
  test('a number no selected container declares: warning at the targetPort value, one suggestion per declared port', () => {
    const text = yaml(...withPort('8080'), '---', ...deployment('web', 'web', ports('        - containerPort: 80', '        - containerPort: 9090')));
    expect(found('service-target-port', text)).toEqual(['warning:number@9:17-9:21']);
    expect(fixesOf(text)).toEqual([['suggestion 80 ["9:80"]', 'suggestion 9090 ["9:9090"]']]);
    const [d] = validate(text).diagnostics.filter((x) => x.ruleId === 'service-target-port');
    expect(d && formatMessage(d, 'en')).toContain('containerPort 8080 (declared: 80, 9090)');
    expect(d && formatMessage(d, 'ko')).toContain('containerPort 8080을');
  });
  test('quiet when a selected container declares it, when none declares any port, or when nothing is selected', () => {
    expect(found('service-target-port', yaml(...withPort('80'), '---', ...deployment('web', 'web', ports('        - containerPort: 80'))))).toEqual([]);
    expect(found('service-target-port', yaml(...withPort('8080'), '---', ...deployment('web', 'web')))).toEqual([]);
    expect(found('service-target-port', yaml(...withPort('8080'), '---', ...deployment('web', 'api', ports('        - containerPort: 80'))))).toEqual([]);
    // a workload in another namespace is not selected
    expect(found('service-target-port', yaml(...inNamespace('a', '8080'), '---', ...deployment('web', 'web', ports('        - containerPort: 80'), 'b')))).toEqual([]);
    expect(found('service-target-port', yaml(...inNamespace('a', '8080'), '---', ...deployment('web', 'web', ports('        - containerPort: 80'), 'a')))).toEqual(['warning:number@10:17-10:21']);
  });
  test('a name no selected container gives its port (by protocol): the declared names are the suggestions, quotes kept', () => {
    const named = ports('        - name: web', '          containerPort: 80', '        - name: metrics', '          containerPort: 9090');
    const text = yaml(...withPort('"http"'), '---', ...deployment('web', 'web', named));
    expect(found('service-target-port', text)).toEqual(['warning:name@9:17-9:23']);
    expect(fixesOf(text)).toEqual([['suggestion web ["9:\\"web\\""]', 'suggestion metrics ["9:\\"metrics\\""]']]);
    expect(found('service-target-port', yaml(...withPort('web'), '---', ...deployment('web', 'web', named)))).toEqual([]);
    // a UDP port of that name is not the TCP port the Service asks for
    const udp = ports('        - name: dns', '          containerPort: 53', '          protocol: UDP');
    expect(found('service-target-port', yaml(...withPort('dns'), '---', ...deployment('web', 'web', udp)))).toEqual(['warning:name-undeclared@9:17-9:20']);
    expect(found('service-target-port', yaml(...withPort('dns', '    protocol: UDP'), '---', ...deployment('web', 'web', udp)))).toEqual([]);
  });
  test('a sidecar init container\'s port counts; a run-to-completion one\'s does not', () => {
    const init = (policy: string) => ['      initContainers:', '      - name: proxy', '        image: envoy:1.30', ...policy.split('|').filter(Boolean), '        ports:', '        - containerPort: 15001'];
    const withInit = (policy: string) => yaml(...withPort('15001'), '---', ...deployment('web', 'web', [...ports('        - containerPort: 80'), ...init(policy)]));
    expect(found('service-target-port', withInit('        restartPolicy: Always'))).toEqual([]);
    expect(found('service-target-port', withInit(''))).toEqual(['warning:number@9:17-9:22']);
  });
  test('without a targetPort the port is the target: reported at the port, the fixes add a targetPort', () => {
    const text = yaml(...service('web'), '---', ...deployment('web', 'web', ports('        - containerPort: 8080')));
    expect(found('service-target-port', text)).toEqual(['warning:number-default@8:11-8:13']);
    expect(fixesOf(text)).toEqual([['suggestion 8080 ["9:    targetPort: 8080\\n"]']]);
    expect(found('service-target-port', yaml(...service('web'), '---', ...deployment('web', 'web', ports('        - containerPort: 80'))))).toEqual([]);
    const flow = yaml(...service('web').slice(0, -2), '  ports: [{port: 80}]', '---', ...deployment('web', 'web', ports('        - containerPort: 8080')));
    const [d] = validate(flow).diagnostics.filter((x) => x.ruleId === 'service-target-port');
    expect(applyEdits(flow, d?.fixes?.[0]?.edits ?? [])).toContain('  ports: [{targetPort: 8080, port: 80}]');
  });
  test('applying a suggestion clears the warning', () => {
    const text = yaml(...withPort('8080'), '---', ...deployment('web', 'web', ports('        - containerPort: 80')));
    const [d] = validate(text).diagnostics.filter((x) => x.ruleId === 'service-target-port');
    const fixed = applyEdits(text, d?.fixes?.[0]?.edits ?? []);
    expect(fixed).toBe(text.replace('targetPort: 8080', 'targetPort: 80'));
    expect(found('service-target-port', fixed)).toEqual([]);
  });
});

describe('ingress-backend-missing and hpa-target-missing', () => {
  const ingress = (name: string, port: number) => [
    'apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata: {name: web}', 'spec:', '  rules:', '  - http:', '      paths:',
    '      - path: /', '        pathType: Prefix', '        backend:', '          service:', `            name: ${name}`, '            port:', `              number: ${port}`,
  ];
  test('missing Service is info; a wrong port is a warning', () => {
    expect(found('ingress-backend-missing', yaml(...ingress('api', 80)))).toEqual(['info:missing@12:19-12:22']);
    expect(found('ingress-backend-missing', yaml(...ingress('web', 8080), '---', ...service('web')))).toEqual(['warning:port@14:23-14:27']);
    expect(found('ingress-backend-missing', yaml(...ingress('web', 80), '---', ...service('web')))).toEqual([]);
  });
  test('HPA target not in the paste', () => {
    const hpa = ['apiVersion: autoscaling/v2', 'kind: HorizontalPodAutoscaler', 'metadata: {name: web}', 'spec:', '  scaleTargetRef:', '    apiVersion: apps/v1', '    kind: Deployment', '    name: api', '  maxReplicas: 3'];
    expect(found('hpa-target-missing', yaml(...hpa, '---', ...deployment('web', 'web')))).toEqual(['info:missing@8:11-8:14']);
    expect(found('hpa-target-missing', yaml(...hpa, '---', ...deployment('api', 'web')))).toEqual([]);
  });
});

describe('config-reference-missing and namespace-mismatch', () => {
  const extra = ['        envFrom:', '        - secretRef: {name: db}', '        - configMapRef: {name: settings, optional: true}'];
  test('a Secret that is not pasted is info; optional references are skipped', () => {
    expect(found('config-reference-missing', yaml(...deployment('web', 'web', extra)))).toEqual(['info:missing@16:29-16:31']);
  });
  test('pasted in the same namespace: quiet', () => {
    const secret = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: db}', 'stringData: {password: x}'];
    expect(found('config-reference-missing', yaml(...deployment('web', 'web', extra), '---', ...secret))).toEqual([]);
  });
  test('pasted in another namespace: namespace-mismatch warns, with both namespaces', () => {
    const secret = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: db, namespace: staging}', 'stringData: {password: x}'];
    const text = yaml(...deployment('web', 'web', extra, 'production'), '---', ...secret);
    expect(found('config-reference-missing', text)).toEqual([]);
    const [d] = validate(text).diagnostics.filter((x) => x.ruleId === 'namespace-mismatch');
    expect([d?.line, d?.column]).toEqual([17, 29]);
    expect(formatMessage(d!, 'en')).toBe('The referenced Secret db is in namespace staging, but this resource is in production; it will not be found across namespaces.');
  });
});

describe('best practices', () => {
  const pod = (...lines: string[]) => yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: web}', 'spec:', ...lines);
  test.each([
    ['image-tag', pod('  containers:', '  - name: web', '    image: nginx'), ['warning:no-tag@7:12-7:17']],
    ['image-tag', pod('  containers:', '  - name: web', '    image: registry:5000/web:latest'), ['warning:latest@7:12-7:36']],
    ['image-tag', pod('  containers:', '  - name: web', '    image: registry:5000/web@sha256:abc'), []],
    ['resources-missing', pod('  containers:', '  - name: web', '    image: nginx:1.27'), ['warning:requests@6:11-6:14']],
    ['probes-missing', pod('  containers:', '  - name: web', '    image: nginx:1.27', '    readinessProbe: {tcpSocket: {port: 80}}'), ['warning:liveness@6:11-6:14']],
    ['privileged-container', pod('  containers:', '  - name: web', '    image: nginx:1.27', '    securityContext: {privileged: true}'), ['warning:privileged@8:35-8:39']],
    ['host-namespaces', pod('  hostPID: true', '  containers: []'), ['warning:shared@5:3-5:10']],
    ['host-path-volume', pod('  containers: []', '  volumes:', '  - name: docker', '    hostPath: {path: /var/run/docker.sock}'), ['warning:host-path@8:5-8:13']],
    ['run-as-non-root', pod('  securityContext: {runAsNonRoot: true}', '  containers:', '  - name: web', '    image: nginx:1.27', '    securityContext: {runAsNonRoot: false}'), ['warning:missing@7:11-7:14']],
  ] as const)('%s', (rule, text, expected) => {
    expect(found(rule, text)).toEqual(expected);
  });
  test('probes are not expected from Jobs', () => {
    const job = yaml('apiVersion: batch/v1', 'kind: Job', 'metadata: {name: once}', 'spec:', '  template:', '    spec:', '      restartPolicy: Never', '      containers:', '      - name: run', '        image: busybox:1.36');
    expect(found('probes-missing', job)).toEqual([]);
  });
  test('single-replica-pdb: default replicas (1) behind minAvailable: 1', () => {
    const pdb = ['apiVersion: policy/v1', 'kind: PodDisruptionBudget', 'metadata: {name: web}', 'spec:', '  minAvailable: 1', '  selector: {matchLabels: {app: web}}'];
    expect(found('single-replica-pdb', yaml(...deployment('web', 'web'), '---', ...pdb))).toEqual(['warning:blocks@5:1-5:5']);
  });
  test('single-replica-pdb: every budget that selects the Pods, in the paste\'s order, whichever label or expression selects them', () => {
    const budget = (name: string, selector: string) => ['---', 'apiVersion: policy/v1', 'kind: PodDisruptionBudget', `metadata: {name: ${name}}`, 'spec:', '  maxUnavailable: 0', `  selector: ${selector}`];
    const web = deployment('web', 'web').map((line) => line.replace('labels: {app: web}', 'labels: {app: web, tier: "1", constructor: x}'));
    const text = yaml(
      ...budget('by-expression', '{matchExpressions: [{key: app, operator: In, values: [web]}]}'), ...budget('other-app', '{matchLabels: {app: api}}'),
      ...web, ...budget('by-second-label', '{matchLabels: {tier: 1}}'), ...budget('by-both', '{matchLabels: {app: web, tier: "1"}}'),
      ...budget('one-label-differs', '{matchLabels: {app: web, tier: "2"}}'), ...budget('by-prototype-name', '{matchLabels: {constructor: x}}'),
      ...budget('empty', '{}'),
    );
    expect(validate(text).diagnostics.filter((d) => d.ruleId === 'single-replica-pdb').map((d) => d.data.pdb))
      .toEqual(['by-expression', 'by-second-label', 'by-both', 'by-prototype-name', 'empty']);
  });
  test('bestPractices: false switches all of them off; disabledRules one', () => {
    const text = pod('  hostPID: true', '  containers:', '  - name: web', '    image: nginx');
    const categories = (options: object) => [...new Set(validate(text, options).diagnostics.map((d) => d.category))];
    expect(categories({})).toEqual(['best-practice']);
    expect(categories({ bestPractices: false })).toEqual([]);
    expect(validate(text, { disabledRules: ['image-tag'] }).diagnostics.some((d) => d.ruleId === 'image-tag')).toBe(false);
    expect(validate(text, { disabledRules: ['image-tag'] }).diagnostics.some((d) => d.ruleId === 'host-namespaces')).toBe(true);
  });
});

describe('links to the reference and the rules page', () => {
  test('field reference without indices; rule anchor', () => {
    const [d] = validate(yaml('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: a}', 'spec:', '  selector: {matchLabels: {app: a}}', '  template:', '    metadata: {labels: {app: a}}', '    spec:', '      containers:', '      - name: a', '        image: nginx'), { bestPractices: true })
      .diagnostics.filter((x) => x.ruleId === 'image-tag');
    expect(d?.fieldPath).toBe('spec.template.spec.containers[0].image');
    expect(referenceLink(d!, 'ko')).toBe('/ko/reference/deployment/#spec.template.spec.containers.image');
    expect(referenceLink(d!, 'en')).toBe('/en/reference/deployment/#spec.template.spec.containers.image');
    expect(ruleLink(d!, 'en')).toBe('/en/validator/rules/#image-tag');
  });
  test('a label key is not part of the reference anchor', () => {
    const [d] = validate(yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  labels: {owner: "a b"}')).diagnostics;
    expect(d?.fieldPath).toBe('metadata.labels.owner');
    expect(referenceLink(d!, 'en')).toBe('/en/reference/configmap/#metadata.labels');
  });
});

describe('reference links located through the API data', () => {
  test('a Service selector key stops at the map field; a List prefix is dropped', async () => {
    const { apiSchema } = await import('../../../src/lib/k8s/api-schema.ts');
    const text = yaml('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Service', '  metadata: {name: web}', '  spec:', '    selector: {app: "a b"}', '    ports: [{port: 80}]');
    const [d] = validate(text, { schema: apiSchema }).diagnostics.filter((x) => x.ruleId === 'label-format');
    expect(d?.fieldPath).toBe('items[0].spec.selector.app');
    expect(d?.reference).toBe('spec.selector');
    expect(referenceLink(d!, 'ko')).toBe('/ko/reference/service/#spec.selector');
  });
  test('a kind two groups serve links to its own page (events.k8s.io Event), the core one to the plain name', async () => {
    const { apiSchema } = await import('../../../src/lib/k8s/api-schema.ts');
    const event = (apiVersion: string, extra: string) =>
      validate(yaml(`apiVersion: ${apiVersion}`, 'kind: Event', 'metadata: {name: a}', extra, 'eventTime: 2026-01-01T00:00:00.000000Z'), { schema: apiSchema })
        .diagnostics.filter((x) => x.ruleId === 'schema-unknown-field');
    const [grouped] = event('events.k8s.io/v1', 'notee: typo');
    expect(referenceLink(grouped!, 'en')).toMatch(/^\/en\/reference\/event\.events\.k8s\.io\//);
    const [core] = event('v1', 'messagee: typo');
    expect(referenceLink(core!, 'en')).toMatch(/^\/en\/reference\/event\//);
  });
  test('an unknown field links to the deepest known field', async () => {
    const { apiSchema } = await import('../../../src/lib/k8s/api-schema.ts');
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: a}', 'spec:', '  containers:', '  - name: a', '    image: nginx:1.27', '    imagePullpolicy: Always');
    const [d] = validate(text, { schema: apiSchema }).diagnostics.filter((x) => x.ruleId === 'schema-unknown-field');
    expect(referenceLink(d!, 'en')).toBe('/en/reference/pod/#spec.containers');
  });
});
