// A Service whose selector matches none of the Pod templates in the same paste: traffic would go nowhere.
// Only checked when the paste has workloads at all; a lone Service may well select Pods deployed elsewhere.
// A custom resource whose labels match (an operator's Prometheus, Alertmanager, Rollout … makes the
// Pods from it, usually with labels from its metadata or a pod template in its spec) counts as a match.
import type { ApiSchema } from '../../k8s/types.ts';
import type { Resource, ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { isCustomApiVersion } from '../schema/custom-resources.ts';
import { matchesMap } from '../selectors.ts';
import { get, workloadsOf, workloadsSelectedBy } from '../workload.ts';
import { sameNamespace } from '../references.ts';
import { display } from '../display.ts';

/** The custom resources of a paste (by apiVersion group unknown to the schema); computed once per paste. */
const customCache = new WeakMap<readonly Resource[], Resource[]>();
function customResourcesOf(resources: readonly Resource[], schema: ApiSchema): Resource[] {
  let custom = customCache.get(resources);
  if (!custom) {
    custom = resources.filter((r) => isCustomApiVersion(schema, r.apiVersion));
    customCache.set(resources, custom);
  }
  return custom;
}

/** Where operators commonly take the labels of the Pods they make from a custom resource. */
const CUSTOM_POD_LABELS: readonly (readonly string[])[] = [
  ['metadata', 'labels'],
  ['spec', 'podMetadata', 'labels'],
  ['spec', 'template', 'metadata', 'labels'],
];

function customResourceMatches(resource: Resource, service: Resource, selector: Record<string, unknown>): boolean {
  if (!sameNamespace(resource, service)) return false;
  return CUSTOM_POD_LABELS.some((path) => {
    const labels = get(resource.value, path);
    return isRecord(labels) && matchesMap(selector, labels);
  });
}

export const serviceSelectorNoMatch: ResourceRule = {
  id: 'service-selector-no-match',
  severity: 'warning',
  category: 'cross-document',
  kinds: ['Service'],
  messages: {
    'no-match': {
      ko: '서비스 셀렉터 {selector|와} 맞는 파드 템플릿이 이 입력에 없다. 이대로면 서비스에 엔드포인트가 생기지 않는다.',
      en: 'No Pod template in this paste matches the Service selector {selector}; the Service would have no endpoints.',
    },
  },
  docs: {
    summary: { ko: '서비스 셀렉터가 함께 붙여 넣은 파드 템플릿과 맞는지 확인한다.', en: 'Checks that a Service selector matches a Pod template pasted with it.' },
    why: {
      ko: '서비스는 셀렉터와 레이블이 모두 맞는 파드로만 트래픽을 보낸다. 레이블 하나만 달라도 엔드포인트가 비고, 오류 없이 연결만 실패한다.',
      en: 'A Service sends traffic only to Pods whose labels match every key of its selector; one differing label leaves it without endpoints, and connections fail with no error anywhere.',
    },
    fix: { ko: '서비스의 spec.selector와 파드 템플릿의 레이블을 맞추자.', en: 'Make the Service\'s spec.selector and the Pod template labels agree.' },
    bad: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: frontend\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const spec = ctx.resource.value.spec;
    if (!isRecord(spec) || !isRecord(spec.selector) || Object.keys(spec.selector).length === 0) return;
    const selector = spec.selector;
    if (workloadsOf(ctx.resources).length === 0) return;
    if (workloadsSelectedBy(ctx.resources, ctx.resource, selector).length > 0) return;
    const custom = ctx.schema ? customResourcesOf(ctx.resources, ctx.schema) : [];
    if (custom.some((r) => customResourceMatches(r, ctx.resource, selector))) return;
    const text = Object.entries(selector).map(([k, v]) => `${k}=${display(v)}`).join(',');
    ctx.report({ messageId: 'no-match', data: { selector: text }, path: ['spec', 'selector'] });
  },
};
