// An apiVersion the pinned release does not serve for that kind. For versions Kubernetes removed, say
// when and what replaced them, from the project's one table of removals (src/lib/k8s/removed-apis.ts,
// which the kind catalogue is tested against). Alpha and beta versions that exist but are off by
// default (src/lib/k8s/off-by-default-apis.ts) are a warning naming the --runtime-config that turns
// them on. It works without API data too.
import type { ResourceRule } from '../types.ts';
import { findKind, indexKinds } from '../schema/index-kinds.ts';
import { findRemovedApi } from '../../k8s/removed-apis.ts';
import { compareReleases } from '../../k8s/releases.ts';
import { findOffByDefaultApi, offByDefaultVersionsOf } from '../../k8s/off-by-default-apis.ts';
import { entryOf } from '../yaml/node.ts';
import { safeFix, scalarEdit } from '../fix/make.ts';
import { migrationFix } from '../fix/migrate.ts';
import { pdbSelectorChange } from '../fix/migrate-pdb.ts';
import { isCustomApiVersion } from '../schema/custom-resources.ts';

export const apiVersionNotServed: ResourceRule = {
  id: 'api-version-not-served',
  severity: 'error',
  category: 'api',
  fixes: ['safe', 'suggestion'],
  messages: {
    removed: {
      ko: '{apiVersion}의 {kind|은} 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement|을} 쓰자(필드가 달라졌을 수 있으니 함께 확인하자).',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement} (check the fields too, they may have changed).',
    },
    // policy/v1 changed what an empty selector selects (fix/migrate-pdb.ts)
    'removed-pdb-empty-selector': {
      ko: '{apiVersion}의 {kind|은} 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement|을} 쓰자. 다만 빈 selector({})의 뜻이 바뀐다. {apiVersion}에서는 어떤 파드도 고르지 않았지만 {replacement}에서는 네임스페이스의 모든 파드를 골라, 그 파드 모두의 축출을 막을 수 있다. 지키려는 파드의 레이블을 selector에 적자.',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement}, but mind the empty selector ({}): in {apiVersion} it selected no Pods, in {replacement} it selects every Pod in the namespace, and the budget can hold back the eviction of all of them. Write the labels of the Pods to protect in the selector.',
    },
    'removed-pdb-no-selector': {
      ko: '{apiVersion}의 {kind|은} 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement|을} 쓰자. selector가 없으면 두 버전 모두 어떤 파드도 고르지 않아 아무것도 지키지 않는다. 지키려는 파드의 레이블을 selector에 적자.',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement}. With no selector it selects no Pods in either version and protects nothing: write the labels of the Pods to protect in the selector.',
    },
    // v1 requires signerName and usages, which v1beta1 defaulted (fix/migrate-csr.ts)
    'removed-csr-defaults': {
      ko: '{apiVersion}의 {kind|은} 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement|을} 쓰자. {replacement}에서는 spec.signerName과 spec.usages가 필수인데, 비워 두면 {apiVersion|이} 채워 주었으므로 수정이 그 값을 적는다: {written}.',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement}. {replacement} requires spec.signerName and spec.usages, which {apiVersion} filled in when left out, so the fix writes what it filled in: {written}.',
    },
    'removed-csr-legacy-unknown': {
      ko: '{apiVersion}의 {kind|은} 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement|을} 쓰자. {replacement}에서는 spec.signerName이 필수다. 이 요청은 노드의 클라이언트나 서빙 인증서 요청이 아니어서 {apiVersion|이} 서명자를 kubernetes.io/legacy-unknown으로 채웠겠지만, {replacement|은} 이 서명자로 요청을 만들 수 없다. 서명할 서명자를 골라 spec.signerName에 적자(API 서버에 쓰는 클라이언트 인증서라면 kubernetes.io/kube-apiserver-client, 아니면 직접 운영하는 서명자의 이름). 그래서 이 수정은 제안이며 서명자는 적지 않는다.',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement}. {replacement} requires spec.signerName: this is not a node\'s client or serving certificate request, so {apiVersion} would have given it kubernetes.io/legacy-unknown, a signer {replacement} cannot request. Choose the signer that should sign it and write it in spec.signerName (kubernetes.io/kube-apiserver-client for a client certificate to the API server, or your own signer\'s name); this fix is therefore a suggestion and writes no signer.',
    },
    // v1 keeps per version what v1beta1 kept for all of them (fix/migrate-crd.ts)
    'removed-crd': {
      ko: '{apiVersion}의 {kind|은} 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement|을} 쓰자. 수정은 {replacement|이} 다른 곳에 두는 필드를 옮기고 필수 필드를 적는다: {changes}.',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement}. The fix moves what {replacement} keeps elsewhere and writes what it requires: {changes}.',
    },
    'removed-crd-prunes': {
      ko: '{apiVersion}의 {kind|은} 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement|을} 쓰자. 수정은 {replacement|이} 다른 곳에 두는 필드를 옮기고 필수 필드를 적는다: {changes}. 다만 spec.preserveUnknownFields를 비워 두면 {apiVersion|은} 스키마에 없는 필드를 남겼지만 {replacement|은} 그런 필드를 지운다(pruning). 그래서 이 수정은 제안이다. 모르는 필드를 남겨야 하는 곳에는 스키마에 x-kubernetes-preserve-unknown-fields: true를 쓰자.',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement}. The fix moves what {replacement} keeps elsewhere and writes what it requires: {changes}. But with spec.preserveUnknownFields left out, {apiVersion} kept the fields the schema does not declare, and {replacement} drops them (pruning), so this fix is a suggestion: where unknown fields must stay, put x-kubernetes-preserve-unknown-fields: true in the schema.',
    },
    'removed-crd-preserve-unknown-fields': {
      ko: '{apiVersion}의 {kind|은} 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement|을} 쓰자. 수정은 {replacement|이} 다른 곳에 두는 필드를 옮기고 필수 필드를 적는다: {changes}. 다만 {replacement}에서는 spec.preserveUnknownFields: true를 쓸 수 없다. 이 필드를 지우고 각 버전의 스키마 루트(openAPIV3Schema)나 모르는 필드를 남길 곳에 x-kubernetes-preserve-unknown-fields: true를 쓰자. 그 선택은 직접 해야 하므로 이 수정은 제안이며 이 필드는 그대로 둔다.',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement}. The fix moves what {replacement} keeps elsewhere and writes what it requires: {changes}. But spec.preserveUnknownFields: true is not allowed in {replacement}: remove it and put x-kubernetes-preserve-unknown-fields: true at the root of each version\'s schema (openAPIV3Schema), or wherever unknown fields may stay. That choice is yours, so this fix is a suggestion and leaves the field as it is.',
    },
    'removed-no-replacement': {
      ko: '{apiVersion}의 {kind|은} 쿠버네티스 {release}에서 대체 API 없이 제거되었다.',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release} with no replacement API.',
    },
    // the old defaults a workload or webhook migration writes (fix/migrate-workload-defaults.ts, migrate-webhooks.ts)
    'removed-old-defaults': {
      ko: '{apiVersion}의 {kind|은} 쿠버네티스 {release}에서 제거되었다. apiVersion: {replacement|을} 쓰자(필드가 달라졌을 수 있으니 함께 확인하자). 비워 둔 필드 가운데 일부는 {replacement}의 기본값이 {apiVersion|과} 달라서, 동작이 바뀌지 않도록 수정이 예전 기본값을 적는다(괄호 안은 {replacement}의 기본값): {defaults}.',
      en: '{kind} in {apiVersion} was removed in Kubernetes {release}; use apiVersion: {replacement} (check the fields too, they may have changed). {replacement} defaults some of the fields left out otherwise than {apiVersion} did, so the fix writes the old defaults to keep the behaviour (the {replacement} default in parentheses): {defaults}.',
    },
    // PodSecurityPolicy has no successor kind: say what took its place, and when it went (removed-apis.ts)
    'removed-psp': {
      ko: '{apiVersion}의 PodSecurityPolicy는 파드의 보안 설정을 클러스터 전체에서 제한하던 어드미션 정책으로, 쿠버네티스 {release}에서 대체 API 없이 제거되었다. 파드 시큐리티 어드미션(Pod Security Admission)을 쓰자. 네임스페이스에 pod-security.kubernetes.io/enforce 레이블(privileged, baseline, restricted)을 단다.',
      en: 'PodSecurityPolicy ({apiVersion}), the cluster-wide admission policy for Pod security settings, was removed in Kubernetes {release} with no replacement API; use Pod Security Admission instead: label the namespace with pod-security.kubernetes.io/enforce (privileged, baseline or restricted).',
    },
    // extensions/v1beta1: moved to policy/v1beta1 first, which went later
    'removed-psp-moved': {
      ko: '{apiVersion}의 PodSecurityPolicy는 쿠버네티스 {release}에서 제거되었고, 그 뒤를 이은 {replacement} 역시 쿠버네티스 {replacementRelease}에서 대체 API 없이 제거되었다. PodSecurityPolicy는 파드의 보안 설정을 클러스터 전체에서 제한하던 어드미션 정책이다. 파드 시큐리티 어드미션(Pod Security Admission)을 쓰자. 네임스페이스에 pod-security.kubernetes.io/enforce 레이블(privileged, baseline, restricted)을 단다.',
      en: 'PodSecurityPolicy ({apiVersion}) was removed in Kubernetes {release}, and its successor {replacement} in Kubernetes {replacementRelease}, with no replacement API: PodSecurityPolicy, the cluster-wide admission policy for Pod security settings, is gone. Use Pod Security Admission instead: label the namespace with pod-security.kubernetes.io/enforce (privileged, baseline or restricted).',
    },
    'off-by-default': {
      ko: '{apiVersion}의 {kind|는} 쿠버네티스 {version}에 있지만 기본으로 켜져 있지 않다. API 서버에 --runtime-config={apiVersion}=true가 필요하다.',
      en: '{kind} in {apiVersion} exists in Kubernetes {version} but is not enabled by default; the API server needs --runtime-config={apiVersion}=true.',
    },
    'off-by-default-served': {
      ko: '{apiVersion}의 {kind|는} 쿠버네티스 {version}에 있지만 기본으로 켜져 있지 않다. API 서버에 --runtime-config={apiVersion}=true가 필요하다. 기본으로 제공하는 버전: {served}.',
      en: '{kind} in {apiVersion} exists in Kubernetes {version} but is not enabled by default; the API server needs --runtime-config={apiVersion}=true. Served by default: {served}.',
    },
    'not-served-off-by-default': {
      ko: '쿠버네티스 {version|은} {kind|를} {apiVersion|으로} 제공하지 않는다. {kind|는} 기본으로 꺼진 {offByDefault}에만 있으며, 켜려면 API 서버에 --runtime-config=<그룹>/<버전>=true가 필요하다.',
      en: 'Kubernetes {version} does not serve {kind} as {apiVersion}; {kind} exists only in {offByDefault}, not enabled by default (the API server needs --runtime-config=<group>/<version>=true).',
    },
    // checked against an older release (issue 11): a version a later release serves
    'served-later': {
      ko: '쿠버네티스 {version|은} {kind|를} 아직 {apiVersion|으로} 제공하지 않는다. 이 버전은 쿠버네티스 {since}부터 제공된다. {version|이} 제공하는 버전: {served}.',
      en: 'Kubernetes {version} does not serve {kind} as {apiVersion} yet: that version is served from Kubernetes {since}. Kubernetes {version} serves: {served}.',
    },
    'not-served': {
      ko: '쿠버네티스 {version|은} {kind|를} {apiVersion|으로} 제공하지 않는다. 제공하는 버전: {served}.',
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
    // a custom group's versions are its CRD's to serve (crd-version-not-served), not the release's
    if (schema && isCustomApiVersion(schema, apiVersion)) return;
    const entry = entryOf(ctx.resource.node, 'apiVersion');
    // a removal after the checked release is no removal yet (checking an older release, issue 11)
    const removed = findRemovedApi(apiVersion, kind);
    const removal = removed && (!schema || compareReleases(removed.removedIn, schema.kubernetesVersion) <= 0) ? removed : undefined;
    if (removal && removal.kind === 'PodSecurityPolicy') {
      // where its successor went too (extensions/v1beta1 -> policy/v1beta1 -> none)
      let last = removal;
      for (let next = findRemovedApi(last.replacement ?? '', kind); next && next !== last; next = findRemovedApi(last.replacement ?? '', kind)) last = next;
      ctx.report({
        messageId: last === removal ? 'removed-psp' : 'removed-psp-moved',
        data: { apiVersion, release: removal.removedIn, replacement: removal.replacement ?? '', replacementRelease: last.removedIn },
        path: ['apiVersion'], at: 'value',
      });
      return;
    }
    if (removal) {
      const migration = migrationFix(ctx.text, ctx.resource, removal);
      const fix = migration ? { fixes: [migration.fix] } : {};
      const selectorChange = kind === 'PodDisruptionBudget' && apiVersion === 'policy/v1beta1' ? pdbSelectorChange(ctx.resource) : undefined;
      const defaults = migration?.defaults ?? [];
      const removed = migration?.notice?.messageId
        ?? (selectorChange ? `removed-pdb-${selectorChange === 'empty' ? 'empty-selector' : 'no-selector'}` : defaults.length > 0 ? 'removed-old-defaults' : 'removed');
      ctx.report({
        messageId: removal.replacement ? removed : 'removed-no-replacement',
        data: {
          apiVersion, kind, release: removal.removedIn, replacement: removal.replacement ?? '',
          ...(defaults.length > 0 ? { defaults: defaults.map((d) => `${d.path}: ${d.value} (${d.now})`).join(', ') } : {}),
          ...migration?.notice?.data,
        },
        path: ['apiVersion'], at: 'value', ...fix,
      });
      return;
    }
    // unknown kinds are unknown-kind's job; here the kind exists but not in this version
    if (!schema) return;
    const served = indexKinds(schema).byKind.get(kind);
    const servedList = served?.map((k) => k.apiVersion).join(', ') ?? '';
    const version = schema.kubernetesVersion;
    // checking an older release (issue 11): a version that came later; a kind that came later is unknown-kind's
    const later = ctx.options.history?.kindSince(apiVersion, kind);
    if (later && compareReleases(later.since, version) > 0) {
      if (served) {
        ctx.report({
          messageId: 'served-later',
          data: { apiVersion, kind, version, since: later.since, served: servedList },
          path: ['apiVersion'], at: 'value',
        });
      }
      return;
    }
    if (findOffByDefaultApi(apiVersion, kind)) {
      ctx.report({
        messageId: served ? 'off-by-default-served' : 'off-by-default',
        data: { apiVersion, kind, version, served: servedList },
        path: ['apiVersion'], at: 'value', severity: 'warning',
      });
      return;
    }
    const offByDefault = offByDefaultVersionsOf(kind);
    if (!served && offByDefault.length > 0) {
      ctx.report({
        messageId: 'not-served-off-by-default',
        data: { apiVersion, kind, version, offByDefault: offByDefault.join(', ') },
        path: ['apiVersion'], at: 'value',
      });
      return;
    }
    if (!served) return;
    const only = served.length === 1 ? (served[0] as { apiVersion: string }).apiVersion : undefined;
    const fix = only && entry ? { fixes: [safeFix(only, scalarEdit(ctx.text, entry.value, only))] } : {};
    ctx.report({
      messageId: 'not-served',
      data: { apiVersion, kind, version, served: servedList },
      path: ['apiVersion'], at: 'value', ...fix,
    });
  },
};
