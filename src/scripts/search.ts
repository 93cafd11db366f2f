// The search dialog. Pagefind's own UI library and the index are fetched on first use only;
// Pagefind picks the index of the page's <html lang>, so each language searches its own pages.
interface PagefindUIOptions {
  element: HTMLElement;
  showSubResults?: boolean;
  showImages?: boolean;
  resetStyles?: boolean;
  autofocus?: boolean;
  translations?: Record<string, string>;
}
declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => unknown;
  }
}

const bundle = '/pagefind/';

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

class KfgSearch extends HTMLElement {
  #loaded: Promise<void> | undefined;

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
    void this.#loaded.then(() => dialog.querySelector<HTMLInputElement>('input')?.focus());
  }

  async load(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const target = this.querySelector<HTMLElement>('[data-search-ui]');
    if (status === null || target === null) return;
    status.textContent = this.dataset['loading'] ?? '';
    try {
      loadStylesheet(`${bundle}pagefind-ui.css`);
      await loadScript(`${bundle}pagefind-ui.js`);
      if (window.PagefindUI === undefined) throw new Error('PagefindUI missing');
      new window.PagefindUI({
        element: target,
        showSubResults: true,
        showImages: false,
        resetStyles: false,
        translations: { placeholder: this.dataset['placeholder'] ?? '' },
      });
      status.textContent = '';
    } catch {
      status.textContent = this.dataset['failed'] ?? '';
      this.#loaded = undefined;
    }
  }
}

export function initSearch(): void {
  if (!customElements.get('kfg-search')) customElements.define('kfg-search', KfgSearch);
}
