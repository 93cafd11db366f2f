// <kind-filter>: narrows the catalog list in place. Progressive enhancement: the full list is in the
// HTML and the form is hidden until this runs (html.js), so without JavaScript everything shows.
import { matchesQuery } from '../../lib/catalog/filter.ts';
import { fillTemplate } from '../../lib/i18n/template.ts';

class KindFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = document.getElementById(this.dataset['for'] ?? '');
    if (!form || !status || !list) return;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    const rows = list.querySelectorAll<HTMLElement>('[data-terms]');
    const groups = list.querySelectorAll<HTMLElement>('[data-group]');
    const update = (): void => {
      const [query, category, scope] = ['q', 'category', 'scope'].map((name) => field(name).value);
      let shown = 0;
      for (const row of rows) {
        const data = row.dataset;
        row.hidden = !(
          matchesQuery(data['terms'] ?? '', query ?? '') &&
          (!category || data['category'] === category) &&
          (!scope || data['scope'] === scope)
        );
        if (!row.hidden) shown++;
      }
      for (const group of groups) group.hidden = !group.querySelector('[data-terms]:not([hidden])');
      status.textContent = shown > 0 ? fillTemplate(this.dataset['count'] ?? '', { count: String(shown) }) : (this.dataset['none'] ?? '');
    };
    form.addEventListener('input', update);
    form.addEventListener('submit', (event) => event.preventDefault());
    // the browser may restore field values on back/forward navigation
    addEventListener('pageshow', update);
    update();
  }
}

customElements.define('kind-filter', KindFilter);
