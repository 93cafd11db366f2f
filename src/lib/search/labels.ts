// The strings the search panel needs at run time. Search.astro fills them from the page
// language's dictionary and hands them over as JSON, so the lazily loaded panel carries no
// dictionary of its own.
import type { ResultType } from './result.ts';
import { fillTemplate } from '../i18n/template.ts';

export interface SearchLabels {
  searching: string;
  /**
   * '{count} matches': Pagefind's results, where a long page indexed in parts counts once per
   * matching part; the list shows each page once
   */
  results: string;
  resultsOne: string;
  /** '… “{query}” …' */
  none: string;
  noneFiltered: string;
  failed: string;
  types: Record<ResultType, string>;
  apiVersion: string;
  fieldType: string;
  /** the badge on a result in the other language when both are searched */
  otherLanguage: string;
}

/** Fills `{name}` and `{name|particle}` slots; the result is only ever set as text, never parsed as HTML. */
export function fill(template: string, values: Record<string, string>): string {
  return fillTemplate(template, values);
}
