// Rules beyond the schema: table-driven, each case with the exact line:column it must report.
import { describe, expect, test } from 'vitest';
import { validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { yaml } from './helpers.ts';

const found = (rule: string, text: string, schema = true) =>
  validate(text, schema ? { schema: apiSchema } : {}).diagnostics
    .filter((d) => d.ruleId === rule)
    .map((d) => `${d.messageId}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);

const deployment = (selector: string[], labels: string[], extra: string[] = []) => yaml(
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', ...selector,
  '  template:', '    metadata:', '      labels:', ...labels, '    spec:', '      containers:', '      - name: web', '        image: nginx:1.27', ...extra,
);

const podWith = (...lines: string[]) => yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...lines);

describe.each([
  // [rule, title, yaml, expected]
  ['metadata-name-format', 'capitals and underscore', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: Web_Config'), ['subdomain@4:9-4:19']],
  ['metadata-name-format', 'a Service name must start with a letter', yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: 1web'), ['rfc1035@4:9-4:13']],
  ['metadata-name-format', 'a Namespace name cannot contain dots', yaml('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: team.a'), ['label@4:9-4:15']],
  ['metadata-name-format', '254 characters', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${'a'.repeat(254)}`), ['subdomain@4:9-4:263']],
  ['metadata-name-format', 'no name at all', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  labels: {}'), ['missing@3:1-3:9']],
  ['metadata-name-format', 'generateName is enough', yaml('apiVersion: batch/v1', 'kind: Job', 'metadata:', '  generateName: run-'), []],
  ['label-format', 'a sentence as a value', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  labels:', '    owner: team web'), ['value@6:12-6:20']],
  ['label-format', 'a bad prefix', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  labels:', '    Example.com/app: x'), ['key-prefix@6:5-6:20']],
  ['label-format', '64-character value', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  labels:', `    v: ${'a'.repeat(64)}`), ['value@6:8-6:72']],
  ['label-format', 'template and selector labels too', deployment(['  selector:', '    matchLabels:', '      app: "web app"'], ['        app: "web app"']), ['value@8:12-8:21', 'value@12:14-12:23']],
  ['annotation-format', 'a key with a space', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  annotations:', '    "owner email": x'), ['key@6:5-6:18']],
  ['workload-selector', 'no selector', deployment([], ['        app: web']), ['missing@5:1-5:5']],
  ['workload-selector', 'selector does not match', deployment(['  selector:', '    matchLabels: {app: web}'], ['        app: frontend']), ['mismatch@6:3-6:11']],
  ['workload-selector', 'matchExpressions that match', deployment(['  selector:', '    matchExpressions:', '    - {key: app, operator: In, values: [web, api]}'], ['        app: web']), []],
  ['duplicate-container-name', 'init and app container share a name', podWith('  initContainers:', '  - name: web', '    image: busybox:1.36', '  containers:', '  - name: web', '    image: nginx:1.27'), ['duplicate@10:11-10:14']],
  ['volume-mount-unknown-volume', 'a typo in the volume name', podWith('  containers:', '  - name: web', '    image: nginx:1.27', '    volumeMounts:', '    - name: confg', '      mountPath: /etc/x', '  volumes:', '  - name: config', '    emptyDir: {}'), ['unknown@10:13-10:18']],
  ['probe-handler', 'two handlers', podWith('  containers:', '  - name: web', '    image: nginx:1.27', '    livenessProbe:', '      httpGet: {path: /, port: 80}', '      tcpSocket: {port: 80}'), ['several@9:5-9:18']],
  ['service-ports', 'nodePort out of range and a port too high', yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: web}', 'spec:', '  type: NodePort', '  ports:', '  - port: 70000', '    nodePort: 8080'), ['port-range@7:11-7:16', 'node-port-range@8:15-8:19']],
  ['service-ports', 'nodePort on a ClusterIP Service', yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: web}', 'spec:', '  ports:', '  - port: 80', '    nodePort: 30080'), ['node-port-type@7:5-7:13']],
  ['service-ports', 'unnamed ports when there are two', yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: web}', 'spec:', '  ports:', '  - port: 80', '  - port: 443'), ['name-required@6:5-6:9', 'name-required@7:5-7:9']],
  ['ingress-path-type', 'v1 path without pathType', yaml('apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata: {name: web}', 'spec:', '  rules:', '  - http:', '      paths:', '      - path: /api', '        backend: {service: {name: api, port: {number: 80}}}'), ['missing@8:9-8:13']],
  ['hpa-replica-bounds', 'min above max', yaml('apiVersion: autoscaling/v2', 'kind: HorizontalPodAutoscaler', 'metadata: {name: web}', 'spec:', '  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}', '  minReplicas: 5', '  maxReplicas: 2'), ['min-above-max@6:16-6:17']],
  ['base64-format', 'plain text in Secret data', yaml('apiVersion: v1', 'kind: Secret', 'metadata: {name: db}', 'data:', '  user: YWRtaW4=', '  password: hunter2'), ['secret-data@6:13-6:20']],
  ['base64-format', 'wrapped base64 in Secret data is fine', yaml('apiVersion: v1', 'kind: Secret', 'metadata: {name: db}', 'data:', '  cert: |', '    YWRtaW4t', '    YWRtaW4='), []],
  ['cronjob-schedule', 'six fields', yaml('apiVersion: batch/v1', 'kind: CronJob', 'metadata: {name: r}', 'spec:', '  schedule: "0 0 * * * *"'), ['field-count@5:13-5:26']],
  ['cronjob-schedule', 'hour 24', yaml('apiVersion: batch/v1', 'kind: CronJob', 'metadata: {name: r}', 'spec:', '  schedule: "0 24 * * *"'), ['field@5:13-5:25']],
  ['cronjob-schedule', 'names, ranges, steps and macros are fine', yaml('apiVersion: batch/v1', 'kind: CronJob', 'metadata: {name: r}', 'spec:', '  schedule: "*/15 9-17 ? JAN-MAR mon-fri"'), []],
  ['cronjob-schedule', 'TZ= inside the schedule', yaml('apiVersion: batch/v1', 'kind: CronJob', 'metadata: {name: r}', 'spec:', '  schedule: "TZ=Asia/Seoul 0 9 * * *"'), ['time-zone@5:13-5:38']],
  ['pdb-min-max-exclusive', 'both set', yaml('apiVersion: policy/v1', 'kind: PodDisruptionBudget', 'metadata: {name: web}', 'spec:', '  minAvailable: 1', '  maxUnavailable: 1'), ['both@6:3-6:17']],
  ['requests-exceed-limits', 'CPU request above the limit in other units', podWith('  containers:', '  - name: web', '    image: nginx:1.27', '    resources:', '      requests: {cpu: "1.5"}', '      limits: {cpu: 1000m}'), ['exceeds@10:23-10:28']],
] as const)('%s: %s', (rule, _title, text, expected) => {
  test('reports exactly', () => expect(found(rule, text)).toEqual(expected));
});

describe('without API data, label values must still be strings', () => {
  test('label-format reports an unquoted boolean', () => {
    expect(found('label-format', yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  labels:', '    canary: true'), false)).toEqual(['value-not-string@6:13-6:17']);
  });
  test('with API data the schema rule reports it instead, once', () => {
    const text = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '  labels:', '    canary: true');
    expect(found('label-format', text)).toEqual([]);
    expect(found('schema-type-mismatch', text)).toEqual(['needs-quotes@6:13-6:17']);
  });
});

describe('metadata-name-format fix', () => {
  test('lower-casing is offered when it makes the name valid', () => {
    const text = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: WebConfig');
    const [d] = validate(text).diagnostics.filter((x) => x.ruleId === 'metadata-name-format');
    expect(d?.fixes).toEqual([{ safety: 'safe', label: 'webconfig', edits: [{ start: text.indexOf('WebConfig'), end: text.indexOf('WebConfig') + 9, text: 'webconfig' }] }]);
  });
});

describe('names and volumes the API server accepts', () => {
  test('a create-only Review needs no metadata.name', () => {
    const text = yaml('apiVersion: authorization.k8s.io/v1', 'kind: SelfSubjectAccessReview', 'spec:', '  resourceAttributes: {verb: list, resource: pods}');
    expect(validate(text).diagnostics.filter((d) => d.ruleId === 'metadata-name-format')).toEqual([]);
  });
  test('a StatefulSet container may mount a volumeClaimTemplates entry, but not an unknown name', () => {
    const statefulSet = (mount: string) => yaml(
      'apiVersion: apps/v1', 'kind: StatefulSet', 'metadata: {name: db}', 'spec:', '  serviceName: db',
      '  selector: {matchLabels: {app: db}}', '  template:', '    metadata: {labels: {app: db}}', '    spec:',
      '      containers:', '      - name: db', '        image: postgres:17', '        volumeMounts:', `        - {name: ${mount}, mountPath: /data}`,
      '  volumeClaimTemplates:', '  - metadata: {name: data}', '    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}',
    );
    expect(validate(statefulSet('data')).diagnostics.filter((d) => d.ruleId === 'volume-mount-unknown-volume')).toEqual([]);
    expect(validate(statefulSet('dta')).diagnostics.filter((d) => d.ruleId === 'volume-mount-unknown-volume')).toHaveLength(1);
  });
});
