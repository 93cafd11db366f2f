// The bundled projects' upstream CRD facts (src/lib/k8s/generate/crd-extracts/, laid onto the data by
// npm run gen:k8s): their CEL rules are evaluated on a custom resource with no CRD in the input, by the
// same code as a pasted CRD's, at the right line; their scope and served/deprecated versions count too.
import { describe, expect, it } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { bundledCrdsFor } from '../../../src/lib/validator/cli/bundled-crds.ts';
import { brief, yaml } from './helpers.ts';

const check = (text: string) => validate(text, { schema: apiSchema, bundledCrds: bundledCrdsFor([text]) }).diagnostics
  .filter((d) => d.severity !== 'info');
/** rule@line: message, without the rule's source the message ends with */
const messages = (text: string) => check(text).map((d) => `${d.ruleId}@${d.line}: ${formatMessage(d, 'en').replace(/ \(the CRD's validation rule `.*`\)$/, '')}`);

const route = (...rule: string[]) => yaml(
  'apiVersion: gateway.networking.k8s.io/v1',
  'kind: HTTPRoute',
  'metadata: {name: web, namespace: shop}',
  'spec:',
  '  parentRefs: [{name: public}]',
  '  rules:',
  ...rule,
);

describe('bundled CRDs: upstream CEL rules', () => {
  it('Gateway API HTTPRoute: a redirect and a rewrite in one rule break the filters rule, at the filters line', () => {
    const both = route(
      '  - filters:',
      '    - type: RequestRedirect',
      '      requestRedirect: {scheme: https}',
      '    - type: URLRewrite',
      '      urlRewrite: {hostname: shop.example.com}',
    );
    expect(messages(both)).toEqual([
      'schema-validation-rule@7: May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both',
    ]);
    expect(check(both.replace(/    - type: URLRewrite\n.*\n/, ''))).toEqual([]);
  });

  it('Gateway API HTTPRoute: a filter type without its field, a redirect with backendRefs', () => {
    const missing = route('  - filters:', '    - type: RequestHeaderModifier', '    backendRefs: [{name: api, port: 8080}]');
    expect(messages(missing)).toEqual(['schema-validation-rule@8: filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type']);
    const redirect = route(
      '  - filters: [{type: RequestRedirect, requestRedirect: {scheme: https}}]',
      '    backendRefs: [{name: api, port: 8080}]',
    );
    expect(messages(redirect)).toEqual(['schema-validation-rule@7: RequestRedirect filter must not be used together with backendRefs']);
  });

  it('sees the upstream defaults as the API server does (a match path with no type is a PathPrefix)', () => {
    // path.type defaults to PathPrefix: the rule "value must be an absolute path" applies to it
    const relative = route('  - matches: [{path: {value: api}}]', '    backendRefs: [{name: api, port: 8080}]');
    expect(messages(relative).map((m) => m.split(':')[0])).toEqual(['schema-validation-rule@7']);
    expect(check(relative.replace('value: api', 'value: /api'))).toEqual([]);
    // a Service backend needs a port (the rule reads group and kind, which default to "" and Service)
    expect(messages(route('  - backendRefs: [{name: api}]'))).toEqual(['schema-validation-rule@7: Must have port for Service reference']);
  });

  it('Gateway API Gateway: a listener rule on the listeners list', () => {
    const gateway = yaml(
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: Gateway',
      'metadata: {name: public, namespace: gateways}',
      'spec:',
      '  gatewayClassName: shared',
      '  listeners:',
      '  - {name: web, port: 80, protocol: HTTP}',
      '  - {name: web, port: 443, protocol: HTTPS, tls: {certificateRefs: [{name: shop-tls}]}}',
    );
    // listeners are also a list map keyed by name upstream: the second web is a duplicate too
    expect(messages(gateway)).toEqual([
      'schema-validation-rule@6: Listener name must be unique within the Gateway',
      'schema-list-duplicate@8: An item with name=web is already in this list (item 1); this list cannot hold two items with the same key.',
    ]);
    const tlsOnHttp = gateway.replace('{name: web, port: 80, protocol: HTTP}', '{name: plain, port: 80, protocol: HTTP, tls: {certificateRefs: [{name: shop-tls}]}}');
    expect(messages(tlsOnHttp)).toEqual(["schema-validation-rule@6: tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']"]);
    expect(check(gateway.replace('{name: web, port: 80', '{name: plain, port: 80'))).toEqual([]);
  });

  it('shows the rule in the message, as the API server names a failed rule', () => {
    const [found] = check(route('  - backendRefs: [{name: api}]'));
    expect(found && formatMessage(found, 'en')).toContain("`(size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true`");
    expect(found && formatMessage(found, 'ko')).toContain('Must have port for Service reference');
  });
});

/** project -> a realistic resource that breaks one upstream rule, and what is reported */
const breaking: Array<[string, string, string[]]> = [
  ['istio', yaml(
    'apiVersion: networking.istio.io/v1',
    'kind: DestinationRule',
    'metadata: {name: reviews, namespace: shop}',
    'spec:',
    '  host: reviews.shop.svc.cluster.local',
    '  trafficPolicy:',
    '    connectionPool:',
    '      tcp: {connectTimeout: 500us}',
  ), ['schema-validation-rule@8: must be a valid duration greater than 1ms']],
  ['prometheus-operator', yaml(
    'apiVersion: monitoring.coreos.com/v1alpha1',
    'kind: PrometheusAgent',
    'metadata: {name: agent, namespace: monitoring}',
    'spec:',
    '  mode: DaemonSet',
    '  replicas: 2',
    '  serviceAccountName: prometheus-agent',
  ), ['schema-validation-rule@4: replicas cannot be set when mode is DaemonSet']],
  ['flux', yaml(
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata: {name: podinfo, namespace: apps}',
    'spec:',
    '  interval: 10m',
    '  releaseName: podinfo',
  ), ['schema-validation-rule@4: either chart or chartRef must be set']],
];

describe('bundled CRDs: upstream CEL rules of each project', () => {
  it.each(breaking)('%s: the rule\'s message at its line', (_id, text, expected) => {
    expect(messages(text)).toEqual(expected);
  });

  it('skips a transition rule (Argo Rollouts: .spec.selector is immutable) as for a pasted CRD', () => {
    const rollout = yaml(
      'apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web, namespace: shop}', 'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:', '    metadata: {labels: {app: web}}', '    spec: {containers: [{name: web, image: "nginx:1.27"}]}',
      '  strategy: {canary: {steps: [{setWeight: 20}]}}',
    );
    expect(check(rollout)).toEqual([]);
  });
});

describe('bundled CRDs: scope and versions from the upstream CRD', () => {
  it('a namespace on a cluster-scoped kind is a warning', () => {
    const gatewayClass = yaml(
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: GatewayClass',
      'metadata: {name: shared, namespace: gateways}',
      'spec: {controllerName: example.com/gateway-controller}',
    );
    expect(brief(check(gatewayClass))).toEqual(['custom-resource-scope@3:37-3:45']);
  });

  it('a deprecated served version is a warning with the CRD\'s deprecationWarning, at the apiVersion', () => {
    const receiver = yaml(
      'apiVersion: notification.toolkit.fluxcd.io/v1beta2', 'kind: Receiver', 'metadata: {name: github, namespace: flux-system}', 'spec:',
      '  type: github', '  secretRef: {name: webhook-token}', '  resources: [{kind: GitRepository, name: app}]',
    );
    const found = validate(receiver, { schema: apiSchema, bundledCrds: bundledCrdsFor([receiver]) }).diagnostics;
    expect(found.map((d) => `${d.ruleId} ${d.severity}@${d.line}: ${formatMessage(d, 'en')}`)).toEqual([
      'crd-version-not-served warning@1: v1beta2 Receiver is deprecated, upgrade to v1',
    ]);
    expect(check(receiver.replace('/v1beta2', '/v1'))).toEqual([]);
  });

  it('a version the upstream CRD does not serve is an error naming the release and the served versions', () => {
    const alpha = yaml('apiVersion: gateway.networking.k8s.io/v1alpha2', 'kind: TLSRoute', 'metadata: {name: db}', 'spec: {}');
    expect(messages(alpha)).toEqual([
      'crd-version-not-served@1: The bundled CRD of Gateway API (Gateway API v1.5.1) does not serve TLSRoute as gateway.networking.k8s.io/v1alpha2; served versions: gateway.networking.k8s.io/v1. If your cluster runs another release, paste its CRD along.',
    ]);
  });
});
