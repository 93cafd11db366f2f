// The x-kubernetes-validations entries of a CRD schema node, as the walker and the crd-validation-rule-*
// rules read them. https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#validation-rules
import type { ValidationRule } from '../../k8s/types.ts';
import { isRecord } from '../resources.ts';

export const VALIDATIONS_KEY = 'x-kubernetes-validations';

/** The well-formed entries (a string `rule`), in order, each with its index in the list; [] when none. */
export function validationEntries(node: Record<string, unknown>): { index: number; rule: ValidationRule }[] {
  const list = node[VALIDATIONS_KEY];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => {
    if (!isRecord(entry) || typeof entry.rule !== 'string') return [];
    const rule: ValidationRule = { rule: entry.rule };
    for (const key of ['message', 'messageExpression', 'fieldPath', 'reason'] as const) {
      const value = entry[key];
      if (typeof value === 'string' && value !== '') rule[key] = value;
    }
    return [{ index, rule }];
  });
}

/** The rules to carry in the walk schema (ValueChecks.rules), or undefined when the node has none. */
export function validationRulesOf(node: Record<string, unknown>): ValidationRule[] | undefined {
  const rules = validationEntries(node).map((entry) => entry.rule);
  return rules.length > 0 ? rules : undefined;
}

/**
 * A transition rule compares with the stored object (`oldSelf`): it needs an update, so one file
 * cannot judge it. The identifier, not the text inside string literals.
 */
export function isTransitionRule(rule: ValidationRule): boolean {
  return /\boldSelf\b/.test(withoutStrings(rule.rule));
}

function withoutStrings(source: string): string {
  return source.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
}
