// The search panel inside the dialog: reads the box and the filters, runs the search and renders
// the results. Everything shown comes from the index or the typed query and is set as text.
import { excerptParts } from '../../lib/search/excerpt.ts';
import { processQuery } from '../../lib/search/korean.ts';
import { fill, type SearchLabels } from '../../lib/search/labels.ts';
import { linkTo, mergeHits, toHit, type Hit, type HitSection } from '../../lib/search/result.ts';
import { SearchEngine, type Filters, type PagefindResult } from './engine.ts';

/** Pages shown per step (each result's data is a fragment to fetch): the first screen, then on request. */
const PAGE_SIZE = 5;
/** Typing pauses this long before a search runs. */
const DEBOUNCE_MS = 120;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptNode(excerpt: string): HTMLParagraphElement {
  const paragraph = element('p', 'search-excerpt');
  for (const part of excerptParts(excerpt)) {
    paragraph.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  return paragraph;
}

/** A badge; `label` is read by screen readers before the value ("API version: apps/v1"). */
function badge(value: string, label?: string, className = 'search-badge'): HTMLSpanElement {
  const node = element('span', className);
  if (label !== undefined) node.append(element('span', 'visually-hidden', `${label}: `));
  node.append(value);
  return node;
}

export class SearchPanel {
  readonly #root: HTMLElement;
  readonly #labels: SearchLabels;
  readonly #pageLanguage: string;
  readonly #engine: SearchEngine;
  readonly #input: HTMLInputElement;
  readonly #status: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #more: HTMLButtonElement;
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: PagefindResult[] = [];
  #terms: string[] = [];
  #hits: Hit[] = [];

  constructor(root: HTMLElement, labels: SearchLabels, pageLanguage: string, otherLanguage: string) {
    const input = root.querySelector<HTMLInputElement>('[data-search-input]');
    const status = root.querySelector<HTMLElement>('[data-search-status]');
    const list = root.querySelector<HTMLOListElement>('[data-search-results]');
    const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
    if (input === null || status === null || list === null || more === null) throw new Error('search markup missing');
    this.#root = root;
    this.#labels = labels;
    this.#pageLanguage = pageLanguage;
    this.#engine = new SearchEngine(otherLanguage);
    this.#input = input;
    this.#status = status;
    this.#list = list;
    this.#more = more;
  }

  #wired = false;

  /**
   * Wires the controls (once) and fetches the runtime; rejects when the runtime cannot be loaded,
   * and may be called again to retry.
   */
  async start(): Promise<void> {
    if (!this.#wired) this.#wire();
    await this.#engine.load();
    if (this.#input.value.trim() !== '') await this.run();
  }

  #wire(): void {
    this.#wired = true;
    this.#input.addEventListener('input', () => this.schedule());
    this.#root.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
      // Enter in the box opens the first result
      event.preventDefault();
      this.#list.querySelector<HTMLAnchorElement>('a')?.click();
    });
    for (const control of this.#root.querySelectorAll('[data-search-type], [data-search-filter], [data-search-both]')) {
      control.addEventListener('change', () => void this.run());
    }
    this.#more.addEventListener('click', () => void this.showMore());
  }

  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  #filters(): Filters {
    const filters: Filters = {};
    const type = this.#root.querySelector<HTMLInputElement>('[data-search-type]:checked')?.value ?? '';
    if (type !== '') filters['type'] = type;
    for (const select of this.#root.querySelectorAll<HTMLSelectElement>('[data-search-filter]')) {
      const name = select.dataset['searchFilter'];
      if (name !== undefined && select.value !== '') filters[name] = select.value;
    }
    return filters;
  }

  async run(): Promise<void> {
    clearTimeout(this.#timer);
    const sequence = ++this.#sequence;
    const query = this.#input.value.trim();
    const term = processQuery(query);
    this.#pending = [];
    this.#more.hidden = true;
    if (term === '') {
      this.#list.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    this.#status.textContent = this.#labels.searching;
    const filters = this.#filters();
    const both = this.#root.querySelector<HTMLInputElement>('[data-search-both]')?.checked === true;
    try {
      const results = await this.#engine.search(term, filters, both);
      if (sequence !== this.#sequence) return;
      this.#terms = term.split(' ');
      this.#pending = results;
      const count = results.length;
      if (count === 0) {
        this.#list.replaceChildren();
        const none = Object.keys(filters).length > 0 ? this.#labels.noneFiltered : this.#labels.none;
        this.#status.textContent = fill(none, { query });
        return;
      }
      this.#hits = [];
      if (!(await this.#next(sequence))) return;
      this.#status.textContent = count === 1 ? this.#labels.resultsOne : fill(this.#labels.results, { count: String(count) });
    } catch {
      if (sequence !== this.#sequence) return;
      this.#status.textContent = this.#labels.failed;
    }
  }

  /**
   * Loads results until PAGE_SIZE more pages are shown (parts of one page merge into one hit) and
   * renders the list; false when a newer search began meanwhile.
   */
  async #next(sequence: number): Promise<boolean> {
    const wanted = this.#hits.length + PAGE_SIZE;
    let hits = this.#hits;
    while (hits.length < wanted && this.#pending.length > 0) {
      const batch = this.#pending.slice(0, wanted - hits.length);
      this.#pending = this.#pending.slice(batch.length);
      const data = await Promise.all(batch.map((result) => result.data()));
      if (sequence !== this.#sequence) return false;
      hits = mergeHits([...hits, ...data.map((item) => toHit(item, this.#terms))], this.#terms);
    }
    const shown = this.#hits.length;
    this.#hits = hits;
    this.#list.replaceChildren(...hits.map((hit) => this.#hitNode(hit)));
    this.#more.hidden = this.#pending.length === 0;
    // keyboard users continue where the new results begin
    if (shown > 0) this.#list.children[shown]?.querySelector('a')?.focus();
    return true;
  }

  async showMore(): Promise<void> {
    try {
      await this.#next(this.#sequence);
    } catch {
      this.#status.textContent = this.#labels.failed;
    }
  }

  #hitNode(hit: Hit): HTMLLIElement {
    const item = element('li', 'search-hit');
    const language = /^\/([a-z]{2})\//u.exec(hit.url)?.[1];
    const foreign = language !== undefined && language !== this.#pageLanguage;
    if (foreign) item.lang = language;
    const landing = hit.field?.path ?? hit.section;
    const link = element('a', 'search-hit-link', landing === undefined ? hit.title : `${hit.title} › ${landing}`);
    link.href = linkTo(hit.url, this.#terms);
    const badges = element('div', 'search-badges');
    if (hit.type !== undefined) badges.append(badge(this.#labels.types[hit.type], undefined, 'search-badge search-badge-type'));
    if (hit.apiVersion !== undefined) badges.append(badge(hit.apiVersion, this.#labels.apiVersion));
    if (hit.field?.type !== undefined) badges.append(badge(hit.field.type, this.#labels.fieldType));
    if (foreign) {
      const other = badge(this.#labels.otherLanguage);
      other.lang = this.#pageLanguage;
      badges.append(other);
    }
    item.append(link, badges, excerptNode(hit.excerpt));
    if (hit.sections.length > 0) {
      const sections = element('ul', 'search-sections');
      sections.append(...hit.sections.map((section) => this.#sectionNode(section)));
      item.append(sections);
    }
    return item;
  }

  #sectionNode(section: HitSection): HTMLLIElement {
    const item = element('li');
    const link = element('a', undefined, section.field?.path ?? section.title);
    link.href = linkTo(section.url, this.#terms);
    if (section.field !== undefined) link.className = 'search-field';
    item.append(link, excerptNode(section.excerpt));
    return item;
  }
}
