// Evaluates the x-kubernetes-validations rules the schema walk met (walk.ts collects one site per
// value whose schema has rules) and turns each failure into a finding of the schema-validation-rule
// rule, as the API server's CEL validator does: `self` is the value, the message is the evaluated
// messageExpression or else `message` or else "failed rule: <rule>", the place is fieldPath's when
// the rule names one. Transition rules (oldSelf) and rules that do not compile are left out here:
// the crd-validation-rule-* rules report them on the CRD.
import type { ApiSchema, ApiShape, ApiType, ValidationRule } from '../../k8s/types.ts';
import type { PathSegment } from '../types.ts';
import { descend, type YNode } from '../yaml/node.ts';
import { celObject, celValue } from './values.ts';
import { compileExpression, summary } from './compile.ts';
import { isTransitionRule } from './rules.ts';
import { COST_EXCEEDED, metered, type Meter } from './meter.ts';
import { fieldPathSegments } from './field-path.ts';

/** A value whose schema has rules: an object (its type) or another value (its shape). */
export type RuleSite = {
  rules: ValidationRule[];
  node: YNode;
  path: PathSegment[];
} & ({ type: ApiType } | { shape: ApiShape });

/** A finding of the schema walk (walk.ts's RuleFinding) for the schema-validation-rule rule. */
export interface RuleFinding {
  type: 'rule';
  messageId: 'failed' | 'failed-reason' | 'error' | 'cost' | 'budget';
  path: PathSegment[];
  at: 'key';
  data: Record<string, string>;
}

/** The work left for the CEL rules of one paste (in evaluator steps), shared by its resources. */
export interface CelBudget {
  remaining: number;
}

/** Steps one rule may take (the API server's per-expression limit, in our engine's steps). */
export const RULE_STEP_LIMIT = 1_000_000;
/** Steps all the rules of one paste may take: 1-1.5 s at worst (0.2-0.35 us a step in Node 22). */
export const PASTE_STEP_BUDGET = 4_000_000;

export function newCelBudget(): CelBudget {
  return { remaining: PASTE_STEP_BUDGET };
}

type Outcome = { kind: 'value'; value: unknown } | { kind: 'error'; error: string } | { kind: 'cost' } | { kind: 'budget' } | { kind: 'not-judged' };

export function ruleFindings(schema: ApiSchema, sites: readonly RuleSite[], budget: CelBudget): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const site of sites) {
    const self = selfOf(schema, site);
    for (const rule of site.rules) {
      if (isTransitionRule(rule)) continue;
      const compiled = compileExpression(rule.rule, 'bool');
      if (!compiled.ok) continue;
      const outcome = run(() => compiled.program({ self }), budget);
      const at = { path: site.path, at: 'key' as const };
      const data = { rule: shortRule(rule.rule) };
      switch (outcome.kind) {
        case 'budget':
          findings.push({ type: 'rule', messageId: 'budget', ...at, data });
          return findings;
        case 'cost':
          findings.push({ type: 'rule', messageId: 'cost', ...at, data });
          break;
        case 'error':
          findings.push({ type: 'rule', messageId: 'error', ...at, data: { ...data, error: outcome.error } });
          break;
        case 'value':
          if (outcome.value === false) findings.push(failure(site, rule, self, budget));
          else if (outcome.value !== true) findings.push({ type: 'rule', messageId: 'error', ...at, data: { ...data, error: 'the rule did not evaluate to a bool' } });
          break;
        case 'not-judged':
          break;
      }
    }
  }
  return findings;
}

function failure(site: RuleSite, rule: ValidationRule, self: unknown, budget: CelBudget): RuleFinding {
  const reason = rule.reason;
  return {
    type: 'rule',
    messageId: reason ? 'failed-reason' : 'failed',
    path: [...site.path, ...reachedFieldPath(site.node, rule.fieldPath)],
    at: 'key',
    data: { message: messageOf(rule, self, budget), rule: shortRule(rule.rule), ...(reason ? { reason } : {}) },
  };
}

/** messageExpression's string when it gives one, else message, else the server's default. */
function messageOf(rule: ValidationRule, self: unknown, budget: CelBudget): string {
  if (rule.messageExpression) {
    const compiled = compileExpression(rule.messageExpression, 'string');
    const outcome = compiled.ok ? run(() => compiled.program({ self }), budget) : undefined;
    if (outcome?.kind === 'value' && typeof outcome.value === 'string' && outcome.value.trim() !== '' && !outcome.value.includes('\n')) {
      return outcome.value;
    }
  }
  return rule.message ?? `failed rule: ${shortRule(rule.rule)}`;
}

function run(evaluate: () => unknown, budget: CelBudget): Outcome {
  if (budget.remaining <= 0) return { kind: 'budget' };
  const limit = Math.min(RULE_STEP_LIMIT, budget.remaining);
  const meter: Meter = { used: 0, limit, notJudged: false };
  let outcome: Outcome;
  try {
    outcome = { kind: 'value', value: metered(meter, evaluate) };
  } catch (error) {
    outcome = error === COST_EXCEEDED ? { kind: 'cost' } : { kind: 'error', error: summary(error) };
  }
  budget.remaining -= Math.min(meter.used, limit);
  // all/exists keep an element's error as a value and go on, so a stop may not surface as a throw
  if (meter.used > limit) return limit < RULE_STEP_LIMIT ? { kind: 'budget' } : { kind: 'cost' };
  if (meter.notJudged) return { kind: 'not-judged' };
  return outcome;
}

/** `self` of a site; at the root, metadata holds only name and generateName, as on the server. */
function selfOf(schema: ApiSchema, site: RuleSite): unknown {
  const self = 'type' in site ? celObject(schema, site.type, site.node.value) : celValue(schema, site.shape, site.node.value);
  if (site.path.length === 0 && self instanceof Map && self.get('metadata') instanceof Map) {
    const metadata = self.get('metadata') as Map<string, unknown>;
    self.set('metadata', new Map([...metadata].filter(([key]) => key === 'name' || key === 'generateName')));
  }
  return self;
}

/** The part of fieldPath the value has (the whole path when the field is present). */
function reachedFieldPath(node: YNode, fieldPath: string | undefined): PathSegment[] {
  const segments = fieldPath ? fieldPathSegments(fieldPath) : undefined;
  if (!segments) return [];
  return segments.slice(0, descend(node, segments).depth);
}

/** A rule as a message shows it: one line, at most 120 characters. */
export function shortRule(rule: string): string {
  const line = rule.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
