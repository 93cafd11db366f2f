// An apiVersion the pinned release does not serve for that kind. For versions Kubernetes removed, say
// when and what replaced them. Source: https://kubernetes.io/docs/reference/using-api/deprecation-guide/
import type { ResourceRule } from '../types.ts';
import { findKind, indexKinds } from '../schema/index-kinds.ts';

interface Removal {
  release: string;
  /** '' when the API was removed without a replacement */
  replacement: string;
}

const REMOVED: Record<string, Removal> = {};
function removed(release: string, versions: string[], kinds: string[], replacement: string): void {
  for (const version of versions) for (const kind of kinds) REMOVED[`${version} ${kind}`] = { release, replacement };
}
removed('1.16', ['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2'], ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'], 'apps/v1');
removed('1.16', ['extensions/v1beta1'], ['NetworkPolicy'], 'networking.k8s.io/v1');
removed('1.22', ['extensions/v1beta1', 'networking.k8s.io/v1beta1'], ['Ingress'], 'networking.k8s.io/v1');
removed('1.22', ['networking.k8s.io/v1beta1'], ['IngressClass'], 'networking.k8s.io/v1');
removed('1.22', ['rbac.authorization.k8s.io/v1beta1'], ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'], 'rbac.authorization.k8s.io/v1');
removed('1.22', ['apiextensions.k8s.io/v1beta1'], ['CustomResourceDefinition'], 'apiextensions.k8s.io/v1');
removed('1.22', ['admissionregistration.k8s.io/v1beta1'], ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], 'admissionregistration.k8s.io/v1');
removed('1.22', ['scheduling.k8s.io/v1beta1'], ['PriorityClass'], 'scheduling.k8s.io/v1');
removed('1.22', ['storage.k8s.io/v1beta1'], ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], 'storage.k8s.io/v1');
removed('1.22', ['certificates.k8s.io/v1beta1'], ['CertificateSigningRequest'], 'certificates.k8s.io/v1');
removed('1.22', ['coordination.k8s.io/v1beta1'], ['Lease'], 'coordination.k8s.io/v1');
removed('1.22', ['apiregistration.k8s.io/v1beta1'], ['APIService'], 'apiregistration.k8s.io/v1');
removed('1.25', ['batch/v1beta1'], ['CronJob'], 'batch/v1');
removed('1.25', ['discovery.k8s.io/v1beta1'], ['EndpointSlice'], 'discovery.k8s.io/v1');
removed('1.25', ['events.k8s.io/v1beta1'], ['Event'], 'events.k8s.io/v1');
removed('1.25', ['autoscaling/v2beta1'], ['HorizontalPodAutoscaler'], 'autoscaling/v2');
removed('1.25', ['policy/v1beta1'], ['PodDisruptionBudget'], 'policy/v1');
removed('1.25', ['policy/v1beta1', 'extensions/v1beta1'], ['PodSecurityPolicy'], '');
removed('1.25', ['node.k8s.io/v1beta1'], ['RuntimeClass'], 'node.k8s.io/v1');
removed('1.26', ['autoscaling/v2beta2'], ['HorizontalPodAutoscaler'], 'autoscaling/v2');
removed('1.26', ['flowcontrol.apiserver.k8s.io/v1beta1'], ['FlowSchema', 'PriorityLevelConfiguration'], 'flowcontrol.apiserver.k8s.io/v1');
removed('1.27', ['storage.k8s.io/v1beta1'], ['CSIStorageCapacity'], 'storage.k8s.io/v1');
removed('1.29', ['flowcontrol.apiserver.k8s.io/v1beta2'], ['FlowSchema', 'PriorityLevelConfiguration'], 'flowcontrol.apiserver.k8s.io/v1');
removed('1.32', ['flowcontrol.apiserver.k8s.io/v1beta3'], ['FlowSchema', 'PriorityLevelConfiguration'], 'flowcontrol.apiserver.k8s.io/v1');

/** The removal record for an apiVersion and kind, if Kubernetes removed it. */
export function removalOf(apiVersion: string, kind: string): Removal | undefined {
  return REMOVED[`${apiVersion} ${kind}`];
}

export const apiVersionNotServed: ResourceRule = {
  id: 'api-version-not-served',
  severity: 'error',
  category: 'api',
  messages: {
    removed: {
      ko: '{apiVersion}의 {kind}는 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement}을(를) 쓰자(필드가 달라졌을 수 있으니 함께 확인하자).',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement} (check the fields too, they may have changed).',
    },
    'removed-no-replacement': {
      ko: '{apiVersion}의 {kind}는 쿠버네티스 {release}에서 대체 API 없이 제거되었다.',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release} with no replacement API.',
    },
    'not-served': {
      ko: '쿠버네티스 {version}은(는) {kind}를 {apiVersion}으로 제공하지 않는다. 제공하는 버전: {served}.',
      en: 'Kubernetes {version} does not serve {kind} as {apiVersion}; served versions: {served}.',
    },
  },
  docs: {
    summary: {
      ko: '제거되었거나 제공되지 않는 apiVersion을 찾고 대체 버전을 알려 준다.',
      en: 'Finds apiVersions that were removed or are not served, and names the replacement.',
    },
    why: {
      ko: '오래된 블로그 글이나 예제는 `extensions/v1beta1`처럼 이미 제거된 API 버전을 쓴다. 현재 클러스터는 이런 매니페스트를 "no matches for kind" 오류로 거부한다.',
      en: 'Old blog posts and examples use API versions that are gone, such as `extensions/v1beta1`; current clusters reject them with "no matches for kind".',
    },
    fix: {
      ko: '메시지가 알려 주는 apiVersion으로 바꾸고, 새 버전에서 필수가 된 필드(예: apps/v1 디플로이먼트의 spec.selector)를 채우자.',
      en: 'Switch to the apiVersion the message names and fill in fields the new version requires (e.g. spec.selector for an apps/v1 Deployment).',
    },
    bad: 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n',
    good: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
  },
  check(ctx) {
    const { apiVersion, kind } = ctx.resource;
    if (apiVersion === '' || kind === '') return;
    const schema = ctx.schema;
    if (schema && findKind(schema, apiVersion, kind)) return;
    const entry = ctx.resource.node.entries?.get('apiVersion');
    const removal = removalOf(apiVersion, kind);
    if (removal) {
      const fix = removal.replacement && entry
        ? { fix: { start: entry.value.start, end: entry.value.end, text: removal.replacement } }
        : {};
      ctx.report({
        messageId: removal.replacement ? 'removed' : 'removed-no-replacement',
        data: { apiVersion, kind, release: removal.release, replacement: removal.replacement },
        path: ['apiVersion'], at: 'value', ...fix,
      });
      return;
    }
    // unknown kinds are unknown-kind's job; here the kind exists but not in this version
    const served = schema ? indexKinds(schema).byKind.get(kind) : undefined;
    if (!schema || !served) return;
    const fix = served.length === 1 && entry
      ? { fix: { start: entry.value.start, end: entry.value.end, text: (served[0] as { apiVersion: string }).apiVersion } }
      : {};
    ctx.report({
      messageId: 'not-served',
      data: { apiVersion, kind, version: schema.kubernetesVersion, served: served.map((k) => k.apiVersion).join(', ') },
      path: ['apiVersion'], at: 'value', ...fix,
    });
  },
};
