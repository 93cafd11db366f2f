// A one-replica Deployment covered by a PodDisruptionBudget that allows no disruption: node drains hang.
// https://kubernetes.io/docs/tasks/run-application/configure-pdb/
import type { Resource, ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { matchesLabelSelector } from '../selectors.ts';
import { get, podLabelsOf } from '../workload.ts';
import { sameNamespace } from '../references.ts';
import { display } from '../display.ts';

/**
 * The paste's PodDisruptionBudgets, indexed once per paste by the first label of their matchLabels, so
 * that a one-replica workload is compared only with the budgets that could select it, not with every
 * budget of the paste (quadratic on a paste of thousands of documents). The label selector decides.
 */
interface Budgets {
  /** by `key value` of the first matchLabels entry, as matchesLabelSelector compares it (display) */
  byLabel: Map<string, Resource[]>;
  /** budgets without matchLabels (only expressions, an empty selector, none), or with a first key that
   * Object.prototype carries (`key in labels` is true for it everywhere): always compared */
  always: Resource[];
  /** each budget's place in the paste, so the reports keep the paste's order */
  order: Map<Resource, number>;
}
const budgetCache = new WeakMap<readonly Resource[], Budgets>();
const labelKey = (key: string, value: unknown): string => `${key}\u0000${display(value)}`;

function budgetsOf(resources: readonly Resource[]): Budgets {
  let budgets = budgetCache.get(resources);
  if (!budgets) {
    budgets = { byLabel: new Map(), always: [], order: new Map() };
    for (const pdb of resources) {
      if (pdb.kind !== 'PodDisruptionBudget') continue;
      budgets.order.set(pdb, budgets.order.size);
      const selector = isRecord(pdb.value.spec) ? pdb.value.spec.selector : undefined;
      const matchLabels = isRecord(selector) && isRecord(selector.matchLabels) ? selector.matchLabels : {};
      const first = Object.keys(matchLabels)[0];
      if (first === undefined || first in Object.prototype) {
        budgets.always.push(pdb);
        continue;
      }
      const key = labelKey(first, matchLabels[first]);
      const list = budgets.byLabel.get(key);
      if (list) list.push(pdb);
      else budgets.byLabel.set(key, [pdb]);
    }
    budgetCache.set(resources, budgets);
  }
  return budgets;
}

/** The budgets that may select Pods with these labels, in the paste's order. */
function candidateBudgets(resources: readonly Resource[], labels: Record<string, unknown>): Resource[] {
  const { byLabel, always, order } = budgetsOf(resources);
  if (order.size === 0) return always;
  const found = [...always];
  for (const key of Object.keys(labels)) found.push(...(byLabel.get(labelKey(key, labels[key])) ?? []));
  return found.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
}

export const singleReplicaPdb: ResourceRule = {
  id: 'single-replica-pdb',
  severity: 'warning',
  category: 'best-practice',
  kinds: ['Deployment', 'StatefulSet'],
  messages: {
    blocks: {
      ko: '레플리카가 1개인데 PodDisruptionBudget {pdb|이} 중단을 허용하지 않는다. 노드 드레인(drain)이 끝나지 않는다.',
      en: 'There is one replica and the PodDisruptionBudget {pdb} allows no disruption, so node drains never finish.',
    },
  },
  docs: {
    summary: {
      ko: '레플리카 1개짜리 워크로드를 막는 PodDisruptionBudget을 찾는다.',
      en: 'Finds PodDisruptionBudgets that block a single-replica workload.',
    },
    why: {
      ko: 'minAvailable: 1(또는 maxUnavailable: 0)인 PodDisruptionBudget은 레플리카가 1개일 때 파드를 하나도 축출할 수 없게 한다. 그러면 노드 업그레이드와 드레인이 영원히 기다린다.',
      en: 'With one replica, a PodDisruptionBudget of minAvailable: 1 (or maxUnavailable: 0) lets no Pod be evicted, so node upgrades and drains wait forever.',
    },
    fix: { ko: '레플리카를 2개 이상으로 늘리거나 maxUnavailable: 1을 쓰자.', en: 'Run at least two replicas or use maxUnavailable: 1.' },
    bad: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.30\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n',
    good: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.30\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n',
  },
  check(ctx) {
    const replicas = get(ctx.resource.value, ['spec', 'replicas']) ?? 1; // the API default
    if (replicas !== 1) return;
    const labels = podLabelsOf(ctx.resource) ?? {};
    for (const pdb of candidateBudgets(ctx.resources, labels)) {
      if (!sameNamespace(pdb, ctx.resource)) continue;
      const spec = pdb.value.spec;
      if (!isRecord(spec) || !matchesLabelSelector(spec.selector, labels)) continue;
      const blocks = spec.minAvailable === 1 || spec.minAvailable === '100%' || spec.maxUnavailable === 0 || spec.maxUnavailable === '0%';
      if (!blocks) continue;
      ctx.report({ messageId: 'blocks', data: { pdb: pdb.name }, path: ['spec', 'replicas'], at: 'value' });
    }
  },
};
