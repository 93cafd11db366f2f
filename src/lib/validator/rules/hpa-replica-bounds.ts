// HorizontalPodAutoscaler: 1 <= minReplicas <= maxReplicas.
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';

export const hpaReplicaBounds: ResourceRule = {
  id: 'hpa-replica-bounds',
  severity: 'error',
  category: 'semantics',
  kinds: ['HorizontalPodAutoscaler'],
  messages: {
    'min-above-max': {
      ko: 'minReplicas({min})가 maxReplicas({max})보다 크다.',
      en: 'minReplicas ({min}) is greater than maxReplicas ({max}).',
    },
    'max-below-one': {
      ko: 'maxReplicas는 1 이상이어야 한다.',
      en: 'maxReplicas must be at least 1.',
    },
    'min-below-one': {
      ko: 'minReplicas는 1 이상이어야 한다(0은 알파 기능 게이트 HPAScaleToZero가 켜진 클러스터에서만 허용된다).',
      en: 'minReplicas must be at least 1 (0 is only allowed where the alpha feature gate HPAScaleToZero is on).',
    },
  },
  docs: {
    summary: { ko: 'Horizontal Pod Autoscaler의 레플리카 범위를 확인한다.', en: 'Checks the replica bounds of a Horizontal Pod Autoscaler.' },
    why: {
      ko: 'minReplicas가 maxReplicas보다 크면 오토스케일러를 만들 수 없다. 값을 바꾸다가 둘의 순서를 뒤집는 실수가 흔하다.',
      en: 'An autoscaler whose minReplicas exceeds maxReplicas cannot be created; swapping the two while editing is a common slip.',
    },
    fix: { ko: 'minReplicas ≤ maxReplicas가 되게 하자.', en: 'Make minReplicas ≤ maxReplicas.' },
    bad: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 5\n  maxReplicas: 2\n',
    good: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 2\n  maxReplicas: 5\n',
  },
  check(ctx) {
    const spec = ctx.resource.value.spec;
    if (!isRecord(spec)) return;
    const { minReplicas: min, maxReplicas: max } = spec;
    if (typeof max === 'number' && max < 1) ctx.report({ messageId: 'max-below-one', path: ['spec', 'maxReplicas'], at: 'value' });
    if (typeof min === 'number' && min < 1) ctx.report({ messageId: 'min-below-one', path: ['spec', 'minReplicas'], at: 'value' });
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      ctx.report({ messageId: 'min-above-max', data: { min, max }, path: ['spec', 'minReplicas'], at: 'value' });
    }
  },
};
