// Messages between the page and the validator worker. The worker keeps the last result whole and
// sends the page only what it lists (a few hundred problems at most); a copied report is made in
// the worker on request, so tens of thousands of problems never cross to the page unasked.
import type { DocumentResult, Lang } from '../../lib/validator/index.ts';
import type { Counts, ReportLabels, ShownGroup } from './report.ts';

export interface CheckRequest {
  type: 'check';
  /** increasing; the page ignores answers to requests it has since replaced */
  id: number;
  text: string;
  lang: Lang;
  bestPractices: boolean;
  disabledRules: string[];
  /** the release checked against (releases.ts), or `all`: every release with data, the newest's problems listed */
  release: string;
  /**
   * Compress the text for the page to keep (share format), after answering: the worker has the
   * text already, and compressing megabytes on the page would stall it.
   */
  pack: boolean;
}

export type ReportFormat = 'markdown' | 'json';

export interface ReportRequest {
  type: 'report';
  /** the check whose result the page shows */
  check: number;
  /** increasing, to match the answer */
  request: number;
  format: ReportFormat;
  labels: ReportLabels;
}

/**
 * "Fix all": the worker runs the core's iterative applier (fix/apply.ts fixText) on the text, as
 * `check --fix` does, and sends back the fixed text; the page shows the difference before applying.
 */
export interface FixRequest extends Pick<CheckRequest, 'text' | 'lang' | 'bestPractices' | 'disabledRules' | 'release'> {
  type: 'fix';
  /** increasing, to match the answer */
  request: number;
  fixType: 'safe' | 'all';
}

export type WorkerRequest = CheckRequest | ReportRequest | FixRequest;

export interface CheckResponse {
  type: 'result';
  id: number;
  documents: DocumentResult[];
  /** one per document, listing at most SHOWN_LIMIT problems in all, with full counts */
  groups: ShownGroup[];
  counts: Counts;
  /** problems found, listed or not */
  total: number;
  /** problems the text's own comments or annotations suppressed (counted, not listed) */
  suppressed: number;
  /**
   * problems with a safe fix, listed or not (a count: only the listed ones carry their edits, so a
   * paste with thousands of problems never sends thousands of edits)
   */
  fixable: number;
  /** time the check took in the worker */
  ms: number;
  /** the release whose problems are listed */
  release: string;
  /**
   * with `all`: for each document, the releases that accept it and the first error of those that
   * do not, one line in the page's language (release-acceptance.ts, as `check --kubernetes-version all`)
   */
  acceptance?: DocumentAcceptanceLine[];
}

export interface DocumentAcceptanceLine {
  /** the document's index, as in `documents` */
  document: number;
  summary: string;
  /** whether a release with data rejects it */
  rejected: boolean;
}

export interface ReportResponse {
  type: 'report';
  request: number;
  /** undefined when the worker no longer holds that check's result */
  text: string | undefined;
}

export interface PackedText {
  type: 'packed';
  /** the check whose text this is */
  id: number;
  /** undefined when compressing failed */
  payload: string | undefined;
}

export interface FixResponse {
  type: 'fixed';
  request: number;
  /** the fixed text (the same text when nothing applied) */
  text: string;
  /** how many fixes were applied over all passes */
  applied: number;
  /** problems the check of the fixed text still finds */
  remaining: number;
}

export type WorkerMessage = { type: 'ready' } | CheckResponse | ReportResponse | PackedText | FixResponse;
