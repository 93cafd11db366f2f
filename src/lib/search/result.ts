// What a search result is (guide section, kind, field, validator rule), where its link lands and
// which sections it lists. Pure: used by the search dialog and by unit tests.
import { highlightParam } from './highlight-param.ts';

export type ResultType = 'guide' | 'kind' | 'field' | 'rule';

/** One section of a result page, as Pagefind reports it: a heading or a reference field entry. */
export interface SubResultData {
  url: string;
  title: string;
  excerpt: string;
  /** word positions of the matches, with their weight (headings and field names weigh more) */
  weighted_locations?: readonly { weight: number }[];
  locations?: readonly number[];
}

/** The subset of a Pagefind result's data this module reads. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: SubResultData[];
}

export interface Field {
  path: string;
  type?: string;
}

export interface HitSection {
  url: string;
  title: string;
  excerpt: string;
  field?: Field;
}

/** A result as the dialog shows it: a link, its badges, an excerpt and up to a few sections. */
export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  type?: ResultType;
  apiVersion?: string;
  /** for a reference page: the best-matching field, which the result's link lands on */
  field?: Field;
  /** for a part of a long guide page without a match in the page's title: the section it lands on */
  section?: string;
  sections: HitSection[];
}

const TYPES: readonly ResultType[] = ['guide', 'kind', 'field', 'rule'];

/**
 * The page's type: its own `type` filter when the page declares one, else its URL section
 * (/<lang>/guide/, /kinds/, /reference/, /validator/rules/), so a page that lacks the filter
 * still gets the right badge.
 */
export function resultType(data: ResultData): ResultType | undefined {
  const declared = data.filters?.['type']?.[0];
  if (declared !== undefined && (TYPES as readonly string[]).includes(declared)) return declared as ResultType;
  const path = data.url.replace(/[?#].*$/u, '');
  if (/^\/[a-z]{2}\/guide\//u.test(path)) return 'guide';
  if (/^\/[a-z]{2}\/kinds\/[^/]+\//u.test(path)) return 'kind';
  if (/^\/[a-z]{2}\/reference\/[^/]+\//u.test(path)) return 'field';
  if (/^\/[a-z]{2}\/validator\/rules\//u.test(path)) return 'rule';
  return undefined;
}

/** The field path a reference sub-result lands on: its anchor, when the anchor is a dotted path. */
export function fieldPathOf(url: string): string | undefined {
  const hash = /#(.+)$/u.exec(url)?.[1];
  if (hash === undefined) return undefined;
  const path = decodeURIComponent(hash);
  return /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/u.test(path) ? path : undefined;
}

/**
 * The field a reference sub-result stands for: its anchor is the field path and its title, from
 * the entry's data-pagefind-title="integer int32", the type.
 */
export function fieldOf(sub: { url: string; title: string } | undefined): Field | undefined {
  if (sub === undefined) return undefined;
  const path = fieldPathOf(sub.url);
  if (path === undefined) return undefined;
  const type = sub.title.trim();
  return type === '' ? { path } : { path, type };
}

/** How strongly a section matched: the summed weight of its matches (a name counts as a heading). */
function matchWeight(sub: SubResultData): number {
  if (sub.weighted_locations !== undefined) return sub.weighted_locations.reduce((sum, loc) => sum + loc.weight, 0);
  return sub.locations?.length ?? 0;
}

/**
 * How many query words a field's path contains, as whole path segments: for spec.containers.image
 * the entry spec.containers.image beats spec.initContainers.image and spec.containers.
 */
function pathMatches(path: string, terms: readonly string[]): number {
  const segments = new Set(path.toLowerCase().split('.'));
  return terms.filter((term) => segments.has(term.toLowerCase())).length;
}

/**
 * How well a field answers the query: the query words its path spells, then the shorter path
 * (spec.containers.image before spec.initContainers.image). Higher is better.
 */
function fieldScore(path: string, terms: readonly string[]): number {
  return pathMatches(path, terms) * 1000 - path.split('.').length * 50 - path.length;
}

/**
 * The sections worth listing, best first: the page's own top (the part before its first heading)
 * is the result itself, not a section. Fields are ordered by how much of the query their path
 * spells, then by match weight; guide sections by the query words their heading holds, then by
 * match weight. Ties keep page order.
 */
function rankSections(data: ResultData, page: string, terms: readonly string[], type: ResultType | undefined): SubResultData[] {
  // a sub-result without an anchor is the part of the page before its first heading: the page itself
  const subs = (data.sub_results ?? []).filter((sub) => sub.url.includes('#') && pagePath(sub.url) === page);
  const score = (sub: SubResultData): number => {
    const field = type === 'field' ? fieldPathOf(sub.url) : undefined;
    if (field !== undefined) return fieldScore(field, terms) * 100 + matchWeight(sub);
    // a section whose heading names the query ("CrashLoopBackOff") before one that mentions it often
    const title = sub.title.toLowerCase();
    return terms.filter((term) => term !== '' && title.includes(term.toLowerCase())).length * 1000 + matchWeight(sub);
  };
  return subs.map((sub, index) => ({ sub, index, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ sub }) => sub);
}

/**
 * A result link: `url` (a site path, maybe with Pagefind's own highlight parameter) carrying the
 * query's words, so the opened page marks them.
 */
export function linkTo(url: string, terms: readonly string[]): string {
  const parsed = new URL(url, 'https://site.invalid');
  parsed.searchParams.delete(highlightParam);
  for (const term of terms) parsed.searchParams.append(highlightParam, term);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** A path without query and fragment: '/en/reference/pod/?x=1#spec' -> '/en/reference/pod/'. */
export function pagePath(url: string): string {
  return url.replace(/[?#].*$/u, '');
}

/**
 * One Pagefind result as the dialog shows it. A reference page's link lands on its best field,
 * whose path and type become badges; a kind page shows its apiVersion. `terms` are the query's
 * words after processing (used to pick the field a dotted path names).
 */
export function toHit(data: ResultData, terms: readonly string[], maxSections = 3): Hit {
  // a page indexed in parts (see documents.ts) names itself in its `url` metadata
  const page = pagePath(data.meta['url'] ?? data.url);
  const type = resultType({ ...data, url: page });
  const ranked = rankSections(data, page, terms, type);
  const hit: Hit = { url: page, title: data.meta['title'] ?? page, excerpt: data.excerpt, sections: [] };
  if (type !== undefined) hit.type = type;
  if (type === 'kind' && data.meta['apiVersion']) hit.apiVersion = data.meta['apiVersion'];
  let rest = ranked;
  const best = ranked[0];
  const field = type === 'field' ? fieldOf(best) : undefined;
  // a part of a page indexed in parts (documents.ts) matched only below its first heading
  const partOnly = data.meta['url'] !== undefined && !(data.sub_results ?? []).some((sub) => !sub.url.includes('#'));
  if (best !== undefined && (field !== undefined || partOnly)) {
    hit.url = best.url;
    hit.excerpt = best.excerpt;
    if (field !== undefined) hit.field = field;
    else hit.section = best.title;
    rest = ranked.slice(1);
  }
  // a reference page lists fields only, not its headings (About, Fields)
  if (type === 'field') rest = rest.filter((sub) => fieldOf(sub) !== undefined);
  hit.sections = rest.slice(0, maxSections).map((sub) => {
    const section: HitSection = { url: sub.url, title: sub.title, excerpt: sub.excerpt };
    const field = type === 'field' ? fieldOf(sub) : undefined;
    if (field !== undefined) section.field = field;
    return section;
  });
  return hit;
}

/**
 * Hits of one page (the parts of a long reference page) as one: the first keeps its place and
 * link, the others add their field or sections to its sections, each once.
 */
export function mergeHits(hits: readonly Hit[], terms: readonly string[], maxSections = 3): Hit[] {
  const byPage = new Map<string, Hit>();
  for (const hit of hits) {
    const page = pagePath(hit.url);
    let first = byPage.get(page);
    if (first === undefined) {
      byPage.set(page, { ...hit, sections: [...hit.sections] });
      continue;
    }
    let other = hit;
    // of two parts' fields, the page's link goes to the one that answers the query better
    if (first.field !== undefined && hit.field !== undefined && fieldScore(hit.field.path, terms) > fieldScore(first.field.path, terms)) {
      [first, other] = [{ ...hit, sections: [...hit.sections] }, first];
      byPage.set(page, first);
    }
    // the other hit's own landing place (a field or a section) becomes a section of the first
    const landing: HitSection = { url: other.url, title: other.section ?? other.title, excerpt: other.excerpt };
    if (other.field !== undefined) landing.field = other.field;
    const extra = other.url.includes('#') ? [landing] : [];
    for (const section of [...extra, ...other.sections]) {
      if (first.sections.length >= maxSections) break;
      if (section.url !== first.url && !first.sections.some((s) => s.url === section.url)) first.sections.push(section);
    }
  }
  return [...byPage.values()];
}
