// The search dialog's small eager part: opening it ('/', Ctrl+K, the button), arrow keys through
// the results, and highlighting on a page opened from a result. The panel, the Pagefind runtime
// and the index load on first use only.
import type { SearchLabels } from '../../lib/search/labels.ts';
import { highlightParam } from '../../lib/search/highlight-param.ts';
/** Links the arrow keys move through: result titles and their section links. */
const resultLinks = '[data-search-results] a';

/** The panel's labels, serialised by Search.astro (UI strings live in src/i18n). */
function labelsOf(element: HTMLElement): SearchLabels | undefined {
  try {
    return JSON.parse(element.dataset['labels'] ?? '') as SearchLabels;
  } catch {
    return undefined;
  }
}

class KfgSearch extends HTMLElement {
  #started: Promise<void> | undefined;
  #panel: import('./panel.ts').SearchPanel | undefined;

  connectedCallback(): void {
    const dialog = this.querySelector('dialog');
    const openButton = this.querySelector<HTMLButtonElement>('[data-search-open]');
    if (dialog === null || openButton === null) return;
    openButton.addEventListener('click', () => this.open());
    // other entries to search on the page (the home page's search box)
    for (const trigger of document.querySelectorAll('[data-search-trigger]')) trigger.addEventListener('click', () => this.open());
    this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // a click on the backdrop (the dialog itself, outside its frame) closes it
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('keydown', (event) => this.moveFocus(event));
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

  input(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('[data-search-input]');
  }

  open(): void {
    const dialog = this.querySelector('dialog');
    if (dialog === null) return;
    dialog.showModal();
    const input = this.input();
    input?.focus();
    input?.select();
    this.#started ??= this.start();
  }

  /** Loads the panel and the runtime; on failure says so and tries again at the next opening. */
  async start(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const labels = labelsOf(this);
    const language = document.documentElement.lang;
    const other = this.dataset['otherLang'] ?? '';
    try {
      if (status !== null) status.textContent = this.dataset['loading'] ?? '';
      if (labels === undefined) throw new Error('search labels missing');
      // one panel for the page's life: a failed start is retried on it, never wired twice
      if (this.#panel === undefined) {
        const { SearchPanel } = await import('./panel.ts');
        this.#panel = new SearchPanel(this, labels, language, other);
      }
      await this.#panel.start();
      // what was typed while the runtime loaded is searched now (start() ran it if non-empty)
      if (status !== null && status.textContent === this.dataset['loading']) status.textContent = '';
    } catch {
      if (status !== null) status.textContent = this.dataset['failed'] ?? '';
      this.#started = undefined;
    }
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
  const url = '/pagefind/pagefind-highlight.js';
  const module = (await import(/* @vite-ignore */ url)) as {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  new module.default({ highlightParam, addStyles: false });
}

export function initSearch(): void {
  if (!customElements.get('kfg-search')) customElements.define('kfg-search', KfgSearch);
  void highlightFromQuery().catch(() => undefined);
}
