// What the API server asks of label and node selector requirements (ValidateLabelSelector in
// apimachinery's meta/v1/validation, ValidateNodeSelectorRequirement in pkg/apis/core/validation):
// the operator decides how many values there are, keys are label keys and values label values.
import type { Lang, PathSegment, RuleContext } from './types.ts';
import { checkQualifiedName, isLabelValue } from './names.ts';
import { mappingsOf, record } from './pod-spec.ts';
import { display } from './display.ts';

const LABEL_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];
const NODE_OPERATORS = [...LABEL_OPERATORS, 'Gt', 'Lt'];

export interface RequirementOptions {
  /** node selector requirements also know Gt and Lt */
  node: boolean;
  /** preferred node affinity accepts any value (it can still succeed on a one-node cluster) */
  values: boolean;
}

/** Checks one {key, operator, values} requirement. */
export function checkRequirement(ctx: RuleContext, expression: Record<string, unknown>, path: PathSegment[], options: RequirementOptions): void {
  const { key, operator } = expression;
  const values = Array.isArray(expression.values) ? expression.values : [];
  if (typeof key === 'string' && checkQualifiedName(key)) ctx.report({ messageId: 'selector-key', data: { key }, path: [...path, 'key'], at: 'value' });
  if (typeof operator !== 'string') return;
  if (operator === 'In' || operator === 'NotIn') {
    if (values.length === 0) ctx.report({ messageId: 'selector-values-required', data: { operator }, path: [...path, 'values'] });
  } else if (operator === 'Exists' || operator === 'DoesNotExist') {
    if (values.length > 0) ctx.report({ messageId: 'selector-values-forbidden', data: { operator }, path: [...path, 'values'] });
  } else if (options.node && (operator === 'Gt' || operator === 'Lt')) {
    if (values.length !== 1) ctx.report({ messageId: 'selector-values-one', data: { operator }, path: [...path, 'values'] });
  } else if (!options.node) {
    // the node selector's operator is an enum of the schema; a label selector's is a plain string
    ctx.report({ messageId: 'selector-operator', data: { operator, allowed: (options.node ? NODE_OPERATORS : LABEL_OPERATORS).join(', ') }, path: [...path, 'operator'], at: 'value' });
  }
  if (!options.values) return;
  values.forEach((value, i) => {
    if (typeof value === 'string' && !isLabelValue(value)) ctx.report({ messageId: 'selector-value', data: { value: display(value) }, path: [...path, 'values', i], at: 'value' });
  });
}

/** Checks a LabelSelector: matchLabels as labels, matchExpressions as requirements. */
export function checkLabelSelector(ctx: RuleContext, selector: Record<string, unknown>, path: PathSegment[]): void {
  for (const [key, value] of Object.entries(record(selector, 'matchLabels') ?? {})) {
    if (checkQualifiedName(key)) ctx.report({ messageId: 'selector-key', data: { key }, path: [...path, 'matchLabels', key] });
    if (typeof value === 'string' && !isLabelValue(value)) ctx.report({ messageId: 'selector-value', data: { value }, path: [...path, 'matchLabels', key], at: 'value' });
  }
  for (const { index, item } of mappingsOf(selector.matchExpressions)) {
    checkRequirement(ctx, item, [...path, 'matchExpressions', index], { node: false, values: true });
  }
}

/** matchLabelKeys and mismatchLabelKeys: label keys, with a labelSelector, never the same key in both. */
export function checkLabelKeys(ctx: RuleContext, holder: Record<string, unknown>, path: PathSegment[], hasSelector: boolean): void {
  const match = Array.isArray(holder.matchLabelKeys) ? holder.matchLabelKeys : [];
  const mismatch = Array.isArray(holder.mismatchLabelKeys) ? holder.mismatchLabelKeys : [];
  for (const [field, keys] of [['matchLabelKeys', match], ['mismatchLabelKeys', mismatch]] as const) {
    if (keys.length > 0 && !hasSelector) ctx.report({ messageId: 'label-keys-selector', data: { field }, path: [...path, field] });
    keys.forEach((key, i) => {
      if (typeof key === 'string' && checkQualifiedName(key)) ctx.report({ messageId: 'selector-key', data: { key }, path: [...path, field, i], at: 'value' });
    });
  }
  mismatch.forEach((key, i) => {
    if (match.includes(key)) ctx.report({ messageId: 'label-keys-both', data: { key: display(key) }, path: [...path, 'mismatchLabelKeys', i], at: 'value' });
  });
}

/** The sentences of the problems above, for the rules that check selectors. */
export const SELECTOR_MESSAGES: Record<string, Record<Lang, string>> = {
  'selector-key': {
    ko: '키 {key|는} 레이블 키 형식([접두사/]이름, 이름은 63자 이하)이어야 한다.',
    en: 'The key {key} must be a label key ([prefix/]name, the name at most 63 characters).',
  },
  'selector-value': {
    ko: '값 {value|은} 레이블 값 형식(63자 이하의 영숫자, -, _, .)이어야 한다.',
    en: 'The value {value} must be a label value: at most 63 letters, digits, -, _ and .',
  },
  'selector-values-required': {
    ko: 'operator가 {operator|이면} values가 하나 이상 필요하다.',
    en: 'operator {operator} needs at least one value.',
  },
  'selector-values-forbidden': {
    ko: 'operator가 {operator|이면} values를 쓸 수 없다.',
    en: 'operator {operator} takes no values.',
  },
  'selector-values-one': {
    ko: 'operator가 {operator|이면} values에 정수 하나만 써야 한다.',
    en: 'operator {operator} takes exactly one value, an integer.',
  },
  'selector-operator': {
    ko: 'operator {operator|는} 쓸 수 없다. 쓸 수 있는 값: {allowed}.',
    en: 'operator {operator} is not valid; use one of {allowed}.',
  },
  'label-keys-selector': {
    ko: '{field|는} labelSelector가 있을 때만 쓸 수 있다.',
    en: '{field} can only be set together with labelSelector.',
  },
  'label-keys-both': {
    ko: '키 {key|가} matchLabelKeys와 mismatchLabelKeys에 함께 있다.',
    en: 'The key {key} is in both matchLabelKeys and mismatchLabelKeys.',
  },
};
