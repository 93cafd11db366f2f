// Topology spread constraints as validateTopologySpreadConstraints checks them
// (pkg/apis/core/validation/validation.go); whenUnsatisfiable and the node policies are the schema's.
// https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/
import type { ResourceRule } from '../types.ts';
import { checkQualifiedName } from '../names.ts';
import { mappingsOf, record, text } from '../pod-spec.ts';
import { podSpecOf } from '../workload.ts';
import { checkLabelKeys, checkLabelSelector, SELECTOR_MESSAGES } from '../selector-checks.ts';

export const podTopologySpread: ResourceRule = {
  id: 'pod-topology-spread',
  severity: 'error',
  category: 'semantics',
  messages: {
    'max-skew': { ko: 'maxSkew {value|는} 0보다 커야 한다.', en: 'maxSkew {value} must be greater than zero.' },
    'min-domains': { ko: 'minDomains {value|는} 0보다 커야 한다.', en: 'minDomains {value} must be greater than zero.' },
    'min-domains-policy': {
      ko: 'minDomains는 whenUnsatisfiable: DoNotSchedule일 때만 쓸 수 있다.',
      en: 'minDomains can only be set with whenUnsatisfiable: DoNotSchedule.',
    },
    'topology-key': { ko: 'topologyKey가 비어 있다.', en: 'topologyKey is empty.' },
    'topology-key-format': {
      ko: 'topologyKey {key|는} 레이블 키 형식([접두사/]이름)이어야 한다.',
      en: 'topologyKey {key} must be a label key ([prefix/]name).',
    },
    duplicate: {
      ko: 'topologyKey {key|와} whenUnsatisfiable {when|이} 같은 제약 조건이 이미 있다({first}번째).',
      en: 'A constraint with topologyKey {key} and whenUnsatisfiable {when} already exists (number {first}).',
    },
    ...SELECTOR_MESSAGES,
  },
  docs: {
    summary: { ko: '토폴로지 분배 제약 조건의 값과 중복을 확인한다.', en: 'Checks the values of topology spread constraints and duplicates among them.' },
    why: {
      ko: 'maxSkew는 영역(zone) 사이에 허용하는 파드 수의 차이라서 1 이상이어야 하고, minDomains는 DoNotSchedule과만 쓴다. topologyKey와 whenUnsatisfiable이 같은 제약 조건을 두 번 둘 수 없다. 어긋나면 API 서버가 거부한다.',
      en: 'maxSkew is the difference in Pod counts allowed between domains, so it is at least 1, and minDomains only goes with DoNotSchedule. Two constraints cannot share topologyKey and whenUnsatisfiable. The API server rejects anything else.',
    },
    fix: {
      ko: 'maxSkew를 1 이상으로 두고, 겹치는 제약 조건을 하나로 합치자.',
      en: 'Set maxSkew to 1 or more and merge overlapping constraints.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  topologySpreadConstraints:\n  - maxSkew: 0\n    topologyKey: topology.kubernetes.io/zone\n    whenUnsatisfiable: DoNotSchedule\n    labelSelector:\n      matchLabels:\n        app: web\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  topologySpreadConstraints:\n  - maxSkew: 1\n    topologyKey: topology.kubernetes.io/zone\n    whenUnsatisfiable: DoNotSchedule\n    labelSelector:\n      matchLabels:\n        app: web\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    const seen = new Map<string, number>();
    for (const { index, item } of mappingsOf(at.spec.topologySpreadConstraints)) {
      const path = [...at.path, 'topologySpreadConstraints', index];
      const { maxSkew, minDomains } = item;
      if (typeof maxSkew === 'number' && maxSkew <= 0) ctx.report({ messageId: 'max-skew', data: { value: maxSkew }, path: [...path, 'maxSkew'], at: 'value' });
      if (typeof minDomains === 'number' && minDomains <= 0) ctx.report({ messageId: 'min-domains', data: { value: minDomains }, path: [...path, 'minDomains'], at: 'value' });
      else if (typeof minDomains === 'number' && item.whenUnsatisfiable !== 'DoNotSchedule') ctx.report({ messageId: 'min-domains-policy', path: [...path, 'minDomains'] });
      const key = text(item, 'topologyKey');
      if (key === '') ctx.report({ messageId: 'topology-key', path: [...path, 'topologyKey'], at: 'value' });
      else if (key !== undefined && checkQualifiedName(key)) ctx.report({ messageId: 'topology-key-format', data: { key }, path: [...path, 'topologyKey'], at: 'value' });
      const when = text(item, 'whenUnsatisfiable');
      if (key && when) {
        const pair = `${key}\n${when}`;
        const first = seen.get(pair);
        if (first !== undefined) ctx.report({ messageId: 'duplicate', data: { key, when, first: first + 1 }, path: [...path, 'topologyKey'], at: 'value' });
        else seen.set(pair, index);
      }
      const selector = record(item, 'labelSelector');
      if (selector) checkLabelSelector(ctx, selector, [...path, 'labelSelector']);
      checkLabelKeys(ctx, item, path, selector !== undefined);
    }
  },
};
