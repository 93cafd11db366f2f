// A PodDisruptionBudget sets minAvailable or maxUnavailable, never both.
import type { ResourceRule } from '../types.ts';
import { isRecord } from '../resources.ts';

export const pdbMinMaxExclusive: ResourceRule = {
  id: 'pdb-min-max-exclusive',
  severity: 'error',
  category: 'semantics',
  kinds: ['PodDisruptionBudget'],
  messages: {
    both: {
      ko: 'PodDisruptionBudget에는 minAvailable과 maxUnavailable 중 하나만 쓸 수 있다.',
      en: 'A PodDisruptionBudget may set minAvailable or maxUnavailable, not both.',
    },
  },
  docs: {
    summary: { ko: 'PodDisruptionBudget에 minAvailable과 maxUnavailable이 함께 있는지 확인한다.', en: 'Checks that a PodDisruptionBudget does not set both minAvailable and maxUnavailable.' },
    why: {
      ko: '두 필드는 같은 것을 반대 방향에서 말한다. 둘 다 쓰면 API 서버가 "minAvailable and maxUnavailable cannot be both set" 오류로 거부한다.',
      en: 'The two fields say the same thing from opposite sides; setting both is rejected with "minAvailable and maxUnavailable cannot be both set".',
    },
    fix: { ko: '하나만 남기자.', en: 'Keep one of them.' },
    bad: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: web\n',
    good: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: web\n',
  },
  check(ctx) {
    const spec = ctx.resource.value.spec;
    if (!isRecord(spec)) return;
    const set = (v: unknown) => v !== undefined && v !== null;
    if (set(spec.minAvailable) && set(spec.maxUnavailable)) ctx.report({ messageId: 'both', path: ['spec', 'maxUnavailable'] });
  },
};
