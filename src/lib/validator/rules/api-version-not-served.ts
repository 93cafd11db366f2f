// An apiVersion the pinned release does not serve for that kind. For versions Kubernetes removed, say
// when and what replaced them, from the project's one table of removals (src/lib/k8s/removed-apis.ts,
// which the kind catalogue is tested against). It works without API data too.
import type { ResourceRule } from '../types.ts';
import { findKind, indexKinds } from '../schema/index-kinds.ts';
import { findRemovedApi } from '../../k8s/removed-apis.ts';
import { entryOf } from '../yaml/node.ts';

export const apiVersionNotServed: ResourceRule = {
  id: 'api-version-not-served',
  severity: 'error',
  category: 'api',
  messages: {
    removed: {
      ko: '{apiVersion}의 {kind}은(는) 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement}을(를) 쓰자(필드가 달라졌을 수 있으니 함께 확인하자).',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement} (check the fields too, they may have changed).',
    },
    'removed-no-replacement': {
      ko: '{apiVersion}의 {kind}은(는) 쿠버네티스 {release}에서 대체 API 없이 제거되었다.',
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
    const entry = entryOf(ctx.resource.node, 'apiVersion');
    const removal = findRemovedApi(apiVersion, kind);
    if (removal) {
      const fix = removal.replacement && entry
        ? { fix: { start: entry.value.start, end: entry.value.end, text: removal.replacement } }
        : {};
      ctx.report({
        messageId: removal.replacement ? 'removed' : 'removed-no-replacement',
        data: { apiVersion, kind, release: removal.removedIn, replacement: removal.replacement ?? '' },
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
