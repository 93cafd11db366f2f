// The pipeline: split → parse and locate → resources → rules → diagnostics with line:column.
// Never throws: an internal failure becomes a diagnostic.
import type { CoreDiagnostic, Diagnostic, DocumentResult, DocumentRule, ResourceRule, ValidateOptions, ValidateResult } from './types.ts';
import { isBlankChunk, splitDocuments } from './yaml/split.ts';
import { parseDocument, type ParsedDocument } from './yaml/parse.ts';
import { MAX_INPUT_CHARS } from './yaml/limits.ts';
import { resourcesOf } from './resources.ts';
import { formatPath, LineIndex } from './locate.ts';
import { isEnabled, runDocumentRules, runResourceRules } from './runner.ts';
import { rules as allRules } from './rules/index.ts';
import { INTERNAL_RULE_ID } from './internal.ts';

export function validate(text: string, options: ValidateOptions = {}): ValidateResult {
  try {
    return validateUnsafe(typeof text === 'string' ? text : String(text), options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      documents: [],
      diagnostics: [{
        ruleId: INTERNAL_RULE_ID, severity: 'error', category: 'syntax', messageId: 'crashed', data: { reason },
        document: 0, path: [], kind: '', start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1, fieldPath: '',
      }],
    };
  }
}

function validateUnsafe(text: string, options: ValidateOptions): ValidateResult {
  const lines = new LineIndex(text);
  if (text.length > MAX_INPUT_CHARS) {
    const core: CoreDiagnostic = {
      ruleId: 'input-limits', severity: 'error', category: 'syntax', messageId: 'too-large',
      data: { limit: MAX_INPUT_CHARS / (1024 * 1024) }, document: 0, path: [], kind: '', start: 0, end: 0,
    };
    return { documents: [], diagnostics: [present(core, lines)] };
  }
  const schema = options.schema;
  const enabled = allRules.filter((rule) => isEnabled(rule, options, schema));
  const documentRules = enabled.filter((rule): rule is DocumentRule => rule.scope === 'document');
  const resourceRules = enabled.filter((rule): rule is ResourceRule => rule.scope !== 'document');

  const parsed: ParsedDocument[] = [];
  for (const chunk of splitDocuments(text)) {
    if (isBlankChunk(text, chunk)) continue;
    const doc = parseDocument(text, chunk, parsed.length);
    // `---` followed only by `null` or `~` is an empty document too
    if (doc.problems.length === 0 && !doc.node) continue;
    parsed.push(doc);
  }

  const core: CoreDiagnostic[] = [];
  for (const doc of parsed) runDocumentRules(documentRules, text, options, schema, doc, core);
  const resources = parsed.flatMap(resourcesOf);
  runResourceRules(resourceRules, text, options, schema, resources, core);

  core.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const diagnostics = withoutSchemaEchoes(core).map((d) => present(d, lines));
  const hasError = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.document));
  const documents = parsed.map((doc) => summarize(doc, hasError.has(doc.index), lines));
  return { documents, diagnostics };
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

function present(core: CoreDiagnostic, lines: LineIndex): Diagnostic {
  const start = lines.position(core.start);
  const end = lines.position(core.end);
  return {
    ...core, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    fieldPath: formatPath(core.path),
  };
}

function summarize(doc: ParsedDocument, hasError: boolean, lines: LineIndex): DocumentResult {
  const value = doc.node?.value as Record<string, unknown> | undefined;
  const metadata = value?.metadata as Record<string, unknown> | undefined;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const start = doc.node?.start ?? doc.problems[0]?.start ?? doc.start;
  const status = doc.problems.some((p) => p.code !== 'duplicate-key') || !doc.node
    ? 'error'
    : hasError ? 'invalid' : 'valid';
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
