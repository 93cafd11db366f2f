// The small runner: picks the rules that apply, gives each a context whose report() turns a path into
// offsets and stamps the rule's id, severity and category. Rules only inspect and report.
import type { ApiKind, ApiSchema } from '../k8s/types.ts';
import type {
  CoreDiagnostic, DocumentContext, DocumentRule, Resource, ResourceRule, Rule, RuleContext, ValidateOptions,
} from './types.ts';
import type { ParsedDocument } from './yaml/parse.ts';
import { rangeOf } from './locate.ts';
import { findKind } from './schema/index-kinds.ts';
import { referencePathOf } from './schema/reference-path.ts';

export function isEnabled(rule: Rule, options: ValidateOptions, schema: ApiSchema | undefined): boolean {
  if (options.disabledRules?.includes(rule.id)) return false;
  if (rule.category === 'best-practice' && options.bestPractices === false) return false;
  if (rule.needsSchema && !schema) return false;
  return true;
}

export function runDocumentRules(
  rules: readonly DocumentRule[], text: string, options: ValidateOptions, schema: ApiSchema | undefined,
  document: ParsedDocument, out: CoreDiagnostic[],
): void {
  for (const rule of rules) {
    const ctx: DocumentContext = {
      text, options, schema, document,
      report: (input) => {
        out.push({
          ruleId: rule.id, severity: rule.severity, category: rule.category,
          messageId: input.messageId, data: input.data ?? {}, document: document.index,
          path: input.path ?? [], kind: kindOf(document), start: input.start, end: input.end,
          ...(input.fixes && input.fixes.length > 0 ? { fixes: input.fixes } : {}),
        });
      },
    };
    try {
      rule.check(ctx);
    } catch (error) {
      out.push(internalError(rule, error, document.index, document.start));
    }
  }
}

/**
 * Runs the rules on `resources` (one input's); `context` is every resource the cross-document rules
 * may find (all inputs of a run). Offsets in the reports are into `text`, the input's own text.
 */
export function runResourceRules(
  rules: readonly ResourceRule[], text: string, options: ValidateOptions, schema: ApiSchema | undefined,
  resources: readonly Resource[], out: CoreDiagnostic[], context: readonly Resource[] = resources,
): void {
  // the rules that apply to each kind, sorted out once per kind rather than for every resource
  const byKind = new Map<string, readonly ResourceRule[]>();
  const rulesFor = (kind: string): readonly ResourceRule[] => {
    let list = byKind.get(kind);
    if (!list) {
      list = rules.filter((r) => !r.kinds || r.kinds.includes(kind));
      byKind.set(kind, list);
    }
    return list;
  };
  for (const resource of resources) {
    // one context per resource; `rule` says whose report it is (the page re-runs this on every keystroke)
    let rule = rules[0] as ResourceRule;
    const apiKind = schema ? findKind(schema, resource.apiVersion, resource.kind) : undefined;
    const page = schema && apiKind ? referencePageOf(schema, apiKind) : undefined;
    const ctx: RuleContext = {
      text, options, schema, resources: context, resource,
      report: (input) => {
        const { start, end } = rangeOf(resource.node, input.path, input.at ?? 'key');
        out.push({
          ruleId: rule.id, severity: input.severity ?? rule.severity, category: rule.category,
          messageId: input.messageId, data: input.data ?? {}, document: resource.document,
          path: resource.base.length > 0 ? [...resource.base, ...input.path] : input.path, kind: resource.kind, start, end,
          ...(schema && apiKind ? { reference: referencePathOf(schema, apiKind.type, input.path) } : {}),
          ...(page ? { referencePage: page } : {}),
          ...(input.fixes && input.fixes.length > 0 ? { fixes: input.fixes } : {}),
        });
      },
    };
    for (const current of rulesFor(resource.kind)) {
      rule = current;
      try {
        current.check(ctx);
      } catch (error) {
        out.push(internalError(current, error, resource.document, resource.node.start));
      }
    }
  }
}

/** A bug in one rule must not take the whole result down: it becomes a diagnostic of its own. */
function internalError(rule: Rule, error: unknown, document: number, at: number): CoreDiagnostic {
  return {
    ruleId: 'internal-error', severity: 'error', category: 'syntax', messageId: 'rule-failed',
    data: { rule: rule.id, reason: error instanceof Error ? error.message : String(error) },
    document, path: [], kind: '', start: at, end: at,
  };
}

function kindOf(document: ParsedDocument): string {
  const value = document.node?.value;
  if (value && typeof value === 'object' && 'kind' in value && typeof value.kind === 'string') return value.kind;
  return '';
}

/**
 * Two groups serve a kind called Event; the catalogue and the reference name the non-core one
 * 'event.events.k8s.io' (as kubectl spells it). Undefined when the lower-case kind is the page.
 */
function referencePageOf(schema: ApiSchema, kind: ApiKind): string | undefined {
  if (kind.group === '') return undefined;
  return (groupsByKindName(schema).get(kind.kind)?.size ?? 0) > 1 ? `${kind.kind.toLowerCase()}.${kind.group}` : undefined;
}

const groupsCache = new WeakMap<ApiSchema, Map<string, Set<string>>>();
function groupsByKindName(schema: ApiSchema): Map<string, Set<string>> {
  let groups = groupsCache.get(schema);
  if (groups === undefined) {
    groups = new Map();
    for (const kind of schema.kinds) {
      const set = groups.get(kind.kind) ?? new Set<string>();
      set.add(kind.group);
      groups.set(kind.kind, set);
    }
    groupsCache.set(schema, groups);
  }
  return groups;
}
