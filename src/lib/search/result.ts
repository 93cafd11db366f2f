// What a search result is (guide section, kind, field, validator rule) and the badges it shows.
// Pure: used by the search dialog's processResult and by unit tests.

export type ResultType = 'guide' | 'kind' | 'field' | 'rule';

/** The subset of a Pagefind result's data this module reads and rewrites. */
export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: { url: string; title: string }[];
}

export interface BadgeLabels {
  type: string;
  types: Record<ResultType, string>;
  apiVersion: string;
  fieldType: string;
  fieldPath: string;
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
 * The field a reference sub-result stands for. Its anchor is the field path; its title, when the
 * entry carries data-pagefind-title="spec.replicas (integer int32)", also gives the type.
 */
export function fieldOf(sub: { url: string; title: string } | undefined): { path: string; type?: string } | undefined {
  if (sub === undefined) return undefined;
  const path = fieldPathOf(sub.url);
  if (path === undefined) return undefined;
  const type = /^\S+ \((.+)\)$/u.exec(sub.title.trim())?.[1];
  return type === undefined ? { path } : { path, type };
}

/**
 * Replaces the page's metadata with the badges the dialog shows, in order: type, then the kind's
 * apiVersion, or the field's path and type. The default UI prints every meta entry except
 * title/url/image as "Key: value"; raw reference meta (one ref-path per field) is dropped
 * because Pagefind keeps a single value per page.
 */
export function withBadges<T extends ResultData>(data: T, labels: BadgeLabels): T {
  const type = resultType(data);
  const meta: Record<string, string | undefined> = { title: data.meta['title'] };
  if (data.meta['image'] !== undefined) meta['image'] = data.meta['image'];
  if (type !== undefined) meta[labels.type] = labels.types[type];
  if (type === 'kind' && data.meta['apiVersion']) meta[labels.apiVersion] = data.meta['apiVersion'];
  if (type === 'field') {
    const field = fieldOf(data.sub_results?.[0]);
    if (field?.path !== undefined) meta[labels.fieldPath] = field.path;
    if (field?.type !== undefined) meta[labels.fieldType] = field.type;
  }
  return { ...data, meta };
}
