// Messages between the page and the validator worker.
import type { DocumentResult, Lang } from '../../lib/validator/index.ts';
import type { ShownDiagnostic } from './report.ts';

export interface CheckRequest {
  /** increasing; the page ignores answers to requests it has since replaced */
  id: number;
  text: string;
  lang: Lang;
  bestPractices: boolean;
  disabledRules: string[];
}

export interface CheckResponse {
  id: number;
  documents: DocumentResult[];
  diagnostics: ShownDiagnostic[];
  /** time the check took in the worker */
  ms: number;
}
