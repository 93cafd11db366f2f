// Configuration files and JSON patches are not API objects: one info, and no other rule fires on them.
import { describe, expect, test } from 'vitest';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { yaml } from './helpers.ts';

const all = (text: string) => validate(text, { schema: apiSchema, bestPractices: true }).diagnostics;
const summary = (text: string) => all(text).map((d) => `${d.severity} ${d.ruleId}:${d.messageId} ${d.data.kind ?? ''}/${d.data.reader ?? ''}@${d.line}:${d.column}`);

describe('config-file: configuration families, one info each and nothing else', () => {
  test.each([
    ['kubelet.config.k8s.io/v1beta1', 'KubeletConfiguration', 'kubelet'],
    ['kubelet.config.k8s.io/v1', 'CredentialProviderConfig', 'kubelet'],
    ['kubeproxy.config.k8s.io/v1alpha1', 'KubeProxyConfiguration', 'kube-proxy'],
    ['kubescheduler.config.k8s.io/v1', 'KubeSchedulerConfiguration', 'kube-scheduler'],
    ['apiserver.config.k8s.io/v1', 'AdmissionConfiguration', 'kube-apiserver'],
    ['apiserver.k8s.io/v1alpha1', 'AdmissionConfiguration', 'kube-apiserver'],
    ['apiserver.k8s.io/v1beta1', 'EgressSelectorConfiguration', 'kube-apiserver'],
    ['apiserver.config.k8s.io/v1', 'EncryptionConfiguration', 'kube-apiserver'],
    ['apiserver.config.k8s.io/v1beta1', 'TracingConfiguration', 'kube-apiserver'],
    ['apiserver.config.k8s.io/v1', 'AuthenticationConfiguration', 'kube-apiserver'],
    ['apiserver.config.k8s.io/v1', 'AuthorizationConfiguration', 'kube-apiserver'],
    ['pod-security.admission.config.k8s.io/v1', 'PodSecurityConfiguration', 'kube-apiserver'],
    ['eventratelimit.admission.k8s.io/v1alpha1', 'Configuration', 'kube-apiserver'],
    ['audit.k8s.io/v1', 'Policy', 'kube-apiserver'],
    ['kubeadm.k8s.io/v1beta4', 'InitConfiguration', 'kubeadm'],
    ['kubeadm.k8s.io/v1beta4', 'ClusterConfiguration', 'kubeadm'],
    ['kubeadm.k8s.io/v1beta4', 'JoinConfiguration', 'kubeadm'],
    ['kind.x-k8s.io/v1alpha4', 'Cluster', 'kind'],
    ['client.authentication.k8s.io/v1', 'ExecCredential', 'kubectl'],
    ['kustomize.config.k8s.io/v1beta1', 'Kustomization', 'kustomize'],
    ['kustomize.config.k8s.io/v1alpha1', 'Component', 'kustomize'],
    ['kubecontrollermanager.config.k8s.io/v1alpha1', 'KubeControllerManagerConfiguration', 'kube-controller-manager'],
    ['example.config.k8s.io/v1', 'ExampleConfiguration', 'Kubernetes component'],
    ['v1', 'Config', 'kubectl'],
  ])('%s %s', (apiVersion, kind, reader) => {
    // no metadata, fields no API object has, a tab-free but otherwise arbitrary body
    const text = yaml(`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'someSetting: true', 'nested:', '  list: [1, 2]');
    expect(summary(text)).toEqual([`info config-file:config ${kind}/${reader}@2:7`]);
    expect(validate(text, { schema: apiSchema }).documents[0]?.status).toBe('valid');
  });

  test('the message in both languages', () => {
    const [d] = all(yaml('apiVersion: kubelet.config.k8s.io/v1beta1', 'kind: KubeletConfiguration', 'cgroupDriver: systemd'));
    expect(formatMessage(d!, 'en')).toBe('A kubelet configuration file (KubeletConfiguration), not an API object: not checked.');
    expect(formatMessage(d!, 'ko')).toBe('kubelet 구성 파일(KubeletConfiguration)이며 API 오브젝트가 아니므로 검사하지 않았다.');
  });

  test('metrics-server kustomization.yaml files (base and component) get the info only', () => {
    const base = yaml('apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'commonLabels:', '  k8s-app: metrics-server',
      'resources:', '  - apiservice.yaml', '  - deployment.yaml');
    const component = yaml('apiVersion: kustomize.config.k8s.io/v1alpha1', 'kind: Component', 'components:', '- ../high-availability',
      'patches:', '- path: patch-pdb-version.yaml', '  target:', '    kind: PodDisruptionBudget');
    expect(summary(base)).toEqual(['info config-file:config Kustomization/kustomize@2:7']);
    expect(summary(component)).toEqual(['info config-file:config Component/kustomize@2:7']);
  });

  test('a kustomization.yaml without apiVersion and kind, by its kustomize keys', () => {
    const text = yaml('namespace: monitoring', 'resources:', '- deployment.yaml', 'patches:', '- path: patch.yaml', 'images:', '- name: app', '  newTag: "1.2"');
    expect(summary(text)).toEqual(['info config-file:config Kustomization/kustomize@1:1']);
  });

  test('a Helm Chart.yaml', () => {
    const text = yaml('apiVersion: v2', 'name: web', 'description: A web app', 'type: application', 'version: 0.1.0', 'appVersion: "1.27"');
    expect(summary(text)).toEqual(['info config-file:config Chart.yaml/Helm@1:13']);
  });

  test('a JSON patch (kustomize patch file): the info at the first op, not "not a mapping"', () => {
    const text = yaml('- op: replace', '  path: "/apiVersion"', '  value: policy/v1');
    const found = all(text);
    expect(found.map((d) => `${d.ruleId}:${d.messageId}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`)).toEqual(['config-file:json-patch@1:3-1:5']);
    expect(formatMessage(found[0]!, 'en')).toContain('JSON patch (RFC 6902');
  });

  test('a duplicate key in a configuration file is still reported: it is a YAML error, not an API one', () => {
    const text = yaml('apiVersion: kubelet.config.k8s.io/v1beta1', 'kind: KubeletConfiguration', 'cgroupDriver: systemd', 'cgroupDriver: cgroupfs');
    expect(all(text).map((d) => d.ruleId).sort()).toEqual(['config-file', 'duplicate-key']);
  });
});

describe('config-file: what is not a configuration file is still checked', () => {
  const rulesOf = (text: string) => [...new Set(all(text).map((d) => d.ruleId))].sort();
  test('API groups that share a suffix with a family are real APIs', () => {
    expect(rulesOf(yaml('apiVersion: flowcontrol.apiserver.k8s.io/v1', 'kind: FlowSchema', 'metadata: {name: a}', 'spec: {priorityLevelConfiguration: {name: global}}')))
      .not.toContain('config-file');
    expect(rulesOf(yaml('apiVersion: internal.apiserver.k8s.io/v1alpha1', 'kind: StorageVersion', 'metadata: {name: a}'))).not.toContain('config-file');
    // Cluster API is a CRD: without it in the input, not checked, and said so
    expect(rulesOf(yaml('apiVersion: cluster.x-k8s.io/v1beta1', 'kind: Cluster', 'metadata: {name: a}'))).toEqual(['custom-resource-unchecked']);
  });
  test('a Pod that lost apiVersion and kind is not a kustomization', () => {
    const text = yaml('metadata:', '  name: web', 'spec:', '  containers: []');
    expect(rulesOf(text)).toEqual(['apiversion-kind-required']);
    expect(rulesOf(yaml('resources:', '- a.yaml', 'spec: {}'))).toEqual(['apiversion-kind-required']);
  });
  test('apiVersion v1 with a kind or a metadata is not a Chart.yaml; a list of non-patches is not a JSON patch', () => {
    expect(rulesOf(yaml('apiVersion: v2', 'name: web', 'version: 0.1.0', 'metadata: {}'))).toEqual(['apiversion-kind-required']);
    expect(rulesOf(yaml('- op: explode', '  path: /a'))).toEqual(['apiversion-kind-required']);
    expect(rulesOf(yaml('- name: a'))).toEqual(['apiversion-kind-required']);
  });
  test('a strategic-merge patch names a real kind and is checked as what it is', () => {
    const text = yaml('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:', '  replicas: 2');
    expect(rulesOf(text)).not.toContain('config-file');
  });
});
