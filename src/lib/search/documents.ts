// The documents Pagefind indexes, made from the built pages.
//
// Pagefind fetches one fragment per result: the whole indexed text of the page and its anchors.
// A long page makes a long fragment: the Pod reference 20 KB, the troubleshooting guide 12 KB,
// where a first search may fetch 120 KB in all (issue 6). Such a page is indexed as several
// documents instead: each holds a run of the page's sections (guide pages, split at their h2
// headings) or field entries (reference pages), carries the page's URL as metadata (sub-results
// then land on the page's anchors) and the page's filters and metadata, so search sees one page
// in parts and the dialog shows them as one. Every other page is indexed as it is.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { escapeHtml as escape } from '../reference/render-tree.ts';

/** Field entries per document: the Pod's indexed fields make eight fragments of 1–7 KB. */
export const ENTRIES_PER_DOCUMENT = 60;
/** Indexed characters per document of a sectioned page; a longer page is split at its h2s. */
export const CHARACTERS_PER_DOCUMENT = 4000;

export interface SearchDocument {
  /** the file Pagefind reads, relative to the documents folder */
  file: string;
  html: string;
}

type Node = Root | RootContent;

function isElement(node: Node | undefined): node is Element {
  return node?.type === 'element';
}

function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function has(node: Element, name: string): boolean {
  return node.properties[name] !== undefined && node.properties[name] !== null && node.properties[name] !== false;
}

function find(node: Node, test: (element: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = find(child, test);
    if (found !== undefined) return found;
  }
  return undefined;
}

function findAll(node: Node, test: (element: Element) => boolean, skip?: (element: Element) => boolean): Element[] {
  if (isElement(node) && skip?.(node)) return [];
  const own = isElement(node) && test(node) ? [node] : [];
  if (!('children' in node)) return own;
  return [...own, ...node.children.flatMap((child) => findAll(child, test, skip))];
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  return node.children.map(textOf).join('');
}

/** The text Pagefind indexes: everything outside data-pagefind-ignore. */
function indexedText(node: Node): string {
  if (isElement(node) && has(node, 'dataPagefindIgnore')) return '';
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  return node.children.map(indexedText).join('');
}

/** A reference field entry: <li id="spec.replicas" data-pagefind-title="…">. */
function isFieldEntry(element: Element): boolean {
  return element.tagName === 'li' && has(element, 'id') && has(element, 'dataPagefindTitle');
}

/** The entry without its nested fields (they are entries of their own). */
function ownPart(entry: Element): Element {
  const children = entry.children.filter((child) => !(isElement(child) && child.tagName === 'details'));
  return { type: 'element', tagName: 'div', properties: { ...entry.properties }, children };
}

/** 'spec.containers.image' -> 'spec.containers': entries of one group stay in one document. */
function groupOf(path: string): string {
  return path.split('.').slice(0, 2).join('.');
}

/** Runs of whole groups, each up to `size` entries (a larger group is a run of its own). */
export function packGroups<T>(items: readonly T[], groupOf: (item: T) => string, size: number): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last !== undefined && groupOf(last[0] as T) === groupOf(item)) last.push(item);
    else groups.push([item]);
  }
  const runs: T[][] = [];
  for (const group of groups) {
    const run = runs.at(-1);
    if (run !== undefined && run.length + group.length <= size) run.push(...group);
    else runs.push([...group]);
  }
  return runs;
}

/** The names of the entries' parents, once each: spec.containers.env.name -> spec containers env. */
function parentNames(paths: readonly string[]): string[] {
  const names = new Set<string>();
  for (const path of paths) for (const name of path.split('.').slice(0, -1)) names.add(name);
  return [...names];
}

/**
 * The page's filters and metadata as hidden markers with explicit values, for every part:
 * data-pagefind-filter="category:workloads", or data-pagefind-meta="apiVersion" whose value is
 * the element's text.
 */
function pageMarkers(body: Element): string {
  const markers: string[] = [];
  for (const element of findAll(body, (e) => has(e, 'dataPagefindFilter') || has(e, 'dataPagefindMeta'))) {
    for (const kind of ['dataPagefindFilter', 'dataPagefindMeta'] as const) {
      const value = attribute(element, kind);
      if (value === undefined) continue;
      const explicit = value.includes(':') ? value : `${value}:${textOf(element).trim()}`;
      const name = kind === 'dataPagefindFilter' ? 'data-pagefind-filter' : 'data-pagefind-meta';
      markers.push(`<span hidden ${name}="${escape(explicit)}"></span>`);
    }
  }
  return markers.join('');
}

function documentHtml(lang: string, title: string, body: string): string {
  return `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${body}</body></html>`;
}

interface Page {
  file: string;
  url: string;
  lang: string;
  title: string;
  body: Element;
}

/** A part of a page: the page's identity and markers around `content`, with `before` first. */
function part(page: Page, index: number, content: string, intro: string | undefined, before = ''): SearchDocument {
  const own = `<span hidden data-pagefind-meta="url:${escape(page.url)}"></span><span hidden data-pagefind-meta="title:${escape(page.title)}"></span>`;
  // the first part holds the page's own text before the split content (title, summary, and the
  // page's filter and metadata markers); the others repeat the title and the markers
  const head = intro ?? `<h1>${escape(page.title)}</h1>${pageMarkers(page.body)}`;
  const html = documentHtml(page.lang, page.title, `<main data-pagefind-body>${before}${head}${own}${content}</main>`);
  return { file: `${page.file.replace(/index\.html$/u, '')}part-${index + 1}.html`, html };
}

/** A reference page's field entries in runs of whole field groups. */
function referenceParts(page: Page, entries: readonly Element[]): SearchDocument[] {
  const runs = packGroups(entries, (entry) => groupOf(attribute(entry, 'id') ?? ''), ENTRIES_PER_DOCUMENT);
  return runs.map((run, index) => {
    const paths = run.map((entry) => attribute(entry, 'id') ?? '');
    // the parents' names, so that a dotted path (spec.containers.image) finds the part holding
    // it; they come before any heading, so they belong to no section
    const parents = `<p data-pagefind-weight="0.5">${escape(parentNames(paths).join(' '))}</p>`;
    const intro = index === 0 ? toHtml(pruned(page.body, (node) => node.tagName === 'ul' && findAll(node, isFieldEntry).length > 0)) : undefined;
    return part(page, index, toHtml(run.map(ownPart) as ElementContent[]), intro, parents);
  });
}

/** An h2, or a <section> that opens with its own h2 (the rules page wraps each category so). */
function startsSection(node: Node | undefined): boolean {
  if (!isElement(node)) return false;
  return node.tagName === 'h2' || (node.tagName === 'section' && node.children.some((child) => isElement(child) && child.tagName === 'h2'));
}

/** The element holding most of the page's sections as its children (undefined when none does). */
function sectionContainer(body: Element): Element | undefined {
  const candidates = findAll(body, (e) => e.children.some(startsSection));
  const count = (e: Element) => e.children.filter(startsSection).length;
  return candidates.reduce<Element | undefined>((best, e) => (best === undefined || count(e) > count(best) ? e : best), undefined);
}

/** A sectioned page's h2 sections in runs of about CHARACTERS_PER_DOCUMENT; the intro is part 1. */
function sectionParts(page: Page, container: Element): SearchDocument[] {
  const firstHeading = container.children.findIndex(startsSection);
  const sections: ElementContent[][] = [];
  for (const node of container.children.slice(firstHeading)) {
    if (startsSection(node) || sections.length === 0) sections.push([node]);
    else sections.at(-1)?.push(node);
  }
  const length = (nodes: readonly ElementContent[]) => nodes.map(indexedText).join('').length;
  const runs: ElementContent[][] = [];
  for (const section of sections) {
    const run = runs.at(-1);
    if (run !== undefined && length(run) + length(section) <= CHARACTERS_PER_DOCUMENT) run.push(...section);
    else runs.push([...section]);
  }
  const before = container.children.slice(0, firstHeading);
  // the sections may sit right in the indexed body (the rules page): then the intro is what precedes them
  const intro = toHtml(container === page.body ? before : pruned(page.body, (node) => node === container, before));
  return [part(page, 0, '', intro), ...runs.map((run, index) => part(page, index + 1, toHtml(run), undefined))];
}

/**
 * The documents for one built page at `file` (e.g. en/reference/pod/index.html) served at `url`.
 * A page without data-pagefind-body gives none, a short page itself, a long one its parts.
 */
export function searchDocuments(pageHtml: string, file: string, url: string): SearchDocument[] {
  const tree = fromHtml(pageHtml);
  const body = find(tree, (e) => has(e, 'dataPagefindBody'));
  if (body === undefined) return [];
  const separated = separateCells(body);
  const heading = find(body, (e) => e.tagName === 'h1');
  const page: Page = {
    file,
    url,
    lang: attribute(find(tree, (e) => e.tagName === 'html') ?? body, 'lang') ?? '',
    title: heading === undefined ? '' : textOf(heading).trim(),
    body,
  };
  const entries = findAll(body, isFieldEntry, (e) => has(e, 'dataPagefindIgnore'));
  if (entries.length > ENTRIES_PER_DOCUMENT) return referenceParts(page, entries);
  const container = sectionContainer(body);
  if (entries.length === 0 && container !== undefined && indexedText(body).length > 1.5 * CHARACTERS_PER_DOCUMENT) {
    return sectionParts(page, container);
  }
  return [{ file, html: separated ? toHtml(tree) : pageHtml }];
}

/**
 * Pagefind ends a phrase at each <td> and <div>, but not at a <th>, <dt> or <dd>, so a header row or
 * a term and its value were indexed, and shown in excerpts, as one glued word
 * ("FieldTypeDefaultDescription", "API groupapps"). In the documents every header cell becomes a
 * data cell and every term and description a <div>, each a phrase of its own. Returns whether
 * there was any.
 */
function separateCells(body: Element): boolean {
  const cells = findAll(body, (e) => e.tagName === 'th' || e.tagName === 'dt' || e.tagName === 'dd');
  for (const cell of cells) cell.tagName = cell.tagName === 'th' ? 'td' : 'div';
  return cells.length > 0;
}

/**
 * The body's children with the elements `drop` matches left out, or, where `replace` is given,
 * their children replaced by it.
 */
function pruned(body: Element, drop: (element: Element) => boolean, replace?: ElementContent[]): ElementContent[] {
  const prune = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (!isElement(node)) return [node];
      if (drop(node)) return replace === undefined ? [] : [{ ...node, children: replace }];
      return [{ ...node, children: prune(node.children) }];
    });
  return prune(body.children);
}
