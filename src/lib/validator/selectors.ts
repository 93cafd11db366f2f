// Label selector matching, as metav1.LabelSelectorAsSelector evaluates it.
import { isRecord } from './resources.ts';
import { display } from './display.ts';

/** True when the labels satisfy a LabelSelector ({matchLabels, matchExpressions}). */
export function matchesLabelSelector(selector: unknown, labels: Record<string, unknown>): boolean {
  if (!isRecord(selector)) return false;
  const matchLabels = isRecord(selector.matchLabels) ? selector.matchLabels : {};
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  // an empty selector matches everything; no selector at all is handled by callers
  return matchesMap(matchLabels, labels) && expressions.every((e) => matchesExpression(e, labels));
}

/** A Service-style selector: every key/value must be among the labels. */
export function matchesMap(selector: Record<string, unknown>, labels: Record<string, unknown>): boolean {
  // a plain loop: no [key, value] pair allocated per label, in the rules' hot path on big pastes
  for (const key of Object.keys(selector)) {
    if (display(labels[key]) !== display(selector[key]) || !(key in labels)) return false;
  }
  return true;
}

function matchesExpression(expression: unknown, labels: Record<string, unknown>): boolean {
  if (!isRecord(expression) || typeof expression.key !== 'string') return false;
  const has = expression.key in labels;
  const value = has ? display(labels[expression.key]) : undefined;
  const values = Array.isArray(expression.values) ? expression.values.map(display) : [];
  switch (expression.operator) {
    case 'In': return value !== undefined && values.includes(value);
    case 'NotIn': return value === undefined || !values.includes(value);
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
    default: return false;
  }
}
