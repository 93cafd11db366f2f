// One schema walk per resource, shared by the schema-* rules (cached by resource identity).
import type { Resource, RuleContext } from '../types.ts';
import { findKind } from './index-kinds.ts';
import { walkResource, type FindingType, type SchemaFinding } from './walk.ts';
import { findCrd, isCustomApiVersion, versionOf } from './custom-resources.ts';
import { crdWalkSchema } from './crd-schema.ts';
import { newCelBudget, type CelBudget } from '../cel/evaluate.ts';

const cache = new WeakMap<Resource, SchemaFinding[]>();
/** one CEL budget per paste, so many custom resources with a costly rule still end in bounded time */
const celBudgets = new WeakMap<readonly Resource[], CelBudget>();

function celBudgetOf(resources: readonly Resource[]): CelBudget {
  let budget = celBudgets.get(resources);
  if (!budget) {
    budget = newCelBudget();
    celBudgets.set(resources, budget);
  }
  return budget;
}

export function schemaFindings(ctx: RuleContext): SchemaFinding[] {
  const cached = cache.get(ctx.resource);
  if (cached) return cached;
  const { schema, resource } = ctx;
  const apiKind = schema ? findKind(schema, resource.apiVersion, resource.kind) : undefined;
  let findings: SchemaFinding[] = [];
  if (schema && apiKind) findings = walkResource(schema, apiKind.type, resource.node, ctx.text, undefined, ctx.options.history);
  else if (schema && resource.kind !== '' && isCustomApiVersion(schema, resource.apiVersion)) {
    // a custom resource: against its CRD's schema when the input serves its version, else metadata alone
    const crd = findCrd(ctx.resources, resource.apiVersion, resource.kind);
    const version = crd?.versions.find((v) => v.served && v.name === versionOf(resource.apiVersion) && v.schema);
    const walk = crdWalkSchema(schema, crd, version);
    findings = walkResource(walk.schema, walk.root, resource.node, ctx.text, celBudgetOf(ctx.resources));
  }
  cache.set(resource, findings);
  return findings;
}

/** Reports the findings of one type through the rule's context. */
export function reportFindings(ctx: RuleContext, type: FindingType): void {
  for (const finding of schemaFindings(ctx)) {
    if (finding.type !== type) continue;
    ctx.report({
      messageId: finding.messageId, data: finding.data, path: finding.path, at: finding.at,
      ...(finding.fixes ? { fixes: finding.fixes } : {}),
    });
  }
}
