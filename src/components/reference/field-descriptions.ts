// The upstream descriptions of the fields inside folded types are not in a kind page's first HTML
// (render-tree.ts, deferDescriptions): they are a third or more of a large page's bytes, and most
// visits never open those types. They live on the kind's descriptions page (data-descriptions on the
// tree), fetched once, when a folded type is first opened or the reader starts a find in the page,
// and each moved under its field's head (after the guide's note, where the page would have had it).

const loads = new WeakMap<HTMLElement, Promise<void>>();

/** Fills in the tree's folded descriptions; resolves when they are in (or could not be had). */
export function loadDescriptions(tree: HTMLElement): Promise<void> {
  const url = tree.dataset.descriptions;
  if (url === undefined) return Promise.resolve();
  let load = loads.get(tree);
  if (load === undefined) {
    load = fetch(url)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))))
      .then((html) => {
        fill(tree, new DOMParser().parseFromString(html, 'text/html'));
        delete tree.dataset.descriptions;
      })
      .catch(() => {
        // offline or gone: point to the descriptions page, and try again on the next opening
        loads.delete(tree);
        tree.ownerDocument.querySelector<HTMLElement>('[data-descriptions-fallback]')?.setAttribute('data-shown', '');
      });
    loads.set(tree, load);
  }
  return load;
}

function fill(tree: HTMLElement, page: Document): void {
  const document = tree.ownerDocument;
  for (const description of page.querySelectorAll<HTMLElement>('li[id] > p.rf-d')) {
    // ids hold dots: looked up directly, never as CSS selectors
    const field = document.getElementById((description.parentElement as HTMLElement).id);
    if (!field || field.closest('.rf-tree') !== tree || field.querySelector(':scope > .rf-d')) continue;
    const after = field.querySelector(':scope > .rf-n') ?? field.querySelector(':scope > .rf-h');
    after?.after(document.importNode(description, true));
  }
}

/**
 * Whether an element of the tree sits in a folded type (or is the <details> of one): only a <details>
 * inside another one holds folded fields, the outer ones start open (render-tree.ts, isFolded)
 */
export function inFoldedType(element: Element): boolean {
  const details = element.closest('details');
  return details?.parentElement?.closest('details') != null;
}

/** Starts the load on the first opening of a folded type, and on Ctrl+F / Cmd+F (find in page). */
export function loadDescriptionsOnDemand(tree: HTMLElement): void {
  if (tree.dataset.descriptions === undefined) return;
  // toggle does not bubble; a capturing listener on the tree sees every <details> in it. The lists
  // open at load (the kind's own fields' fields) fire toggle too, as the parser opens them
  tree.addEventListener('toggle', (event) => {
    const details = event.target as HTMLDetailsElement;
    if (details.open && inFoldedType(details)) void loadDescriptions(tree);
  }, true);
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') void loadDescriptions(tree);
  });
}
