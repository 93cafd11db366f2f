// The validator's data model. The core works with offsets into the pasted text; line/column and
// the Korean or English sentence are added at the edge (see present.ts and format.ts).
import type { ApiSchema } from '../k8s/types.ts';
import type { ReleaseHistory } from '../k8s/release-data.ts';
import type { YNode } from './yaml/node.ts';
import type { ParsedDocument } from './yaml/parse.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'syntax' | 'schema' | 'api' | 'semantics' | 'cross-document' | 'best-practice';
export type Lang = 'ko' | 'en';
/** One segment of a field path: a mapping key or a sequence index. */
export type PathSegment = string | number;
export type MessageData = Record<string, string | number>;

/** One replacement in the original text, like a language server's TextEdit: text[start, end) becomes `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * safe: certain, applied by `check --fix` and "fix all"; suggestion: the intent is unclear, so it is
 * shown and applied only on request (`--fix-type all`).
 */
export type FixSafety = 'safe' | 'suggestion';

/**
 * A way to fix a diagnostic: edits computed from positions in the original text, never a re-serialized
 * document, so comments, quoting and key order outside the edits stay byte for byte. The edits of one
 * fix do not overlap and are applied together or not at all (fix/apply.ts).
 */
export interface Fix {
  safety: FixSafety;
  /** what the fix writes, in no language, for a button or a list: `apps/v1`, `containers` */
  label: string;
  edits: TextEdit[];
}

/** What a rule reports, in the core: offsets, never sentences. */
export interface CoreDiagnostic {
  ruleId: string;
  severity: Severity;
  category: Category;
  messageId: string;
  data: MessageData;
  /** document index (0-based, counting only non-empty documents) */
  document: number;
  /** field path as segments; [] for the whole document */
  path: PathSegment[];
  /** kind of the document the field belongs to, for the reference link; '' when unknown */
  kind: string;
  /** the field's anchor on the kind's reference page, when API data located it (see referenceLink) */
  reference?: string;
  /** the kind's reference page when the lower-case kind is not enough: 'event.events.k8s.io' */
  referencePage?: string;
  start: number;
  end: number;
  /** ways to fix it, the best first; absent when there is none */
  fixes?: Fix[];
}

/** The diagnostic as handed to the page, the worker and the CLI. */
export interface Diagnostic extends CoreDiagnostic {
  /** 1-based */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** spec.template.spec.containers[0].image */
  fieldPath: string;
}

/**
 * error: not parsed; invalid: has an error; not-checked: a custom resource without a schema (no CRD in
 * the input), with no error from the generic checks; valid: the rest.
 */
export type DocumentStatus = 'valid' | 'invalid' | 'error' | 'skipped' | 'not-checked';

export interface DocumentResult {
  index: number;
  apiVersion: string;
  kind: string;
  name: string;
  /** 1-based line where the document's content starts */
  line: number;
  start: number;
  status: DocumentStatus;
}

export interface ValidateResult {
  documents: DocumentResult[];
  diagnostics: Diagnostic[];
  /** problems the manifest's comments or annotations suppressed (suppress.ts); absent when none */
  suppressed?: Diagnostic[];
}

export interface ValidateOptions {
  /** API data of the release checked against; without it, schema and API rules are skipped */
  schema?: ApiSchema;
  /**
   * What the other releases' data says (k8s/release-data.ts), so that a field or an API version
   * the checked release lacks is named with the release it came in or went
   */
  history?: ReleaseHistory;
  /** run best-practice rules (default true) */
  bestPractices?: boolean;
  /** rule ids switched off */
  disabledRules?: readonly string[];
  /**
   * Refuse an input longer than this many characters (input-limits, too-large) instead of checking it.
   * The page sets 5 MB (MAX_INPUT_CHARS) so a paste never stalls the browser; the command line sets
   * none and is bounded by memory. Depth and alias expansion are bounded for every input regardless.
   */
  maxInputChars?: number;
  /**
   * Texts that only lend their CustomResourceDefinitions (the command line's --crd): their CRDs check
   * the inputs' custom resources, nothing is reported on them, and their other documents are ignored.
   */
  crdTexts?: readonly string[];
}

/** One parsed resource: a document, or one item of a v1 List. */
export interface Resource {
  /** index of the document in the paste */
  document: number;
  /** the YAML node of the object (a mapping) */
  node: YNode;
  /** the plain JS value */
  value: Record<string, unknown>;
  /** path prefix: [] for a document, ['items', 3] for a List item */
  base: PathSegment[];
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
}

export interface ReportInput {
  messageId: string;
  data?: MessageData;
  /** path relative to the resource */
  path: PathSegment[];
  /** point at the key (default for missing/unknown fields) or at the value */
  at?: 'key' | 'value';
  fixes?: Fix[];
  /** override of the rule's default severity (e.g. info for cross-document hints) */
  severity?: Severity;
}

export interface RuleContext {
  text: string;
  options: ValidateOptions;
  schema: ApiSchema | undefined;
  /** every resource of the paste (of every input checked together), for cross-document rules */
  resources: readonly Resource[];
  /** the resource under check */
  resource: Resource;
  report(input: ReportInput): void;
}

export interface RuleDocs {
  summary: Record<Lang, string>;
  why: Record<Lang, string>;
  fix: Record<Lang, string>;
  /** YAML that triggers the rule */
  bad: string;
  /** YAML that does not */
  good: string;
}

interface RuleBase {
  id: string;
  severity: Severity;
  category: Category;
  /** messageId -> language -> template with {placeholders} */
  messages: Record<string, Record<Lang, string>>;
  docs: RuleDocs;
  /** needs API data to run */
  needsSchema?: boolean;
  /** the kinds of fix its reports can carry, for the rules page (a test holds it to what the rule reports) */
  fixes?: readonly FixSafety[];
  /** when set, the runner calls check only for these kinds */
  kinds?: readonly string[];
}

/** Checks one resource (a document or a List item). */
export interface ResourceRule extends RuleBase {
  scope?: 'resource';
  check(ctx: RuleContext): void;
}

/** Checks the parse of one document (syntax, duplicate keys, limits, missing apiVersion). */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  check(ctx: DocumentContext): void;
}

export type Rule = ResourceRule | DocumentRule;

export interface DocumentReportInput {
  messageId: string;
  data?: MessageData;
  start: number;
  end: number;
  path?: PathSegment[];
  fixes?: Fix[];
}

export interface DocumentContext {
  text: string;
  options: ValidateOptions;
  schema: ApiSchema | undefined;
  document: ParsedDocument;
  report(input: DocumentReportInput): void;
}
