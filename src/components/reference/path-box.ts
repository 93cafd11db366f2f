// <ref-path-box>: the path box of the reference pages, and on a kind page the fragment handler that
// lands deep links (the validator's '#spec.template.spec.initContainers.image') on the right field:
// it follows recurring types to their first occurrence and opens the collapsed <details> around it.
import { parsePathQuery, type KindAliases } from '../../lib/reference/path-query.ts';
import { resolveAnchor } from '../../lib/reference/resolve-anchor.ts';
import { inFoldedType, loadDescriptions, loadDescriptionsOnDemand } from './field-descriptions.ts';
import { layOutEveryPart } from '../../scripts/page-parts.ts';

/** Shows a message in the box's status line; its module is fetched on the first one (box-message.ts). */
async function say(status: HTMLElement, template: string, values: Record<string, string>): Promise<void> {
  const { showMessage } = await import('./box-message.ts');
  showMessage(status, template, values);
}

/** Field elements carry their anchor as id; ids are looked up directly, never as CSS selectors (they hold dots). */
function domLookup(tree: Element) {
  return {
    exists: (anchor: string) => tree.ownerDocument.getElementById(anchor)?.closest('.rf-tree') === tree,
    sameAs: (anchor: string) => tree.ownerDocument.getElementById(anchor)?.getAttribute('data-same-as') ?? undefined,
    isMap: (anchor: string) => tree.ownerDocument.getElementById(anchor)?.hasAttribute('data-map') === true,
  };
}

/** The anchor for a path, or the longest existing prefix of it (a label key, a typo in the last step). */
function landingAnchor(path: string, tree: Element): string | undefined {
  const lookup = domLookup(tree);
  const exact = resolveAnchor(path, lookup);
  if (exact !== undefined || path === '') return exact;
  const steps = path.split('.');
  for (let length = steps.length - 1; length > 0; length--) {
    const found = resolveAnchor(steps.slice(0, length).join('.'), lookup);
    if (found !== undefined) return found;
  }
  return undefined;
}

async function reveal(target: HTMLElement, tree: HTMLElement): Promise<void> {
  // a field in a folded type gets its description before it is shown, so nothing moves under the reader
  // (also when the browser opened the type itself, as it does for a fragment)
  if (inFoldedType(target)) await loadDescriptions(tree);
  for (let node = target.parentElement?.closest('details'); node; node = node.parentElement?.closest('details')) {
    node.open = true;
  }
  // the fields above still at their estimated heights would move the target once laid out
  layOutEveryPart();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

class RefPathBox extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = this.querySelector('datalist');
    if (!form || !input || !status || !list) return;
    const aliases = JSON.parse(this.dataset.kinds ?? '{}') as KindAliases;
    const slug = this.dataset.current;
    const tree = document.querySelector<HTMLElement>('.rf-tree');

    // suggestions are built on first focus from the page itself, so they cost no markup
    input.addEventListener('focus', () => fillSuggestions(list, aliases, tree), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      status.textContent = '';
      const query = parsePathQuery(input.value, aliases, slug && tree ? { slug, hasField: (name) => hasTopField(tree, name) } : undefined);
      if (!query.ok) {
        if (query.reason === 'noKind') void say(status, this.dataset.noKind ?? '', { name: query.name });
        return;
      }
      if (query.slug !== slug || !tree) {
        location.assign(`${this.dataset.base ?? ''}${query.slug}/${query.path ? `#${query.path}` : ''}`);
        return;
      }
      const anchor = landingAnchor(query.path, tree);
      if (anchor === undefined) {
        void say(status, this.dataset.notFound ?? '', { path: input.value.trim() });
        return;
      }
      if (decodeURIComponent(location.hash.slice(1)) === anchor) landOnHash(tree);
      else location.hash = anchor;
    });

    if (tree) {
      const toggle = this.querySelector<HTMLButtonElement>('[data-expand]');
      toggle?.addEventListener('click', async () => {
        // one button, two states: its pressed state says whether every type is open
        const open = toggle.getAttribute('aria-pressed') !== 'true';
        if (open) await loadDescriptions(tree);
        for (const details of tree.querySelectorAll('details')) details.open = open;
        toggle.setAttribute('aria-pressed', String(open));
      });
      loadDescriptionsOnDemand(tree);
      landOnHash(tree);
      window.addEventListener('hashchange', () => landOnHash(tree));
    }
  }
}

function hasTopField(tree: Element, name: string): boolean {
  return tree.ownerDocument.getElementById(name)?.parentElement?.parentElement === tree;
}

/** Lands the current fragment on a field: exact, through a recurring type, or on the nearest parent. */
function landOnHash(tree: HTMLElement): void {
  const wanted = decodeURIComponent(location.hash.slice(1));
  if (wanted === '' || wanted === 'content') return;
  const anchor = landingAnchor(wanted, tree);
  if (anchor === undefined) return;
  if (anchor !== wanted) history.replaceState(null, '', `#${anchor}`);
  const target = document.getElementById(anchor);
  if (target) void reveal(target, tree);
}

function fillSuggestions(list: HTMLDataListElement, aliases: KindAliases, tree: Element | null): void {
  const values = tree
    ? Array.from(tree.querySelectorAll('li[id]'), (item) => item.id)
    : [...new Set(Object.values(aliases))].sort();
  list.replaceChildren(...values.map((value) => new Option('', value)));
}

customElements.define('ref-path-box', RefPathBox);
