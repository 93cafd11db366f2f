// A one-replica Deployment covered by a PodDisruptionBudget that allows no disruption: node drains hang.
// https://kubernetes.io/docs/tasks/run-application/configure-pdb/
import type { Resource, ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { matchesLabelSelector } from '../selectors.ts';
import { get, podLabelsOf } from '../workload.ts';
import { sameNamespace } from '../references.ts';

/** The paste's PodDisruptionBudgets, found once per paste, not once per one-replica workload (quadratic). */
const budgetCache = new WeakMap<readonly Resource[], Resource[]>();
function budgetsOf(resources: readonly Resource[]): Resource[] {
  let budgets = budgetCache.get(resources);
  if (!budgets) {
    budgets = resources.filter((r) => r.kind === 'PodDisruptionBudget');
    budgetCache.set(resources, budgets);
  }
  return budgets;
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
    for (const pdb of budgetsOf(ctx.resources)) {
      if (!sameNamespace(pdb, ctx.resource)) continue;
      const spec = pdb.value.spec;
      if (!isRecord(spec) || !matchesLabelSelector(spec.selector, labels)) continue;
      const blocks = spec.minAvailable === 1 || spec.minAvailable === '100%' || spec.maxUnavailable === 0 || spec.maxUnavailable === '0%';
      if (!blocks) continue;
      ctx.report({ messageId: 'blocks', data: { pdb: pdb.name }, path: ['spec', 'replicas'], at: 'value' });
    }
  },
};
