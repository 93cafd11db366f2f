// What a bundled kind's page says the validator checks of its upstream CRD (generated/crds/<id>.upstream.json,
// npm run gen:k8s): the CEL rules of the kind's preferred version grouped by what they say, split into
// those evaluated, those that need the stored object (oldSelf: one file cannot judge them, as for a pasted
// CRD), and those not evaluated (a CEL function the validator lacks, a place the bundled schema lacks);
// and the file they were read from.
import type { CrdUpstream, UpstreamRule } from '../k8s/generate/crd-upstream.ts';
import type { ExtractSource } from '../k8s/generate/extract-crd.ts';
import { isTransitionRule } from '../validator/cel/rules.ts';

/** One message (or the rule itself when it has none) and every schema path it sits on. */
export interface RuleGroup {
  text: string;
  /** 'spec.rules[].filters'; '' for the object itself */
  paths: string[];
}

export interface KindRules {
  /** the upstream CRD file: repository, tag, path; `href` on GitHub */
  source: ExtractSource & { href: string };
  evaluated: RuleGroup[];
  transition: RuleGroup[];
  notJudged: { function: RuleGroup[]; path: RuleGroup[] };
  /** rule counts (a group may hold several rules) */
  counts: { evaluated: number; transition: number; function: number; path: number };
}

function grouped(rules: readonly UpstreamRule[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const rule of rules) {
    const text = rule.message ?? rule.messageExpression ?? rule.rule;
    let group = groups.get(text);
    if (!group) groups.set(text, group = { text, paths: [] });
    if (!group.paths.includes(rule.path)) group.paths.push(rule.path);
  }
  return [...groups.values()];
}

/** The rules of `group`/`kind` in `version` from the project's upstream file, or undefined when it has none of the kind. */
export function kindRules(upstream: CrdUpstream, group: string, kind: string, version: string): KindRules | undefined {
  const crd = upstream.kinds.find((k) => k.group === group && k.kind === kind);
  const served = crd?.versions.find((v) => v.name === version);
  if (!crd || !served) return undefined;
  const rules = served.rules ?? [];
  const evaluated = rules.filter((r) => r.checked && !isTransitionRule(r));
  const transition = rules.filter((r) => r.checked && isTransitionRule(r));
  const byFunction = rules.filter((r) => r.unchecked === 'function');
  const byPath = rules.filter((r) => r.unchecked === 'path');
  const { source } = crd;
  return {
    source: { ...source, href: `https://github.com/${source.repo}/blob/${source.ref}/${source.path}` },
    evaluated: grouped(evaluated),
    transition: grouped(transition),
    notJudged: { function: grouped(byFunction), path: grouped(byPath) },
    counts: { evaluated: evaluated.length, transition: transition.length, function: byFunction.length, path: byPath.length },
  };
}
