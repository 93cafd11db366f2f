// The Mermaid island. The diagram source is in the HTML (readable without JavaScript; search
// leaves it out, the prose says the same in words); mermaid's code is fetched only when a diagram
// comes near the viewport, and each diagram is drawn again in the other palette when the reader
// toggles the theme.
import { currentTheme } from './theme.ts';

type Mermaid = typeof import('mermaid').default;
let mermaidModule: Promise<Mermaid> | undefined;
let renderCount = 0;

function loadMermaid(): Promise<Mermaid> {
  mermaidModule ??= import('mermaid').then((module) => module.default);
  return mermaidModule;
}

async function draw(figure: HTMLElement, labels: DOMStringMap): Promise<void> {
  const source = figure.querySelector<HTMLPreElement>('.diagram-source');
  if (source === null) return;
  const mermaid = await loadMermaid();
  mermaid.initialize({
    startOnLoad: false,
    theme: currentTheme() === 'dark' ? 'dark' : 'default',
    // Our diagrams are our own content, never reader input. 'antiscript' keeps click links (the
    // troubleshooting flowchart links each step to its section) while stripping script elements.
    securityLevel: 'antiscript',
    // Drawings shrink to the column on wide screens; fit() stops them shrinking below a readable
    // size, so on a phone a wide one scrolls sideways instead.
    flowchart: { useMaxWidth: true, htmlLabels: false },
    sequence: { useMaxWidth: true },
    state: { useMaxWidth: true },
    fontFamily: 'inherit',
  });
  renderCount += 1;
  try {
    const { svg } = await mermaid.render(`kfg-diagram-${renderCount}`, source.textContent ?? '');
    let canvas = figure.querySelector<HTMLElement>('.diagram-canvas');
    if (canvas === null) {
      canvas = document.createElement('div');
      canvas.className = 'diagram-canvas';
      canvas.tabIndex = 0;
      figure.prepend(canvas);
      figure.append(tools(figure, source, labels));
    }
    canvas.innerHTML = svg;
    describe(canvas);
    applySize(figure);
    figure.dataset['state'] = 'rendered';
  } catch (error) {
    showError(figure, labels['failed'] ?? '', error);
  }
}

/**
 * The row under the drawing: a button between "fit to the frame" and "full size", and the source,
 * folded, for screen readers and copy-paste. The frame has a fixed height, so drawing a diagram
 * never pushes the text below it (no layout shift); full size is the reader's own choice.
 */
function tools(figure: HTMLElement, source: HTMLPreElement, labels: DOMStringMap): HTMLElement {
  const row = document.createElement('div');
  row.className = 'diagram-tools';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'diagram-size';
  button.textContent = labels['expand'] ?? '';
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => {
    const expanded = figure.toggleAttribute('data-expanded');
    button.textContent = (expanded ? labels['fit'] : labels['expand']) ?? '';
    button.setAttribute('aria-pressed', String(expanded));
    applySize(figure);
  });
  const details = document.createElement('details');
  details.className = 'diagram-details';
  const summary = document.createElement('summary');
  summary.textContent = labels['sourceLabel'] ?? '';
  details.append(summary);
  source.replaceWith(row);
  details.append(source);
  row.append(button, details);
  return row;
}

/** Gives the SVG an accessible name and description from Mermaid's accTitle/accDescr. */
function describe(canvas: HTMLElement): void {
  const svg = canvas.querySelector('svg');
  if (svg === null) return;
  const title = svg.querySelector(':scope > title');
  const desc = svg.querySelector(':scope > desc');
  // A drawing with links must keep its children reachable; otherwise it is one image.
  svg.setAttribute('role', svg.querySelector('a') ? 'group' : 'img');
  if (title?.id) svg.setAttribute('aria-labelledby', title.id);
  if (desc?.id) svg.setAttribute('aria-describedby', desc.id);
  canvas.setAttribute('aria-label', title?.textContent ?? '');
  canvas.setAttribute('role', 'region');
}

/** Fit mode scales the drawing into the frame; full size shows it at its own width, scrolling. */
function applySize(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('.diagram-canvas svg');
  const width = svg?.viewBox.baseVal?.width ?? 0;
  if (!svg || width <= 0) return;
  svg.style.width = figure.hasAttribute('data-expanded') ? `${width}px` : '';
}

function showError(figure: HTMLElement, message: string, error: unknown): void {
  figure.dataset['state'] = 'error';
  let note = figure.querySelector<HTMLElement>('.diagram-error');
  if (note === null) {
    note = document.createElement('p');
    note.className = 'diagram-error';
    note.setAttribute('role', 'alert');
    figure.prepend(note);
  }
  note.textContent = `${message} (${error instanceof Error ? error.message : String(error)})`;
  const details = figure.querySelector('details');
  if (details) details.open = true;
}

class KfgDiagrams extends HTMLElement {
  connectedCallback(): void {
    const labels = this.dataset;
    const figures = [...document.querySelectorAll<HTMLElement>('figure.diagram')];
    // Drawn one after the other: mermaid.initialize is global state.
    let queue = Promise.resolve();
    const enqueue = (figure: HTMLElement) => {
      queue = queue.then(() => draw(figure, labels));
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          enqueue(entry.target as HTMLElement);
        }
      },
      { rootMargin: '400px 0px' },
    );
    for (const figure of figures) observer.observe(figure);
    document.addEventListener('kfg:themechange', () => {
      for (const figure of figures) if (figure.dataset['state'] === 'rendered') enqueue(figure);
    });
  }
}

export function defineDiagrams(): void {
  if (!customElements.get('kfg-diagrams')) customElements.define('kfg-diagrams', KfgDiagrams);
}
