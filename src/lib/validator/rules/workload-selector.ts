// apps/v1 workloads need spec.selector, and it must select the Pod template's labels; the API server
// rejects the object otherwise ("selector does not match template labels").
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { matchesLabelSelector } from '../selectors.ts';
import { get } from '../workload.ts';
import { safeFix } from '../fix/make.ts';
import { selectorFromTemplate, selectorMismatchFixes } from '../fix/selector.ts';

export const workloadSelector: ResourceRule = {
  id: 'workload-selector',
  severity: 'error',
  category: 'semantics',
  fixes: ['safe', 'suggestion'],
  kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'],
  messages: {
    missing: {
      ko: 'apps/v1 {kind}에는 spec.selector가 필요하다. 파드 템플릿의 레이블과 같은 matchLabels를 쓰자.',
      en: 'An apps/v1 {kind} needs spec.selector; use matchLabels equal to the Pod template\'s labels.',
    },
    empty: {
      ko: 'spec.selector가 비어 있다. matchLabels 또는 matchExpressions를 쓰자.',
      en: 'spec.selector is empty; give it matchLabels or matchExpressions.',
    },
    mismatch: {
      ko: 'spec.selector가 파드 템플릿의 레이블(spec.template.metadata.labels)과 맞지 않는다. API 서버가 이 {kind|를} 거부한다.',
      en: 'spec.selector does not match the Pod template\'s labels (spec.template.metadata.labels); the API server rejects this {kind}.',
    },
  },
  docs: {
    summary: {
      ko: '워크로드의 셀렉터가 있고 파드 템플릿 레이블과 맞는지 확인한다.',
      en: 'Checks that a workload has a selector and that it matches its Pod template labels.',
    },
    why: {
      ko: '디플로이먼트 같은 워크로드 리소스는 셀렉터로 자기 파드를 찾는다. apps/v1부터 셀렉터는 필수이고, 템플릿 레이블과 맞지 않으면 "selector does not match template labels" 오류로 거부된다.',
      en: 'Workload resources such as a Deployment find their Pods through the selector. Since apps/v1 it is required, and one that does not match the template labels is rejected with "selector does not match template labels".',
    },
    fix: {
      ko: 'spec.selector.matchLabels와 spec.template.metadata.labels에 같은 레이블을 쓰자.',
      en: 'Put the same labels in spec.selector.matchLabels and spec.template.metadata.labels.',
    },
    bad: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: frontend\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.30\n',
    good: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.30\n',
  },
  check(ctx) {
    const { resource } = ctx;
    if (!resource.apiVersion.startsWith('apps/') || !isRecord(resource.value.spec)) return;
    const selector = get(resource.value, ['spec', 'selector']);
    if (selector === undefined || selector === null) {
      // the selector the old API versions defaulted: the template's labels
      const edit = selectorFromTemplate(ctx.text, resource.node);
      ctx.report({ messageId: 'missing', data: { kind: resource.kind }, path: ['spec', 'selector'], ...(edit ? { fixes: [safeFix('spec.selector', edit)] } : {}) });
      return;
    }
    if (!isRecord(selector)) return; // a type problem
    const hasLabels = isRecord(selector.matchLabels) && Object.keys(selector.matchLabels).length > 0;
    const hasExpressions = Array.isArray(selector.matchExpressions) && selector.matchExpressions.length > 0;
    if (!hasLabels && !hasExpressions) {
      ctx.report({ messageId: 'empty', path: ['spec', 'selector'] });
      return;
    }
    const labels = get(resource.value, ['spec', 'template', 'metadata', 'labels']);
    if (!matchesLabelSelector(selector, isRecord(labels) ? labels : {})) {
      ctx.report({ messageId: 'mismatch', data: { kind: resource.kind }, path: ['spec', 'selector'], fixes: selectorMismatchFixes(ctx.text, resource.node) });
    }
  },
};
