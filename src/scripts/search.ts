// The search dialog: Pagefind's own UI library, configured. The UI code and the index are fetched
// on first use only; Pagefind picks the index of the page's <html lang>, so each language searches
// its own pages first, and a switch merges the other language's index in.
// The query and result helpers are imported lazily with the UI, so pages carry none of them.
import type { BadgeLabels, ResultData } from '../lib/search/result.ts';

interface Helpers {
  processQuery: (query: string) => string;
  withBadges: (data: ResultData, labels: BadgeLabels) => ResultData;
  ranking: NonNullable<PagefindUIOptions['ranking']>;
}

interface MergeIndexOptions {
  bundlePath: string;
  language: string;
  indexWeight: number;
}
interface PagefindUIOptions {
  element: HTMLElement;
  showSubResults?: boolean;
  showImages?: boolean;
  resetStyles?: boolean;
  translations?: Record<string, string>;
  processTerm?: (term: string) => string;
  processResult?: (data: ResultData) => ResultData;
  mergeIndex?: MergeIndexOptions[];
  highlightParam?: string;
  noWorker?: boolean;
  ranking?: { readonly termSimilarity?: number; readonly pageLength?: number; readonly termSaturation?: number };
}
interface PagefindUIInstance {
  triggerSearch(term: string): void;
  destroy(): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => PagefindUIInstance;
  }
}

const bundle = '/pagefind/';
/** The query parameter Pagefind appends to result links; the opened page highlights its words. */
export const highlightParam = 'pagefind-highlight';
/**
 * The same bundle, spelt so that Pagefind merges it: mergeIndex skips a path the primary bundle's
 * path starts with, but both languages live in this one bundle. URL resolution drops the './'.
 */
const otherLanguageBundle = `${bundle}./`;
/** Results of the other language rank below equally good ones of the page's language. */
const otherLanguageWeight = 0.5;
/** Links the arrow keys move through: result titles and their section links. */
const resultLinks = '.pagefind-ui__result-link';

function loadStylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** The badge labels, serialised by Search.astro into data-badges (UI strings live in src/i18n). */
function badgeLabels(element: HTMLElement): BadgeLabels | undefined {
  try {
    return JSON.parse(element.dataset['badges'] ?? '') as BadgeLabels;
  } catch {
    return undefined;
  }
}

class KfgSearch extends HTMLElement {
  #loaded: Promise<void> | undefined;
  #ui: PagefindUIInstance | undefined;
  #helpers: Helpers | undefined;

  connectedCallback(): void {
    const dialog = this.querySelector('dialog');
    const openButton = this.querySelector<HTMLButtonElement>('[data-search-open]');
    if (dialog === null || openButton === null) return;
    openButton.addEventListener('click', () => this.open());
    this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // a click on the backdrop (the dialog itself, outside its frame) closes it
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('keydown', (event) => this.moveFocus(event));
    this.querySelector<HTMLInputElement>('[data-search-both]')?.addEventListener('change', () => {
      if (this.#ui !== undefined) this.mount();
    });
    document.addEventListener('keydown', (event) => {
      if (dialog.open) return;
      const typing = (event.target as Element | null)?.closest('input, textarea, select, [contenteditable], .cm-editor');
      const slash = event.key === '/' && !typing;
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (slash || ctrlK) {
        event.preventDefault();
        this.open();
      }
    });
  }

  open(): void {
    const dialog = this.querySelector('dialog');
    if (dialog === null) return;
    dialog.showModal();
    this.#loaded ??= this.load();
    void this.#loaded.then(() => this.input()?.focus());
  }

  input(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('[data-search-ui] input');
  }

  /**
   * Arrow keys: down from the box to the first result, then through result and section links;
   * up from the first result back to the box. Enter follows the focused link natively.
   */
  moveFocus(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const input = this.input();
    const links = [...this.querySelectorAll<HTMLAnchorElement>(resultLinks)];
    if (input === null || links.length === 0) return;
    const active = document.activeElement;
    const at = links.findIndex((link) => link === active);
    if (active !== input && at === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') {
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (at <= 0) {
      input.focus();
    } else {
      links[at - 1]?.focus();
    }
  }

  async load(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    if (status === null) return;
    status.textContent = this.dataset['loading'] ?? '';
    try {
      loadStylesheet(`${bundle}pagefind-ui.css`);
      const [korean, result, options] = await Promise.all([
        import('../lib/search/korean.ts'),
        import('../lib/search/result.ts'),
        import('../lib/search/options.ts'),
        loadScript(`${bundle}pagefind-ui.js`),
      ]);
      this.#helpers = { processQuery: korean.processQuery, withBadges: result.withBadges, ranking: options.ranking };
      this.mount();
      status.textContent = '';
    } catch {
      status.textContent = this.dataset['failed'] ?? '';
      this.#loaded = undefined;
    }
  }

  /** (Re)creates the UI; the language switch needs a fresh Pagefind instance to merge or unmerge. */
  mount(): void {
    const target = this.querySelector<HTMLElement>('[data-search-ui]');
    const helpers = this.#helpers;
    if (target === null || helpers === undefined || window.PagefindUI === undefined) throw new Error('PagefindUI missing');
    const term = this.input()?.value ?? '';
    this.#ui?.destroy();
    target.replaceChildren();
    const both = this.querySelector<HTMLInputElement>('[data-search-both]')?.checked === true;
    const other = this.dataset['otherLang'];
    const labels = badgeLabels(this);
    this.#ui = new window.PagefindUI({
      element: target,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: { placeholder: this.dataset['placeholder'] ?? '' },
      processTerm: helpers.processQuery,
      ...(labels === undefined ? {} : { processResult: (data: ResultData) => helpers.withBadges(data, labels) }),
      highlightParam,
      // the worker costs a 12.7 KB download before the first result; a search takes milliseconds
      // on the main thread, so the byte budget of the first search wins
      noWorker: true,
      ranking: helpers.ranking,
      ...(both && other !== undefined
        ? { mergeIndex: [{ bundlePath: otherLanguageBundle, language: other, indexWeight: otherLanguageWeight }] }
        : {}),
    });
    if (term !== '') this.#ui.triggerSearch(term);
    this.input()?.focus();
  }
}

/**
 * Highlights the searched words on a page opened from a result. Pagefind's highlighter (mark.js,
 * 10 KB gz) is fetched only when the link carried the query parameter.
 */
async function highlightFromQuery(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const terms = params.getAll(highlightParam);
  if (terms.length === 0) return;
  // Pagefind writes the terms decomposed (NFD: Hangul as separate jamo); the page text is NFC,
  // so Korean words would never match. Recompose them before the highlighter reads the URL.
  const composed = terms.map((term) => term.normalize('NFC'));
  if (composed.some((term, i) => term !== terms[i])) {
    params.delete(highlightParam);
    for (const term of composed) params.append(highlightParam, term);
    history.replaceState(history.state, '', `${location.pathname}?${params.toString()}${location.hash}`);
  }
  const url = `${bundle}pagefind-highlight.js`;
  const module = (await import(/* @vite-ignore */ url)) as {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  new module.default({ highlightParam, addStyles: false });
}

export function initSearch(): void {
  if (!customElements.get('kfg-search')) customElements.define('kfg-search', KfgSearch);
  void highlightFromQuery().catch(() => undefined);
}
