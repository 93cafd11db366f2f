// The documents Pagefind indexes, made from the built pages.
//
// Pagefind fetches one fragment per result: the whole indexed text of the page and its anchors.
// Most pages make fragments of 1–8 KB, but a reference page with hundreds of fields made one of
// 20 KB (the Pod), a sixth of the 120 KB a first search may fetch. Such a page is indexed as
// several documents instead: each holds a run of the page's field entries, carries the page's URL
// as metadata (sub-results then land on the page's field anchors) and the page's filters and
// metadata, so search sees one page in parts. Every other page is indexed as it is.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Field entries per document: the Pod's 527 indexed fields make 9 fragments of 1–3 KB. */
export const ENTRIES_PER_DOCUMENT = 60;

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

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
function escape(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => escapes[c] ?? c);
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

/**
 * The documents for one built page at `file` (e.g. en/reference/pod/index.html) served at `url`.
 * A page without data-pagefind-body gives none; a page with up to ENTRIES_PER_DOCUMENT field
 * entries gives itself; a longer reference page gives its parts.
 */
export function searchDocuments(pageHtml: string, file: string, url: string): SearchDocument[] {
  const tree = fromHtml(pageHtml);
  const body = find(tree, (e) => has(e, 'dataPagefindBody'));
  if (body === undefined) return [];
  const ignored = (e: Element) => has(e, 'dataPagefindIgnore');
  const entries = findAll(body, isFieldEntry, ignored);
  if (entries.length <= ENTRIES_PER_DOCUMENT) return [{ file, html: pageHtml }];

  const lang = attribute(find(tree, (e) => e.tagName === 'html') ?? body, 'lang') ?? '';
  const heading = find(body, (e) => e.tagName === 'h1');
  const title = heading === undefined ? '' : textOf(heading).trim();
  const own = `<span hidden data-pagefind-meta="url:${escape(url)}"></span><span hidden data-pagefind-meta="title:${escape(title)}"></span>`;
  const copied = pageMarkers(body);
  const runs = packGroups(entries, (entry) => groupOf(attribute(entry, 'id') ?? ''), ENTRIES_PER_DOCUMENT);
  const base = file.replace(/index\.html$/u, '');
  return runs.map((run, index) => {
    const paths = run.map((entry) => attribute(entry, 'id') ?? '');
    // the parents' names, so that a dotted path (spec.containers.image) finds the part holding it
    const parents = `<p data-pagefind-weight="0.5">${escape(parentNames(paths).join(' '))}</p>`;
    const fields = toHtml(run.map(ownPart) as ElementContent[]);
    // the first part holds the page's own text before its field list (title, summary, and the
    // page's filter and metadata markers); the others repeat the title and the markers
    const intro = index === 0 ? toHtml(withoutFieldTree(body)) : `<h1>${escape(title)}</h1>${copied}`;
    // the parents' names come first, before any heading: they belong to no section
    const html = documentHtml(lang, title, `<main data-pagefind-body>${parents}${intro}${own}${fields}</main>`);
    return { file: `${base}part-${index + 1}.html`, html };
  });
}

/** The page body's children with the field list left out (it is split over the parts). */
function withoutFieldTree(body: Element): ElementContent[] {
  const prune = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((node) => !(isElement(node) && node.tagName === 'ul' && findAll(node, isFieldEntry).length > 0))
      .map((node) => (isElement(node) ? { ...node, children: prune(node.children) } : node));
  return prune(body.children);
}
