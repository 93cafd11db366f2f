// Node selection and affinity as ValidatePodSpec's nodeSelector check, validateNodeAffinity,
// ValidateNodeSelectorTerm, ValidatePreferredSchedulingTerms, validatePodAffinityTerm and the weighted
// terms check them (pkg/apis/core/validation/validation.go).
// https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/
import type { PathSegment, ResourceRule, RuleContext } from '../types.ts';
import { checkQualifiedName, isDnsLabel, isLabelValue } from '../names.ts';
import { mappingsOf, record, text } from '../pod-spec.ts';
import { podSpecOf } from '../workload.ts';
import { display } from '../display.ts';
import { checkLabelKeys, checkLabelSelector, checkRequirement, SELECTOR_MESSAGES } from '../selector-checks.ts';

const REQUIRED = 'requiredDuringSchedulingIgnoredDuringExecution';
const PREFERRED = 'preferredDuringSchedulingIgnoredDuringExecution';
/** the only field a node selector term may match on */
const NODE_NAME_FIELD = 'metadata.name';

export const podAffinity: ResourceRule = {
  id: 'pod-affinity',
  severity: 'error',
  category: 'semantics',
  messages: {
    'node-selector-key': {
      ko: 'nodeSelector의 키 {key|는} 레이블 키 형식([접두사/]이름)이어야 한다.',
      en: 'The nodeSelector key {key} must be a label key ([prefix/]name).',
    },
    'node-selector-value': {
      ko: 'nodeSelector의 값 {value|은} 레이블 값 형식(63자 이하의 영숫자, -, _, .)이어야 한다.',
      en: 'The nodeSelector value {value} must be a label value: at most 63 letters, digits, -, _ and .',
    },
    'terms-required': {
      ko: 'nodeSelectorTerms에 조건이 하나 이상 있어야 한다.',
      en: 'nodeSelectorTerms needs at least one term.',
    },
    'match-field-key': {
      ko: 'matchFields의 key {key|는} 쓸 수 없다. metadata.name만 쓸 수 있다.',
      en: 'matchFields cannot use the key {key}; only metadata.name.',
    },
    'match-field-operator': {
      ko: 'matchFields에는 operator In이나 NotIn과 값 하나만 쓸 수 있다.',
      en: 'matchFields takes operator In or NotIn with exactly one value.',
    },
    'match-field-value': {
      ko: 'matchFields의 노드 이름 {value|은} DNS 서브도메인이어야 한다.',
      en: 'The node name {value} in matchFields must be a DNS subdomain.',
    },
    weight: { ko: 'weight {value|는} 1에서 100 사이여야 한다.', en: 'weight {value} must be between 1 and 100.' },
    'topology-key': {
      ko: 'topologyKey가 비어 있다. kubernetes.io/hostname이나 topology.kubernetes.io/zone 같은 노드 레이블 키를 쓰자.',
      en: 'topologyKey is empty; use a node label key such as kubernetes.io/hostname or topology.kubernetes.io/zone.',
    },
    'topology-key-format': {
      ko: 'topologyKey {key|는} 레이블 키 형식([접두사/]이름)이어야 한다.',
      en: 'topologyKey {key} must be a label key ([prefix/]name).',
    },
    namespace: {
      ko: 'namespaces의 {value|은} 네임스페이스 이름(DNS 레이블)이 아니다.',
      en: '{value} in namespaces is not a namespace name (a DNS label).',
    },
    ...SELECTOR_MESSAGES,
  },
  docs: {
    summary: {
      ko: 'nodeSelector와 노드 어피니티, 파드 (안티-)어피니티의 조건을 확인한다.',
      en: 'Checks nodeSelector, node affinity and Pod (anti-)affinity terms.',
    },
    why: {
      ko: 'operator In과 NotIn은 values가 필요하고 Exists와 DoesNotExist는 values를 갖지 않으며, Gt와 Lt는 정수 하나를 받는다. weight는 1에서 100 사이이고, 파드 어피니티는 어떤 노드 레이블로 묶을지 topologyKey가 필요하다. 어긋나면 API 서버가 거부한다.',
      en: 'Operators In and NotIn need values, Exists and DoesNotExist take none, and Gt and Lt take one integer. weight lies between 1 and 100, and Pod affinity needs a topologyKey saying which node label groups nodes. The API server rejects anything else.',
    },
    fix: {
      ko: 'operator에 맞게 values를 넣거나 지우고, weight를 1에서 100 사이로, topologyKey를 노드 레이블 키로 채우자.',
      en: 'Add or remove values to suit the operator, keep weight within 1-100, and set topologyKey to a node label key.',
    },
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n        - matchExpressions:\n          - key: topology.kubernetes.io/zone\n            operator: In\n  containers:\n  - name: web\n    image: nginx:1.30\n',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n        - matchExpressions:\n          - key: topology.kubernetes.io/zone\n            operator: In\n            values: [ap-northeast-2a]\n  containers:\n  - name: web\n    image: nginx:1.30\n',
  },
  check(ctx) {
    const at = podSpecOf(ctx.resource);
    if (!at) return;
    for (const [key, value] of Object.entries(record(at.spec, 'nodeSelector') ?? {})) {
      if (checkQualifiedName(key)) ctx.report({ messageId: 'node-selector-key', data: { key }, path: [...at.path, 'nodeSelector', key] });
      if (typeof value === 'string' && !isLabelValue(value)) ctx.report({ messageId: 'node-selector-value', data: { value }, path: [...at.path, 'nodeSelector', key], at: 'value' });
    }
    const affinity = record(at.spec, 'affinity');
    const path = [...at.path, 'affinity'];
    checkNodeAffinity(ctx, record(affinity, 'nodeAffinity'), [...path, 'nodeAffinity']);
    for (const kind of ['podAffinity', 'podAntiAffinity']) {
      const value = record(affinity, kind);
      if (!value) continue;
      for (const { index, item } of mappingsOf(value[REQUIRED])) checkPodTerm(ctx, item, [...path, kind, REQUIRED, index]);
      for (const { index, item } of mappingsOf(value[PREFERRED])) {
        checkWeight(ctx, item, [...path, kind, PREFERRED, index]);
        const term = record(item, 'podAffinityTerm');
        if (term) checkPodTerm(ctx, term, [...path, kind, PREFERRED, index, 'podAffinityTerm']);
      }
    }
  },
};

function checkNodeAffinity(ctx: RuleContext, nodeAffinity: Record<string, unknown> | undefined, path: PathSegment[]): void {
  const required = record(nodeAffinity, REQUIRED);
  if (required) {
    const terms = mappingsOf(required.nodeSelectorTerms);
    if (terms.length === 0) ctx.report({ messageId: 'terms-required', path: [...path, REQUIRED, 'nodeSelectorTerms'] });
    for (const { index, item } of terms) checkNodeTerm(ctx, item, [...path, REQUIRED, 'nodeSelectorTerms', index], true);
  }
  for (const { index, item } of mappingsOf(nodeAffinity?.[PREFERRED])) {
    checkWeight(ctx, item, [...path, PREFERRED, index]);
    const preference = record(item, 'preference');
    if (preference) checkNodeTerm(ctx, preference, [...path, PREFERRED, index, 'preference'], false);
  }
}

function checkNodeTerm(ctx: RuleContext, term: Record<string, unknown>, path: PathSegment[], values: boolean): void {
  for (const { index, item } of mappingsOf(term.matchExpressions)) checkRequirement(ctx, item, [...path, 'matchExpressions', index], { node: true, values });
  for (const { index, item } of mappingsOf(term.matchFields)) {
    const at = [...path, 'matchFields', index];
    const key = text(item, 'key');
    if (key !== undefined && key !== NODE_NAME_FIELD) ctx.report({ messageId: 'match-field-key', data: { key }, path: [...at, 'key'], at: 'value' });
    const list = Array.isArray(item.values) ? item.values : [];
    if ((item.operator !== 'In' && item.operator !== 'NotIn') || list.length !== 1) ctx.report({ messageId: 'match-field-operator', path: [...at, 'operator'] });
    list.forEach((value, i) => {
      if (key === NODE_NAME_FIELD && (typeof value !== 'string' || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(value) || value.length > 253)) {
        ctx.report({ messageId: 'match-field-value', data: { value: display(value) }, path: [...at, 'values', i], at: 'value' });
      }
    });
  }
}

function checkWeight(ctx: RuleContext, item: Record<string, unknown>, path: PathSegment[]): void {
  const weight = item.weight;
  if (typeof weight === 'number' && (weight < 1 || weight > 100)) ctx.report({ messageId: 'weight', data: { value: weight }, path: [...path, 'weight'], at: 'value' });
}

function checkPodTerm(ctx: RuleContext, term: Record<string, unknown>, path: PathSegment[]): void {
  const topologyKey = text(term, 'topologyKey');
  if (topologyKey === '') ctx.report({ messageId: 'topology-key', path: [...path, 'topologyKey'], at: 'value' });
  else if (topologyKey !== undefined && checkQualifiedName(topologyKey)) ctx.report({ messageId: 'topology-key-format', data: { key: topologyKey }, path: [...path, 'topologyKey'], at: 'value' });
  const namespaces = Array.isArray(term.namespaces) ? term.namespaces : [];
  namespaces.forEach((name, i) => {
    if (typeof name !== 'string' || !isDnsLabel(name)) ctx.report({ messageId: 'namespace', data: { value: display(name) }, path: [...path, 'namespaces', i], at: 'value' });
  });
  const selector = record(term, 'labelSelector');
  if (selector) checkLabelSelector(ctx, selector, [...path, 'labelSelector']);
  const namespaceSelector = record(term, 'namespaceSelector');
  if (namespaceSelector) checkLabelSelector(ctx, namespaceSelector, [...path, 'namespaceSelector']);
  checkLabelKeys(ctx, term, path, selector !== undefined);
}
