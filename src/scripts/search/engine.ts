// The search engine behind the dialog: Pagefind's JS API over the site's bundle, one instance for
// the page's language and, once asked for, one that merges the other language's index in.
// Loaded on first use only, with the panel; the bundle's files are fetched as searches need them.
import { ranking } from '../../lib/search/options.ts';
import type { ResultData } from '../../lib/search/result.ts';

const bundle = '/pagefind/';
/**
 * The same bundle, spelt so that Pagefind merges it: mergeIndex skips a path the primary bundle's
 * path starts with, but both languages live in this one bundle. URL resolution drops the './'.
 */
const otherLanguageBundle = `${bundle}./`;
/** Results of the other language rank below equally good ones of the page's language. */
const otherLanguageWeight = 0.5;
/** Words of an excerpt; Korean words are long, so fewer than Pagefind's 30. */
const excerptLength = 24;

export type Filters = Record<string, string>;

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface PagefindInstance {
  options(options: object): Promise<void>;
  mergeIndex(path: string, options: object): Promise<void>;
  search(term: string | null, options?: { filters?: Filters }): Promise<PagefindSearch>;
}
interface PagefindModule {
  createInstance(options: object): PagefindInstance;
}

export class SearchEngine {
  #module: Promise<PagefindModule> | undefined;
  #own: Promise<PagefindInstance> | undefined;
  #both: Promise<PagefindInstance> | undefined;
  readonly #otherLanguage: string;

  constructor(otherLanguage: string) {
    this.#otherLanguage = otherLanguage;
  }

  #failures = 0;

  /**
   * Fetches the runtime; a failure is reported to the caller and retried on the next call, under
   * a new URL because the browser remembers a module that failed to load.
   */
  load(): Promise<PagefindModule> {
    const url = `${bundle}pagefind.js${this.#failures === 0 ? '' : `?retry=${this.#failures}`}`;
    this.#module ??= (import(/* @vite-ignore */ url) as Promise<PagefindModule>).catch((error: unknown) => {
      this.#module = undefined;
      this.#failures += 1;
      throw error;
    });
    return this.#module;
  }

  async #create(merge: boolean): Promise<PagefindInstance> {
    const pagefind = await this.load();
    // the worker costs a 12.7 KB download before the first result; a search takes milliseconds
    // on the main thread, so the byte budget of the first search wins
    const instance = pagefind.createInstance({ basePath: bundle, noWorker: true });
    await instance.options({ ranking, excerptLength });
    if (merge) {
      await instance.mergeIndex(otherLanguageBundle, { language: this.#otherLanguage, indexWeight: otherLanguageWeight });
    }
    return instance;
  }

  #instance(both: boolean): Promise<PagefindInstance> {
    const reset = (error: unknown): never => {
      if (both) this.#both = undefined;
      else this.#own = undefined;
      throw error;
    };
    if (both) return (this.#both ??= this.#create(true).catch(reset));
    return (this.#own ??= this.#create(false).catch(reset));
  }

  /** All results of `term` (already processed), best first; their data loads separately. */
  async search(term: string, filters: Filters, both: boolean): Promise<PagefindResult[]> {
    const instance = await this.#instance(both);
    const search = await instance.search(term, Object.keys(filters).length > 0 ? { filters } : {});
    return search.results;
  }
}
