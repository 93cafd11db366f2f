// Suppressions written in the manifest itself, honoured by the page and the command line alike:
//   # kube-field-guide-disable-next-line RULE[, RULE] [-- reason]   the problems on the next line
//   # kube-field-guide-disable RULE[, RULE] [-- reason]             the problems of the whole document
//   metadata.annotations["ignore-check.kube-field-guide.dev/RULE"]: "reason"   the problems of that object
// (the annotation after kube-linter's ignore-check.kube-linter.io/<check>). A suppressed problem is
// kept apart and counted, never dropped silently; an unknown rule id is itself reported
// (rules/suppression-unknown-rule.ts).
import type { Diagnostic, PathSegment, Resource } from './types.ts';
import type { LineIndex } from './locate.ts';
import type { ParsedDocument } from './yaml/parse.ts';

export const DISABLE_NEXT_LINE = 'kube-field-guide-disable-next-line';
export const DISABLE_DOCUMENT = 'kube-field-guide-disable';
export const IGNORE_ANNOTATION_PREFIX = 'ignore-check.kube-field-guide.dev/';
export const SUPPRESSION_RULE_ID = 'suppression-unknown-rule';

export interface RuleMention {
  id: string;
  /** offsets of the id in the text */
  start: number;
  end: number;
}

export interface Directive {
  scope: 'next-line' | 'document';
  /** offset of the `#` */
  at: number;
  rules: RuleMention[];
}

// a comment: `#` at a line start or after a blank, as YAML reads it (a rough but safe cut: inside a
// quoted scalar the text would have to be this exact phrase)
const COMMENT = /(?:^|[ \t])#[ \t]*kube-field-guide-disable(-next-line)?(?=[ \t]|$)([^\r\n]*)/gm;

/** The directives in text[from, to). */
export function directivesIn(text: string, from = 0, to = text.length): Directive[] {
  const directives: Directive[] = [];
  // searched in the range only (a sliced string costs no copy): a search to the text's end for every
  // document of a large paste would make the check quadratic
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!part.includes('kube-field-guide-disable')) return directives;
  COMMENT.lastIndex = 0;
  for (let match = COMMENT.exec(part); match; match = COMMENT.exec(part)) {
    const hash = from + part.indexOf('#', match.index);
    const tail = match[2] ?? '';
    const tailStart = from + match.index + match[0].length - tail.length;
    const list = tail.split(/\s--\s|\s--$/)[0] as string;
    const rules: RuleMention[] = [];
    for (const id of list.matchAll(/[^\s,]+/g)) {
      const start = tailStart + (id.index ?? 0);
      rules.push({ id: id[0], start, end: start + id[0].length });
    }
    directives.push({ scope: match[1] ? 'next-line' : 'document', at: hash, rules });
  }
  return directives;
}

/** The rule ids an object's annotations ignore. */
export function ignoredByAnnotations(value: Record<string, unknown>): string[] {
  const metadata = value['metadata'];
  if (!metadata || typeof metadata !== 'object') return [];
  const annotations = (metadata as Record<string, unknown>)['annotations'];
  if (!annotations || typeof annotations !== 'object') return [];
  return Object.keys(annotations).filter((key) => key.startsWith(IGNORE_ANNOTATION_PREFIX)).map((key) => key.slice(IGNORE_ANNOTATION_PREFIX.length));
}

const startsWith = (path: readonly PathSegment[], base: readonly PathSegment[]): boolean => base.every((segment, i) => path[i] === segment);

/** Splits one input's diagnostics into those kept and those its comments and annotations suppress. */
export function applySuppressions(
  diagnostics: Diagnostic[], text: string, lines: LineIndex,
  parsed: readonly Pick<ParsedDocument, 'index' | 'end'>[], resources: readonly Pick<Resource, 'value' | 'document' | 'base'>[],
): { kept: Diagnostic[]; suppressed: Diagnostic[] } {
  const byLine = new Map<number, Set<string>>();
  const byDocument = new Map<number, Set<string>>();
  const add = (map: Map<number, Set<string>>, key: number, ids: readonly string[]) => {
    const set = map.get(key) ?? new Set<string>();
    for (const id of ids) set.add(id);
    map.set(key, set);
  };
  for (const directive of directivesIn(text)) {
    const ids = directive.rules.map((rule) => rule.id);
    if (directive.scope === 'next-line') {
      add(byLine, lines.position(directive.at).line + 1, ids);
    } else {
      // the document the comment is in; a comment on a `---` line belongs to the document it opens
      const document = parsed.find((doc) => doc.end > directive.at);
      if (document) add(byDocument, document.index, ids);
    }
  }
  const objects = resources.map((resource) => ({ resource, ids: new Set(ignoredByAnnotations(resource.value)) })).filter((o) => o.ids.size > 0);
  if (byLine.size === 0 && byDocument.size === 0 && objects.length === 0) return { kept: diagnostics, suppressed: [] };
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const quiet = d.ruleId !== SUPPRESSION_RULE_ID && (
      byLine.get(d.line)?.has(d.ruleId)
      || byDocument.get(d.document)?.has(d.ruleId)
      || objects.some((o) => o.ids.has(d.ruleId) && o.resource.document === d.document && startsWith(d.path, o.resource.base)));
    (quiet ? suppressed : kept).push(d);
  }
  return { kept, suppressed };
}
