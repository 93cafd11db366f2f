// A field's history on the reference page (issue 11.3), as HTML strings for render-tree.ts: 'added in
// 1.32' and 'removed in 1.36' link the change page of that release, 'beta' or 'alpha' names the
// feature gates the API server checks (fieldStage), and the fields an older release had and the
// newest lacks are listed after the fields of their type. The facts come through RenderOptions, so
// this stays pure.
import { t, type Lang } from '../../i18n/index.ts';
import type { FieldStageEntry } from '../k8s/field-stages.ts';
import { escapeHtml as escape } from '../site/escape-html.ts';
import { localizedPath } from '../site/paths.ts';
import type { RemovedField } from './field-history.ts';
import type { FieldNode } from './field-tree.ts';
import { typeLabel } from './type-label.ts';

export interface HistoryOptions {
  lang: Lang;
  /**
   * the release a field came in, when after the oldest with complete data (release-data.ts fieldSince):
   * a badge linking that release's change page
   */
  addedIn?: (node: FieldNode) => { since: string; earliest: string } | undefined;
  /** the feature gates a field depends on, when not GA (k8s/field-stages.ts fieldStage) */
  stage?: (node: FieldNode) => FieldStageEntry | undefined;
  /** the fields of a type that an older release had and the newest lacks (field-history.ts removedFields) */
  removedFields?: (typeKey: string) => readonly RemovedField[];
  /** the release the reference describes, for the stage badge's text */
  version?: string;
}

/** A badge linking a release's change page; indexed at a body text's weight, so "added in 1.32" finds it. */
function releaseBadge(lang: Lang, className: string, release: string, text: string): string {
  return `<a class="${className}" data-pagefind-weight="1" href="${localizedPath(lang, `changes/${release}`)}" title="${escape(t(lang, 'ref.addedTitle', { release }))}">${escape(text)}</a>`;
}

/** 'added in 1.32' (or '1.31 or 1.32' where 1.31's data is partial). */
export function addedHtml(node: FieldNode, options: HistoryOptions): string {
  const added = options.addedIn?.(node);
  if (!added) return '';
  const { lang } = options;
  const text = added.earliest === added.since
    ? t(lang, 'ref.added', { release: added.since })
    : t(lang, 'ref.addedRange', { earliest: added.earliest, release: added.since });
  return ` ${releaseBadge(lang, 'rf-since', added.since, text)}`;
}

/**
 * 'beta', 'beta, off by default' or 'alpha, off by default', linking the rule that explains what a
 * gate does to a field; the gates' names follow for screen readers and in the tooltip.
 */
export function stageHtml(node: FieldNode, options: HistoryOptions): string {
  const entry = options.stage?.(node);
  if (!entry) return '';
  const { lang } = options;
  const stage = t(lang, entry.stage === 'alpha' ? 'ref.stage.alpha' : 'ref.stage.beta');
  const text = entry.onByDefault ? stage : t(lang, 'ref.stage.off', { stage });
  const gates = t(lang, 'ref.stage.gates', { gates: entry.gates.join(', '), version: options.version ?? '' });
  const href = `${localizedPath(lang, 'validator/rules')}#feature-gated-field`;
  return ` <a class="rf-stage${entry.onByDefault ? '' : ' rf-stage-off'}" data-pagefind-weight="1" href="${href}" title="${escape(gates)}">${escape(text)}<span class="visually-hidden" data-pagefind-ignore>: ${escape(gates)}</span></a>`;
}

/** The releases a removed field was served in: '1.35' or '1.27–1.35'. */
const servedRange = (field: RemovedField): string => (field.earliest === field.lastIn ? field.lastIn : `${field.earliest}–${field.lastIn}`);

/** The fields of `typeKey` the newest release no longer has, as list items after its fields (prefix: the parent's path and a dot). */
export function removedHtml(typeKey: string | undefined, prefix: string, options: HistoryOptions): string {
  if (typeKey === undefined || !options.removedFields) return '';
  const { lang } = options;
  return options.removedFields(typeKey).map((field) => {
    const anchor = `${prefix}${field.name}`.replace(/\[\]|\{\}/g, '');
    const text = field.removedEarliest === field.removedIn
      ? t(lang, 'ref.removed', { release: field.removedIn })
      : t(lang, 'ref.removedRange', { earliest: field.removedEarliest, release: field.removedIn });
    const parents = prefix === '' ? '' : `<span data-pagefind-ignore>${escape(prefix).replace(/\./gu, '.<wbr>')}</span>`;
    return `<li id="${escape(anchor)}" class="rf-gone"><p class="rf-h"><a href="#${escape(anchor)}">${parents}<b>${escape(field.name)}</b></a> <code class="rf-t">${escape(typeLabel(field.shape))}</code> ${releaseBadge(lang, 'rf-removed', field.removedIn, text)}</p>`
      + `<p class="rf-s">${escape(t(lang, 'ref.removedNote', { range: servedRange(field), release: field.removedIn }))}</p></li>`;
  }).join('');
}
