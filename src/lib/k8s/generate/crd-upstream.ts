// Build time only: a bundled project's upstream facts for the site (generated/crds/<id>.upstream.json):
// where its CRDs come from, each kind's names, and the CEL rules of each served version with whether the
// bundled data checks them (a rule on a path the package-derived types lack is not checked).
import type { BundledCrdFacts } from '../bundled-crds.ts';
import type { CrdExtract, ExtractedCrd, ExtractedVersion, ExtractSource } from './extract-crd.ts';
import { displayPath, type MergeReport } from './merge-crd-extract.ts';

export interface UpstreamRule {
  /** where the rule sits in the schema: spec.rules[].filters ('' for the root) */
  path: string;
  rule: string;
  message?: string;
  messageExpression?: string;
  /** evaluated on the bundled kind; otherwise `unchecked` says why */
  checked: boolean;
  /** path: it sits where the bundled data has no schema of its own (a built-in type, a field the package lacks); function: it calls a CEL function the validator lacks (cel/unsupported.ts) */
  unchecked?: 'path' | 'function';
}

/** The CRD's names and scope, the file it was read from, and each version's flags and rules. */
export interface UpstreamKind extends Omit<ExtractedCrd, 'source' | 'versions'> {
  source: ExtractSource;
  versions: Array<Omit<ExtractedVersion, 'nodes'> & { rules?: UpstreamRule[] }>;
}

export interface CrdUpstream {
  upstream: string;
  kinds: UpstreamKind[];
}

/** The validator's facts per kind (scope, served and deprecated versions), for the project's data. */
export function crdFacts(extract: CrdExtract): BundledCrdFacts[] {
  return extract.crds.map((crd) => ({
    group: crd.group, kind: crd.kind, scope: crd.scope,
    versions: crd.versions.map((v) => ({
      name: v.name, served: v.served,
      ...(v.deprecated ? { deprecated: v.deprecated } : {}),
      ...(v.deprecationWarning ? { deprecationWarning: v.deprecationWarning } : {}),
    })),
  }));
}

/**
 * `bundled`: group/Kind/version of every version the project's data has a schema for; `unsupported`:
 * whether a rule calls a function the validator's CEL library lacks (the validator's compileExpression).
 */
export function crdUpstream(
  extract: CrdExtract, report: MergeReport, bundled: ReadonlySet<string>, unsupported: (rule: string) => boolean,
): CrdUpstream {
  const unplaced = new Set(report.unplaced.map((u) => `${u.group}/${u.kind}/${u.version} ${u.path.join('/')}`));
  return {
    upstream: extract.upstream,
    kinds: extract.crds.map(({ source, versions, ...names }) => ({
      ...names,
      source: extract.sources[source] as ExtractSource,
      versions: versions.map(({ nodes, ...flags }) => {
        const placed = (path: string[]): boolean => bundled.has(`${names.group}/${names.kind}/${flags.name}`)
          && !unplaced.has(`${names.group}/${names.kind}/${flags.name} ${path.join('/')}`);
        const rules = (nodes ?? []).flatMap((node) => (node.rules ?? []).map((rule): UpstreamRule => {
          const unchecked = !placed(node.path) ? 'path' : unsupported(rule.rule) ? 'function' : undefined;
          return {
            path: displayPath(node.path), rule: rule.rule,
            ...(rule.message ? { message: rule.message } : {}),
            ...(rule.messageExpression ? { messageExpression: rule.messageExpression } : {}),
            checked: unchecked === undefined,
            ...(unchecked ? { unchecked } : {}),
          };
        }));
        return { ...flags, ...(rules.length > 0 ? { rules } : {}) };
      }),
    })),
  };
}
