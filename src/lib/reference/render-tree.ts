// The field tree as an HTML string. Rendered in plain TypeScript rather than as nested Astro
// components: the Pod and CRD pages hold hundreds of fields, and one string per page keeps both the
// build fast and the markup lean (no scoped-style attributes on every element).
import { t, type Lang } from '../../i18n/index.ts';
import type { FieldNode } from './field-tree.ts';
import type { NotesIndex } from './notes.ts';
import { shortTypeName } from './type-label.ts';
import { escapeHtml } from '../site/escape-html.ts';
import { addedHtml, removedHtml, stageHtml, type HistoryOptions } from './render-history.ts';

export interface RenderOptions extends HistoryOptions {
  lang: Lang;
  notes: NotesIndex;
  /** details at a depth below this start open: the kind's own fields show their children */
  openDepth?: number;
  /** false: keep this field's nested fields out of the search index (see searchIndexed) */
  indexChildren?: (node: FieldNode) => boolean;
  /** note example text -> its code frame (note-examples.ts); without it, a plain scrolling block */
  exampleFrames?: ReadonlyMap<string, string>;
  /**
   * Leave out the upstream descriptions of the fields inside closed <details> (see isFolded): the page
   * fetches them from its descriptions page when a reader opens one (field-descriptions.ts)
   */
  deferDescriptions?: boolean;
  /**
   * Make each field of the lists open at load (depth `openDepth`) a page part (global.css `.part`) with
   * its estimated height: the browser lays out the first screen's fields only before the page answers
   * input, and page-parts.ts the rest in idle moments (the Pod's first layout was 3,450 objects)
   */
  parts?: boolean;
}

/**
 * Whether a field at this depth of the tree (0: the kind's own fields) sits inside a <details> that is
 * closed when the page loads: the lists below `openDepth` start open, deeper ones closed.
 */
export function isFolded(depth: number, openDepth: number = 1): boolean {
  return depth > openDepth;
}

/**
 * Which nested field lists a kind's page gives to search (false: the field is, its children not). Every page repeats ObjectMeta, most a
 * status and the workloads a whole Pod template; indexed everywhere, they would fill every result
 * list with the same fields and bloat each result fragment. Each is indexed where it belongs:
 * metadata and status on the Pod (and status on the Node), Pod templates on the Pod page itself.
 */
export function searchIndexed(slug: string): (node: FieldNode) => boolean {
  return (node) => {
    if (node.anchor === 'metadata') return slug === 'pod';
    if (node.anchor === 'status') return slug === 'pod' || slug === 'node';
    if (node.anchor === 'spec.template' || node.anchor === 'spec.jobTemplate') return false;
    // ephemeral containers are added by `kubectl debug`, never written in manifests; their fields
    // repeat the containers' and would answer imagePullPolicy before spec.containers does
    if (node.anchor === 'spec.ephemeralContainers') return false;
    // a PodTemplate is nothing but a Pod template: its fields are indexed on the Pod's page
    if (node.anchor === 'template') return slug !== 'podtemplate';
    // Deprecated sources (the in-tree volume plugins: scaleIO, quobyte, rbd, ...) are found by
    // name; their nested fields were a third of the Pod page's index and nobody searches them.
    if (/\bDeprecated:/u.test(node.description)) return false;
    return true;
  };
}

export { escapeHtml };

/**
 * Escaped text with `code` spans, **strong** words and bare https:// links made live: upstream
 * descriptions and our notes both quote values in backticks, our notes stress a word now and then,
 * and upstream cites kubernetes.io pages. A bold run may wrap (CRD descriptions are Go comments, cut
 * at 80 columns), never across a blank line.
 */
export function linkifyText(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*\n]+(?:\n[^*\n]+)*)\*\*/g, '<strong>$1</strong>')
    .replace(/https?:\/\/[^\s<>"')]+[^\s<>"').,;:]/g, (url) => `<a href="${url}">${url}</a>`);
}

/**
 * How much a field's name weighs in search: like a heading for the fields people write (down to
 * spec.containers.image), less for deeply nested ones, so that tolerations finds the Pod's
 * spec.tolerations before a ResourceClaim's spec.devices.requests.exactly.tolerations.
 */
export function nameWeight(node: Pick<FieldNode, 'anchor'>): number {
  const depth = node.anchor.split('.').length;
  return depth <= 3 ? 6 : depth === 4 ? 4 : 2;
}

/** The field's name, type, required or optional, then its history badges (render-history.ts). */
function fieldHead(node: FieldNode, lang: Lang, badges = ''): string {
  // path = prefix + name + brackets; the name is bold, the parents are context
  const prefix = node.path.slice(0, node.path.lastIndexOf(node.name));
  const tail = node.path.slice(prefix.length);
  const need = node.required
    ? `<span class="rf-r" data-pagefind-ignore>${t(lang, 'ref.required')}</span>`
    : `<span class="rf-o" data-pagefind-ignore>${t(lang, 'ref.optional')}</span>`;
  // The field's own name ranks like a heading: a search for imagePullPolicy should land here.
  // Only the name is indexed: the parents' names are each indexed at their own entry, and the
  // whole path (the entry's anchor) comes with the search result anyway; indexing every path in
  // full made the Pod's result fragment 29 KB, a quarter of a first search's byte budget.
  // On a phone a deep path wraps at its dots, never inside a name.
  const parents = prefix === '' ? '' : `<span data-pagefind-ignore>${breakableAtDots(prefix)}</span>`;
  return `<p class="rf-h" data-pagefind-weight="${nameWeight(node)}"><a href="#${escapeHtml(node.anchor)}">${parents}<b>${escapeHtml(tail)}</b></a> <code class="rf-t">${escapeHtml(node.type)}</code> ${need}${badges}</p>`;
}

/** A field path as escaped HTML that a phone may wrap at its dots, never inside a name. */
function breakableAtDots(path: string): string {
  return escapeHtml(path).replace(/\./gu, '.<wbr>');
}

/** The curated note on a field, if content/ has one. */
const noteOf = (node: FieldNode, options: RenderOptions) => options.notes.get(node.owner)?.[node.name];

function noteHtml(node: FieldNode, options: RenderOptions): string {
  const note = noteOf(node, options);
  if (!note) return '';
  const example = note.example === undefined
    ? ''
    : options.exampleFrames?.get(note.example)
      ?? `<pre class="rf-x" tabindex="0" data-pagefind-ignore><code>${escapeHtml(note.example.replace(/\n$/, ''))}</code></pre>`;
  return `<div class="rf-n"><p><strong>${t(options.lang, 'ref.note')}</strong> ${linkifyText(note[options.lang])}</p>${example}</div>`;
}

export function descriptionHtml(node: Pick<FieldNode, 'description'>, lang: Lang): string {
  if (!node.description) return '';
  // Korean readers are told the text is the untranslated upstream one; lang="en" lets screen readers switch voice
  const label = lang === 'en' ? '' : `<span class="rf-l" lang="${lang}">${t(lang, 'ref.upstream')}</span>`;
  // Upstream descriptions stay out of the search index: they repeat across kinds, drown the
  // guide's own pages and make each result fragment tens of KB. Names, types and notes are indexed.
  return `<p class="rf-d" lang="en" data-pagefind-ignore>${label}${linkifyText(node.description)}</p>`;
}

function factsHtml(node: FieldNode, lang: Lang): string {
  const parts: string[] = [];
  if (node.default !== undefined) parts.push(`${t(lang, 'ref.default')}: <code>${escapeHtml(node.default)}</code>`);
  if (node.enum) parts.push(`${t(lang, 'ref.enum')}: ${node.enum.map((v) => `<code>${escapeHtml(v === '' ? '""' : v)}</code>`).join(' ')}`);
  return parts.length > 0 ? `<p class="rf-m">${parts.join('<br>')}</p>` : '';
}

function sameAsHtml(node: FieldNode, lang: Lang): string {
  if (node.sameAs === undefined || !node.ref) return '';
  // '' is the kind itself (a type that contains its root): the top of the content
  const target = node.sameAs === '' ? '#content' : `#${escapeHtml(node.sameAs)}`;
  const link = `<a href="${target}">${escapeHtml(node.sameAs || shortTypeName(node.ref))}</a>`;
  // a pointer, not a field: kept out of the search index
  return `<p class="rf-s" data-pagefind-ignore>${t(lang, 'ref.sameAs', { type: `<code>${escapeHtml(shortTypeName(node.ref))}</code>`, link })}</p>`;
}

function nodeHtml(node: FieldNode, depth: number, options: RenderOptions): string {
  // The title makes each field its own search sub-result, landing on its anchor. It holds the
  // type only: the anchor already carries the path, and the search dialog shows both.
  const title = node.type;
  const sameAs = node.sameAs === undefined ? '' : ` data-same-as="${escapeHtml(node.sameAs)}"`;
  // data-map and data-same-as let resolve-anchor.ts land manifest paths (keys, recurring types) on a field
  const map = node.map ? ' data-map' : '';
  const description = options.deferDescriptions && isFolded(depth, options.openDepth) ? '' : descriptionHtml(node, options.lang);
  const part = options.parts && depth === (options.openDepth ?? 1)
    ? ` class="part" style="--part-h: ${Math.round(fieldRem(node, options, description !== ''))}rem"`
    : '';
  let html = `<li id="${escapeHtml(node.anchor)}" data-pagefind-title="${escapeHtml(title)}"${sameAs}${map}${part}>`;
  html += fieldHead(node, options.lang, addedHtml(node, options) + stageHtml(node, options)) + noteHtml(node, options) + description;
  html += factsHtml(node, options.lang) + sameAsHtml(node, options.lang);
  if (node.children && node.ref) {
    const open = depth < (options.openDepth ?? 1) ? ' open' : '';
    const summary = t(options.lang, 'ref.fieldsOf', {
      type: shortTypeName(node.ref),
      count: String(node.children.length),
    });
    const ignore = options.indexChildren && !options.indexChildren(node) ? ' data-pagefind-ignore' : '';
    html += `<details${open}${ignore}><summary data-pagefind-ignore>${escapeHtml(summary)}</summary>${listHtml(node.children, depth + 1, options, node.ref, `${node.path}.`)}</details>`;
  }
  return `${html}</li>`;
}

/** The fields of one type (typeKey), then the fields older releases had and this one lacks. */
function listHtml(nodes: readonly FieldNode[], depth: number, options: RenderOptions, typeKey: string | undefined, prefix: string): string {
  return `<ul class="rf-list">${nodes.map((node) => nodeHtml(node, depth, options)).join('')}${removedHtml(typeKey, prefix, options)}</ul>`;
}

/** The whole tree: one list of the kind's own fields, nested types inside <details>. */
export function renderFieldTree(fields: readonly FieldNode[], options: RenderOptions): string {
  return listHtml(fields, 0, options, fields[0]?.owner, '');
}

/** Whether renderFieldTree leaves any description out under deferDescriptions: the kind has a descriptions page. */
export const hasFoldedDescriptions = (fields: readonly FieldNode[]): boolean => foldedFields(fields).length > 0;

/** The fields renderFieldTree leaves without their description under deferDescriptions, in page order. */
export function foldedFields(fields: readonly FieldNode[], openDepth: number = 1): FieldNode[] {
  const folded: FieldNode[] = [];
  const visit = (nodes: readonly FieldNode[], depth: number): void => {
    for (const node of nodes) {
      if (node.description && isFolded(depth, openDepth)) folded.push(node);
      if (node.children) visit(node.children, depth + 1);
    }
  };
  visit(fields, 0);
  return folded;
}

/**
 * The descriptions page's list: each folded field's path, a link back to the field on `pageUrl`, and its
 * description. field-descriptions.ts moves each `li#<anchor> > p.rf-d` into the kind's page.
 * `perPart`: cut the list into page parts (global.css `.part`) of this many fields, each with its
 * estimated height, so a long page lays out its first screen only before it answers input.
 */
export function foldedDescriptionsHtml(fields: readonly FieldNode[], lang: Lang, pageUrl: string, perPart?: number): string {
  const nodes = foldedFields(fields);
  const item = (node: FieldNode): string => {
    const anchor = escapeHtml(node.anchor);
    const path = breakableAtDots(node.path);
    return `<li id="${anchor}"><p class="rf-h"><a href="${escapeHtml(pageUrl)}#${anchor}"><b>${path}</b></a></p>${descriptionHtml(node, lang)}</li>`;
  };
  if (perPart === undefined) return `<ul class="rf-list">${nodes.map(item).join('')}</ul>`;
  let html = '';
  for (let i = 0; i < nodes.length; i += perPart) {
    const part = nodes.slice(i, i + perPart);
    const rem = part.reduce((sum, node) => sum + entryRem(node), 0);
    html += `<div class="part" style="--part-h: ${Math.round(rem)}rem"><ul class="rf-list">${part.map(item).join('')}</ul></div>`;
  }
  return html;
}

// About how tall an entry of the descriptions page is, in rem, at the column's width on a phone and a
// desktop alike (rough, as for the guide's parts: it only stands in until the part is laid out)
const ENTRY_REM = 2.4;
const DESCRIPTION_CHARS_PER_LINE = 60;
const DESCRIPTION_LINE_REM = 1.45;

function entryRem(node: FieldNode): number {
  return ENTRY_REM + Math.ceil(node.path.length / DESCRIPTION_CHARS_PER_LINE) * DESCRIPTION_LINE_REM + textRem(node.description);
}

/** Lines of running text at the column's width, in rem. */
function textRem(text: string): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / DESCRIPTION_CHARS_PER_LINE)), 0);
  return lines * DESCRIPTION_LINE_REM;
}

// a note's example: the code frame's bar and padding, then its lines
const FRAME_REM = 4.2;
const CODE_LINE_REM = 1.4;
// a closed <details>: its summary line
const SUMMARY_REM = 1.9;

/** About how tall a field of the kind's page is with its note, description, facts and folded type, in rem. */
function fieldRem(node: FieldNode, options: RenderOptions, withDescription: boolean): number {
  const note = noteOf(node, options);
  let rem = ENTRY_REM + Math.ceil(node.path.length / DESCRIPTION_CHARS_PER_LINE) * DESCRIPTION_LINE_REM;
  if (note) rem += textRem(note[options.lang]) + (note.example === undefined ? 0 : FRAME_REM + note.example.trimEnd().split('\n').length * CODE_LINE_REM);
  if (withDescription) rem += textRem(node.description);
  if (node.default !== undefined || node.enum) rem += DESCRIPTION_LINE_REM;
  if (node.sameAs !== undefined && node.ref) rem += DESCRIPTION_LINE_REM;
  if (node.children && node.ref) rem += SUMMARY_REM;
  return rem;
}
