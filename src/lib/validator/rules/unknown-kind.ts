// A kind the pinned Kubernetes release does not serve in any API group (typos, made-up kinds).
// Kinds of groups the release does not know are custom resources: custom-resource-unchecked and the
// CRDs of the paste take them (a typo in a built-in group's kind stays an error here).
// Kinds that exist only in versions removed or off by default are api-version-not-served's to report.
import type { ResourceRule } from '../types.ts';
import { findRemovedApi } from '../../k8s/removed-apis.ts';
import { compareReleases } from '../../k8s/releases.ts';
import { offByDefaultVersionsOf } from '../../k8s/off-by-default-apis.ts';
import { indexKinds } from '../schema/index-kinds.ts';
import { closest } from '../schema/suggest.ts';
import { isCustomApiVersion } from '../schema/custom-resources.ts';
import { entryOf } from '../yaml/node.ts';
import { safeFix, scalarEdit } from '../fix/make.ts';

export const unknownKind: ResourceRule = {
  id: 'unknown-kind',
  severity: 'error',
  category: 'api',
  fixes: ['safe'],
  needsSchema: true,
  messages: {
    unknown: {
      ko: '쿠버네티스 {version}에는 {kind} 종류(Kind)가 없다. 커스텀 리소스라면 그 CRD가 클러스터에 먼저 있어야 한다.',
      en: 'Kubernetes {version} has no kind {kind}; if it is a custom resource, its CRD must be installed first.',
    },
    'unknown-suggest': {
      ko: '쿠버네티스 {version}에는 {kind} 종류(Kind)가 없다. {suggestion|을} 뜻했는가?',
      en: 'Kubernetes {version} has no kind {kind}. Did you mean {suggestion}?',
    },
    // checked against an older release (issue 11): the kind came later
    'added-later': {
      ko: '쿠버네티스 {version}에는 아직 {kind} 종류(Kind)가 없다. {apiVersion}의 {kind|는} 쿠버네티스 {since}에서 추가되었다.',
      en: 'Kubernetes {version} has no kind {kind} yet: {kind} in {apiVersion} came in Kubernetes {since}.',
    },
  },
  docs: {
    summary: { ko: '알 수 없는 kind를 찾는다.', en: 'Finds kinds the Kubernetes release does not know.' },
    why: {
      ko: 'kind는 대소문자를 구분한다. `deployment`나 `Deploymnet`이면 kubectl은 "no matches for kind" 오류를 낸다.',
      en: 'Kinds are case-sensitive: with `deployment` or `Deploymnet`, kubectl fails with "no matches for kind".',
    },
    fix: {
      ko: '`kubectl api-resources`의 KIND 열에 있는 이름을 그대로 쓰자.',
      en: 'Use the name exactly as the KIND column of `kubectl api-resources` shows it.',
    },
    bad: 'apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: web\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
  },
  check(ctx) {
    const { kind } = ctx.resource;
    const schema = ctx.schema;
    if (!schema || kind === '' || isCustomApiVersion(schema, ctx.resource.apiVersion)) return;
    const index = indexKinds(schema);
    if (index.byKind.has(kind)) return;
    const later = ctx.options.history?.kindSince(ctx.resource.apiVersion, kind);
    if (later && compareReleases(later.since, schema.kubernetesVersion) > 0) {
      ctx.report({
        messageId: 'added-later',
        data: { kind, apiVersion: ctx.resource.apiVersion, since: later.since, version: schema.kubernetesVersion },
        path: ['kind'], at: 'value',
      });
      return;
    }
    if (findRemovedApi(ctx.resource.apiVersion, kind) || offByDefaultVersionsOf(kind).length > 0) return;
    const suggestion = index.byLowerKind.get(kind.toLowerCase()) ?? closest(kind, index.byKind.keys());
    const caseOnly = suggestion !== undefined && suggestion.toLowerCase() === kind.toLowerCase();
    const entry = entryOf(ctx.resource.node, 'kind');
    ctx.report({
      messageId: suggestion ? 'unknown-suggest' : 'unknown',
      data: suggestion ? { kind, suggestion, version: schema.kubernetesVersion } : { kind, version: schema.kubernetesVersion },
      path: ['kind'],
      at: 'value',
      ...(caseOnly && entry ? { fixes: [safeFix(suggestion, scalarEdit(ctx.text, entry.value, suggestion))] } : {}),
    });
  },
};
