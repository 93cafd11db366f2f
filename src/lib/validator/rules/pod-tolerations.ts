// Tolerations as ValidateTolerations checks them (pkg/apis/core/validation/validation.go); operator and
// effect values are the schema's. https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/
import type { ResourceRule } from '../types.ts';
import { checkQualifiedName, isLabelValue } from '../names.ts';
import { mappingsOf, text } from '../pod-spec.ts';
import { podSpecOf } from '../workload.ts';

export const podTolerations: ResourceRule = {
  id: 'pod-tolerations',
  severity: 'error',
  category: 'semantics',
  messages: {
    key: {
      ko: '톨러레이션(toleration) 키 {key|는} 레이블 키 형식([접두사/]이름)이어야 한다.',
      en: 'The toleration key {key} must be a label key ([prefix/]name).',
    },
    'empty-key': {
      ko: 'key가 없는 톨러레이션은 모든 테인트(taint)를 뜻하므로 operator: Exists여야 한다.',
      en: 'A toleration without a key matches every taint, so its operator must be Exists.',
    },
    'seconds-effect': {
      ko: 'tolerationSeconds는 effect: NoExecute일 때만 쓸 수 있다.',
      en: 'tolerationSeconds can only be set with effect: NoExecute.',
    },
    'exists-value': {
      ko: 'operator: Exists인 톨러레이션에는 value를 쓸 수 없다.',
      en: 'A toleration with operator: Exists cannot have a value.',
    },
    value: {
      ko: '톨러레이션 값 {value|은} 레이블 값 형식(63자 이하의 영숫자, -, _, .)이어야 한다.',
      en: 'The toleration value {value} must be a label value: at most 63 letters, digits, -, _ and .',
    },
  },
  docs: {
    summary: { ko: '톨러레이션(toleration)의 키, 값, operator, tolerationSeconds의 조합을 확인한다.', en: 'Checks toleration keys, values, operators and tolerationSeconds.' },
    why: {
      ko: '키가 없는 톨러레이션은 operator: Exists로 모든 테인트를 견디는 것만 뜻할 수 있고, Exists는 값을 갖지 않는다. tolerationSeconds는 NoExecute 테인트가 붙은 뒤 파드가 노드에 남는 시간이라서 effect: NoExecute에만 쓴다. 어긋나면 API 서버가 거부한다.',
      en: 'A toleration without a key can only mean "tolerate every taint" with operator: Exists, and Exists takes no value. tolerationSeconds is how long a Pod stays after a NoExecute taint appears, so it goes with effect: NoExecute only. The API server rejects anything else.',
    },
    fix: {
      ko: 'Exists에서는 value를 지우고, tolerationSeconds를 쓰려면 effect: NoExecute를 주자.',
      en: 'Drop value with Exists, and add effect: NoExecute to use tolerationSeconds.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  tolerations:\n  - key: node.kubernetes.io/unreachable\n    operator: Exists\n    tolerationSeconds: 60\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  tolerations:\n  - key: node.kubernetes.io/unreachable\n    operator: Exists\n    effect: NoExecute\n    tolerationSeconds: 60\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    for (const { index, item } of mappingsOf(at.spec.tolerations)) {
      const path = [...at.path, 'tolerations', index];
      const key = text(item, 'key') ?? '';
      const operator = text(item, 'operator') ?? '';
      const value = item.value;
      if (key !== '' && checkQualifiedName(key)) ctx.report({ messageId: 'key', data: { key }, path: [...path, 'key'], at: 'value' });
      if (key === '' && operator !== 'Exists') ctx.report({ messageId: 'empty-key', path: item.operator === undefined ? path : [...path, 'operator'] });
      if (item.tolerationSeconds !== undefined && item.tolerationSeconds !== null && item.effect !== 'NoExecute') {
        ctx.report({ messageId: 'seconds-effect', path: [...path, 'tolerationSeconds'] });
      }
      // Equal (the default) compares label values; Gt and Lt belong to a feature gate left unchecked
      if (operator === 'Exists' && typeof value === 'string' && value !== '') ctx.report({ messageId: 'exists-value', path: [...path, 'value'] });
      if ((operator === 'Equal' || operator === '') && typeof value === 'string' && !isLabelValue(value)) {
        ctx.report({ messageId: 'value', data: { value }, path: [...path, 'value'], at: 'value' });
      }
    }
  },
};
