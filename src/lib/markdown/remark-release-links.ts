import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { isLang, type Lang } from '../../i18n/index.ts';
import { RELEASES } from '../k8s/releases.ts';
import { localizedPath } from '../site/paths.ts';

/**
 * The releases a guide sentence can point to: those with a change page that compares them with the
 * release before (/<lang>/changes/1.NN/). The oldest release's page is the baseline and says only
 * that, so "removed in v1.27" stays plain text, as does any release without data.
 */
export const LINKED_RELEASES: ReadonlySet<string> = new Set(RELEASES.slice(1));

/**
 * A release named as the moment something changed, in either language: "since v1.32", "GA in v1.33",
 * "from v1.34", "(v1.34+)", "v1.32부터", "v1.33에서 GA", "v1.29에 분리". A release named as the one the
 * page describes ("Kubernetes v1.36", "v1.36 defaults", "v1.36 기준") is not a change and stays
 * plain, as do patch versions (v1.36.1) and kubectl's or an image's versions.
 */
const MENTION = /(?<=\b(?:since|in|from|until|after|before) )v1\.(\d{1,2})(?![\d.]*\d)|v1\.(\d{1,2})(?=부터|에서|에 |\+)/gu;

/** Nodes whose text is never linked: code, headings (the table of contents repeats them) and existing links. */
const LEFT_ALONE = new Set(['code', 'inlineCode', 'heading', 'link', 'linkReference', 'definition', 'html', 'yaml']);

/** The language of a guide file from its path (content/ko/… or content/en/…). */
function langOf(path: string | undefined): Lang | undefined {
  const match = /(?:^|[/\\])content[/\\](ko|en)[/\\]/u.exec(path ?? '');
  return match && isLang(match[1]) ? match[1] : undefined;
}

/** The text split into text and links to change pages, each release linked once per block (`seen`). */
function splitText(node: Text, lang: Lang, seen: Set<string>): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(MENTION)) {
    const release = `1.${match[1] ?? match[2]}`;
    if (!LINKED_RELEASES.has(release) || seen.has(release)) continue;
    seen.add(release);
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    const link: Link = { type: 'link', url: localizedPath(lang, `changes/${release}`), children: [{ type: 'text', value: match[0] }] };
    parts.push(link);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

function linkInside(parent: Parent, lang: Lang, seen: Set<string>): void {
  for (let i = 0; i < parent.children.length; i += 1) {
    const child = parent.children[i]!;
    if (LEFT_ALONE.has(child.type)) continue;
    if (child.type === 'text') {
      const parts = splitText(child, lang, seen);
      if (parts) {
        parent.children.splice(i, 1, ...parts);
        i += parts.length - 1;
      }
    } else if ('children' in child) linkInside(child, lang, seen);
  }
}

/**
 * Links the guide's "since v1.NN" to that release's change page (issue 11.4), so no URL is typed by
 * hand: a release once per paragraph or table cell, never in headings, code or a link's own text.
 */
export function remarkReleaseLinks() {
  return (tree: Root, file: { path?: string }) => {
    const lang = langOf(file.path);
    if (lang === undefined) return;
    visit(tree, (node) => {
      if (LEFT_ALONE.has(node.type)) return SKIP;
      if (node.type !== 'paragraph' && node.type !== 'tableCell') return undefined;
      linkInside(node, lang, new Set());
      return SKIP;
    });
  };
}
