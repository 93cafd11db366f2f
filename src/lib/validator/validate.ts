// The pipeline: split → parse and locate → resources → rules → diagnostics with line:column.
// Never throws: an internal failure becomes a diagnostic. Several inputs are checked together
// (validateAll): each is parsed alone, then the resource rules see every input's resources.
import type {
  CoreDiagnostic, Diagnostic, DocumentResult, DocumentRule, Resource, ResourceRule, ValidateOptions, ValidateResult,
} from './types.ts';
import { isBlankChunk, isJsonStream, splitDocuments, type Chunk } from './yaml/split.ts';
import { parseDocument, type ParsedDocument } from './yaml/parse.ts';
import { resourcesOf } from './resources.ts';
import { formatPath, LineIndex } from './locate.ts';
import { isEnabled, runDocumentRules, runResourceRules } from './runner.ts';
import { rules as allRules } from './rules/index.ts';
import { INTERNAL_RULE_ID } from './internal.ts';
import { customResourceUnchecked } from './rules/custom-resource-unchecked.ts';
import { applySuppressions } from './suppress.ts';
import { lendBundledCrds, type BundledCrdOptions } from './schema/bundled-crds.ts';

export function validate(text: string, options: ValidateOptions & BundledCrdOptions = {}): ValidateResult {
  return validateAll([text], options)[0] as ValidateResult;
}

/**
 * Checks several inputs (the files of one command-line run) as if they were one paste: references
 * between objects (a Service's selector, a Pod's ConfigMaps and Secrets, an autoscaler's target)
 * resolve across all of them. Each input still gets its own result, with its own documents, offsets
 * and line numbers, in the order given. Never throws: a failure is reported against its own input.
 */
export function validateAll(texts: readonly string[], options: ValidateOptions & BundledCrdOptions = {}): ValidateResult[] {
  const rules = enabledRules(options);
  if (!('document' in rules)) return texts.map(() => rules);
  const inputs = texts.map((text) => parseInputGuarded(text, options, rules));
  // one array for every input, so the rules' per-paste indexes (by kind and name, workloads) are built once
  const context = runContext(inputs.flatMap(resourcesOfInput), options);
  return inputs.map((input) => checkInput(input, rules, options, context));
}

/**
 * What the resource rules search: every input's resources (in input order), then the CRDs of
 * `options.crdTexts`; the bundled projects' CRDs the edge loaded are lent to it, found where the
 * input has none of its own.
 */
export function runContext(resources: readonly Resource[], options: ValidateOptions & BundledCrdOptions): Resource[] {
  const context = [...resources, ...crdsOfTexts(options)];
  if (options.schema && options.bundledCrds) lendBundledCrds(context, options.bundledCrds, options.schema);
  return context;
}

// validateAll's steps, exported for the command line's threads (cli/threads.ts), which parse groups of
// files apart, share every input's resources and check each group against the same context.

/** The enabled rules, split by scope; a failure of the rule list is every input's result. */
export function enabledRules(options: ValidateOptions): EnabledRules | ValidateResult {
  try {
    const enabled = allRules.filter((rule) => isEnabled(rule, options, options.schema));
    return {
      document: enabled.filter((rule): rule is DocumentRule => rule.scope === 'document'),
      resource: enabled.filter((rule): rule is ResourceRule => rule.scope !== 'document'),
    };
  } catch (error) {
    return crashed(error);
  }
}

export interface EnabledRules {
  document: DocumentRule[];
  resource: ResourceRule[];
}

/** One input split, parsed and through its document rules, or its result when that failed. */
export function parseInputGuarded(text: string, options: ValidateOptions, rules: EnabledRules): ParsedInput | ValidateResult {
  return guarded(() => parseInput(typeof text === 'string' ? text : String(text), options, rules.document));
}

export const resourcesOfInput = (input: ParsedInput | ValidateResult): Resource[] => ('resources' in input ? input.resources : []);

/** One input's result: its resource rules against `context` (every input's resources, in input order). */
export function checkInput(input: ParsedInput | ValidateResult, rules: EnabledRules, options: ValidateOptions, context: readonly Resource[]): ValidateResult {
  if (!('resources' in input)) return input;
  return guarded(() => {
    runResourceRules(rules.resource, input.text, options, options.schema, input.resources, input.core, context);
    return present(input);
  });
}

/** The CustomResourceDefinitions of `options.crdTexts`, parsed without any rule; a text that fails adds none. */
export function crdsOfTexts(options: ValidateOptions): Resource[] {
  return (options.crdTexts ?? []).flatMap((text) => {
    const input = guarded(() => parseInput(text, { ...options, maxInputChars: undefined }, []));
    return 'resources' in input ? input.resources.filter((resource) => resource.kind === 'CustomResourceDefinition') : [];
  });
}

/** One input parsed, with its document rules run; its resource rules wait for every input's resources. */
export interface ParsedInput {
  text: string;
  lines: LineIndex;
  parsed: ParsedDocument[];
  resources: Resource[];
  core: CoreDiagnostic[];
}

function parseInput(text: string, options: ValidateOptions, documentRules: readonly DocumentRule[]): ParsedInput {
  const lines = new LineIndex(text);
  const core: CoreDiagnostic[] = [];
  const limit = options.maxInputChars;
  if (limit !== undefined && text.length > limit) {
    core.push({
      ruleId: 'input-limits', severity: 'error', category: 'syntax', messageId: 'too-large',
      data: { limit: limit / (1024 * 1024) }, document: 0, path: [], kind: '', start: 0, end: 0,
    });
    return { text, lines, parsed: [], resources: [], core };
  }
  const parsed = parseChunks(text, splitDocuments(text));
  for (const doc of parsed) runDocumentRules(documentRules, text, options, options.schema, doc, core);
  return { text, lines, parsed, resources: parsed.flatMap(resourcesOf), core };
}

/**
 * The documents of `chunks` (all or a run of splitDocuments(text)), numbered from 0; blank and empty
 * ones are left out. The command line's threads parse a large input's runs of chunks apart (cli/pieces.ts).
 */
export function parseChunks(text: string, chunks: readonly Chunk[], json: boolean = isJsonStream(text)): ParsedDocument[] {
  const parsed: ParsedDocument[] = [];
  for (const chunk of chunks) {
    if (isBlankChunk(text, chunk)) continue;
    const doc = parseDocument(text, chunk, parsed.length, json);
    // `---` followed only by `null` or `~` is an empty document too
    if (doc.problems.length === 0 && !doc.node) continue;
    parsed.push(doc);
  }
  return parsed;
}

/** What the presentation of a document reads of its parse: no YAML node but the root's start and value. */
export type DocumentOutline = Pick<ParsedDocument, 'index' | 'start' | 'end'> & {
  node?: { start: number; value: unknown };
  problems: readonly Pick<ParsedDocument['problems'][number], 'code' | 'start'>[];
};

/** An input ready to be presented: all its core diagnostics, document rules' first, then the resource rules'. */
export interface PresentableInput {
  text: string;
  lines: LineIndex;
  parsed: readonly DocumentOutline[];
  resources: readonly Pick<Resource, 'value' | 'document' | 'base'>[];
  core: CoreDiagnostic[];
}

/** One input's result from its core diagnostics: sorted, suppressed, located, its documents summarized. */
export function present({ text, lines, parsed, resources, core }: PresentableInput): ValidateResult {
  core.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  // what the manifest's own comments and annotations suppress is kept apart, to be counted
  const { kept: diagnostics, suppressed } = applySuppressions(withoutSchemaEchoes(core).map((d) => located(d, lines)), text, lines, parsed, resources);
  const hasError = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.document));
  const unchecked = new Set(diagnostics.filter((d) => d.ruleId === customResourceUnchecked.id).map((d) => d.document));
  const documents = parsed.map((doc) => summarize(doc, hasError.has(doc.index), unchecked.has(doc.index), lines));
  return suppressed.length === 0 ? { documents, diagnostics } : { documents, diagnostics, suppressed };
}

function guarded<T>(run: () => T): T | ValidateResult {
  try {
    return run();
  } catch (error) {
    return crashed(error);
  }
}

function crashed(error: unknown): ValidateResult {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    documents: [],
    diagnostics: [{
      ruleId: INTERNAL_RULE_ID, severity: 'error', category: 'syntax', messageId: 'crashed', data: { reason },
      document: 0, path: [], kind: '', start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1, fieldPath: '',
    }],
  };
}

/**
 * A specific rule and the generic schema check can report the same missing or wrong field
 * (Ingress pathType); the specific message explains more, so the schema one is dropped.
 */
function withoutSchemaEchoes(diagnostics: CoreDiagnostic[]): CoreDiagnostic[] {
  // Keys are made only where a schema diagnostic shares a start: a paste can carry tens of thousands
  // of other problems (a repeated key), and a key for each costs more than the whole check.
  const schemaStarts = new Set(diagnostics.filter((d) => d.category === 'schema').map((d) => d.start));
  if (schemaStarts.size === 0) return diagnostics;
  const key = (d: CoreDiagnostic): string => `${d.document} ${d.start} ${d.end} ${d.path.join('.')}`;
  const specific = new Set(
    diagnostics.filter((d) => d.category !== 'schema' && d.severity === 'error' && schemaStarts.has(d.start)).map(key),
  );
  if (specific.size === 0) return diagnostics;
  return diagnostics.filter((d) => d.category !== 'schema' || !specific.has(key(d)));
}

function located(core: CoreDiagnostic, lines: LineIndex): Diagnostic {
  const start = lines.position(core.start);
  const end = lines.position(core.end);
  return {
    ...core, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    fieldPath: formatPath(core.path),
  };
}

function summarize(doc: DocumentOutline, hasError: boolean, unchecked: boolean, lines: LineIndex): DocumentResult {
  const value = doc.node?.value as Record<string, unknown> | undefined;
  const metadata = value?.metadata as Record<string, unknown> | undefined;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const start = doc.node?.start ?? doc.problems[0]?.start ?? doc.start;
  const status = doc.problems.some((p) => p.code !== 'duplicate-key' && p.code !== 'ignored') || !doc.node
    ? 'error'
    : hasError ? 'invalid' : unchecked ? 'not-checked' : 'valid';
  return {
    index: doc.index,
    apiVersion: text(value?.apiVersion),
    kind: text(value?.kind),
    name: metadata && typeof metadata === 'object' ? text(metadata.name) : '',
    line: lines.position(start).line,
    start,
    status,
  };
}
