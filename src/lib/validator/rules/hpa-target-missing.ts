// The HorizontalPodAutoscaler's scaleTargetRef should name a workload from the same paste.
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';
import { findResource } from '../references.ts';

export const hpaTargetMissing: ResourceRule = {
  id: 'hpa-target-missing',
  severity: 'info',
  category: 'cross-document',
  kinds: ['HorizontalPodAutoscaler'],
  messages: {
    missing: {
      ko: '스케일 대상 {kind} {name|이} 이 입력에 없다. 클러스터에 이미 있는지 확인하자.',
      en: 'The scale target {kind} {name} is not in this paste; make sure it exists in the cluster.',
    },
  },
  docs: {
    summary: { ko: 'Horizontal Pod Autoscaler의 대상이 함께 붙여 넣은 리소스에 있는지 확인한다.', en: 'Checks that the target of a Horizontal Pod Autoscaler is in the paste.' },
    why: {
      ko: '대상 이름이나 kind가 틀리면 오토스케일러는 만들어지지만 "FailedGetScale" 이벤트만 남기고 아무것도 스케일하지 않는다.',
      en: 'With a wrong target name or kind the autoscaler is created but scales nothing, leaving only "FailedGetScale" events.',
    },
    fix: { ko: 'scaleTargetRef의 kind와 name을 대상 워크로드와 맞추자.', en: 'Make scaleTargetRef\'s kind and name match the workload.' },
    bad: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web-frontend\n  minReplicas: 2\n  maxReplicas: 5\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.30\n',
    good: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 2\n  maxReplicas: 5\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.30\n',
  },
  check(ctx) {
    const spec = ctx.resource.value.spec;
    const target = isRecord(spec) ? spec.scaleTargetRef : undefined;
    if (!isRecord(target) || typeof target.kind !== 'string' || typeof target.name !== 'string') return;
    if (findResource(ctx.resources, ctx.resource, target.kind, target.name).result !== 'missing') return;
    ctx.report({ messageId: 'missing', data: { kind: target.kind, name: target.name }, path: ['spec', 'scaleTargetRef', 'name'], at: 'value' });
  },
};
