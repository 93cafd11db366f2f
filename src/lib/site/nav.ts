import { getCollection, type CollectionEntry } from 'astro:content';
import { t, type Lang } from '../../i18n/index.ts';
import { localizedPath } from './paths.ts';

export interface NavLink {
  href: string;
  label: string;
}

export interface NavSection {
  label: string;
  links: NavLink[];
}

/** 'ko/guide/pods' -> 'guide/pods': the slug shared by both languages. */
export function slugOf(entry: CollectionEntry<'guide'>): string {
  return entry.id.replace(/^(ko|en)\//, '');
}

/** Guide pages of one language in reading order. */
export async function guideEntries(lang: Lang): Promise<CollectionEntry<'guide'>[]> {
  const entries = await getCollection('guide', (entry) => entry.id.startsWith(`${lang}/`));
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

async function guideSection(lang: Lang): Promise<NavSection> {
  const guide = await guideEntries(lang);
  return {
    label: t(lang, 'nav.guide'),
    links: guide.map((entry) => ({
      href: localizedPath(lang, slugOf(entry)),
      label: entry.data.sidebarLabel ?? entry.data.title,
    })),
  };
}

/** The kind catalog: its index lists and filters every kind, so the sidebar links only the index. */
function kindsSection(lang: Lang): NavSection {
  return { label: t(lang, 'nav.kinds'), links: [{ href: localizedPath(lang, 'kinds'), label: t(lang, 'kinds.allKinds') }] };
}

/** The manifest reference: its index, which lists every kind (67 links would crowd the sidebar), and the changes by release. */
function referenceSection(lang: Lang): NavSection {
  return {
    label: t(lang, 'nav.reference'),
    links: [
      { href: localizedPath(lang, 'reference'), label: t(lang, 'ref.allKinds') },
      { href: localizedPath(lang, 'changes'), label: t(lang, 'changes.nav') },
    ],
  };
}

/** The validator and the page that explains its rules. */
function validatorSection(lang: Lang): NavSection {
  return {
    label: t(lang, 'nav.validator'),
    links: [
      { href: localizedPath(lang, 'validator'), label: t(lang, 'validator.title') },
      { href: localizedPath(lang, 'validator/rules'), label: t(lang, 'validator.rules.title') },
    ],
  };
}

/**
 * The sidebar sections in order: the guide, then the kind catalog, the manifest reference and the
 * validator. Each section module contributes one function here when its pages exist.
 */
const sectionBuilders: Array<(lang: Lang) => NavSection | Promise<NavSection>> = [guideSection, kindsSection, referenceSection, validatorSection];

export async function sidebar(lang: Lang): Promise<NavSection[]> {
  return Promise.all(sectionBuilders.map((build) => build(lang)));
}

/** Previous and next page around `href` in sidebar order. */
export function neighbours(sections: NavSection[], href: string): { prev?: NavLink; next?: NavLink } {
  const flat = sections.flatMap((section) => section.links);
  const index = flat.findIndex((link) => link.href === href);
  if (index === -1) return {};
  const prev = flat[index - 1];
  const next = flat[index + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
