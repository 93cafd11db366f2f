// Links from a kind page to the guide sections that use the kind, found at build time by scanning
// content/<lang>/guide/*.mdx (see guide-usage.ts for what counts as a mention).
import yaml from 'js-yaml';
import type { Lang } from '../../i18n/index.ts';
import { localizedPath } from '../site/paths.ts';
import type { CatalogKind } from './catalog.ts';
import { sectionsMentioning, type KindMatcher } from './guide-usage.ts';

const pages = import.meta.glob<string>('../../../content/{ko,en}/guide/*.mdx', { query: '?raw', import: 'default', eager: true });

/**
 * Sections linked per guide page. 노드, 서비스, 네임스페이스 are everyday words in a guide about
 * Pods and Nodes, so a kind can be mentioned in most sections; the ones most about it are enough.
 */
export const SECTIONS_PER_PAGE = 3;

/** The most relevant sections (heaviest first, earlier on ties), shown in page order. */
export function topSections<T extends { weight: number }>(sections: readonly T[], limit = SECTIONS_PER_PAGE): T[] {
  const ranked = sections.map((section, index) => ({ section, index }));
  ranked.sort((a, b) => b.section.weight - a.section.weight || a.index - b.index);
  return ranked.slice(0, limit).sort((a, b) => a.index - b.index).map((r) => r.section);
}

export interface GuideLink {
  href: string;
  title: string;
  order: number;
  sections: Array<{ href: string; heading: string }>;
}

interface FrontMatter {
  title: string;
  order: number;
  sidebarLabel?: string;
}

function frontMatterOf(mdx: string): FrontMatter {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1] ?? '';
  return yaml.load(block) as FrontMatter;
}

export function matcherFor(kind: CatalogKind, all: readonly CatalogKind[]): KindMatcher {
  const ambiguous = all.some((other) => other.kind === kind.kind && other.group !== kind.group);
  return { kind: kind.kind, group: kind.group, koName: kind.ko.name, ambiguous };
}

/** Guide pages of `lang` that mention the kind, in reading order, with the sections that do. */
export function guideLinksFor(kind: CatalogKind, all: readonly CatalogKind[], lang: Lang): GuideLink[] {
  const matcher = matcherFor(kind, all);
  const links: GuideLink[] = [];
  for (const [path, mdx] of Object.entries(pages)) {
    const match = /content\/(ko|en)\/(guide\/[^/]+)\.mdx$/.exec(path);
    if (!match || match[1] !== lang) continue;
    const sections = sectionsMentioning(mdx, matcher);
    if (sections.length === 0) continue;
    const href = localizedPath(lang, match[2]);
    const front = frontMatterOf(mdx);
    links.push({
      href,
      title: front.title,
      order: front.order,
      sections: topSections(sections.filter((s) => s.anchor && s.heading)).map((s) => ({
        href: `${href}#${s.anchor}`,
        heading: s.heading ?? '',
      })),
    });
  }
  return links.sort((a, b) => a.order - b.order || a.href.localeCompare(b.href));
}
