// Turns the curated kind files into catalog entries joined with the generated API data:
// which versions the pinned release serves comes from the schema, never from the YAML.
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import type { ApiSchema } from '../k8s/types.ts';
import { CATEGORIES, kindFileSchema, type Category, type KindFile } from './schema.ts';

export interface CatalogKind extends KindFile {
  /** the file name without .yaml: 'deployment', 'event.events.k8s.io'; also the page slug */
  slug: string;
  /** the preferred apiVersion: 'apps/v1', 'v1' */
  apiVersion: string;
  /** other apiVersions the release serves, e.g. autoscaling/v1 next to autoscaling/v2 */
  otherServed: string[];
}

export const apiVersionOf = (group: string, version: string): string => (group === '' ? version : `${group}/${version}`);

/** 'content/kinds/event.events.k8s.io.yaml' -> 'event.events.k8s.io' */
export function slugOfPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.yaml$/, '');
}

/** Parses one YAML file with a zod schema; the error names the file and the fields, so a bad edit is easy to find. */
export function parseYamlFile<T>(schema: z.ZodType<T>, what: string, path: string, text: string): T {
  const result = schema.safeParse(yaml.load(text));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`${path} is not a valid ${what}:\n  ${issues.join('\n  ')}`);
  }
  return result.data;
}

/** Parses and checks one kind file. */
export function parseKindFile(path: string, text: string): KindFile {
  return parseYamlFile(kindFileSchema, 'kind file', path, text);
}

/** Catalog entries for raw files keyed by path, sorted by category order, then kind name. */
export function buildCatalog(files: Record<string, string>, schema: ApiSchema): CatalogKind[] {
  const kinds = Object.entries(files).map(([path, text]): CatalogKind => {
    const data = parseKindFile(path, text);
    const apiVersion = apiVersionOf(data.group, data.preferredVersion);
    const served = schema.kinds.filter((k) => k.kind === data.kind && k.group === data.group).map((k) => k.apiVersion);
    if (!served.includes(apiVersion)) {
      throw new Error(`${path}: Kubernetes ${schema.kubernetesVersion} does not serve ${apiVersion} ${data.kind}`);
    }
    return { ...data, slug: slugOfPath(path), apiVersion, otherServed: served.filter((v) => v !== apiVersion).sort() };
  });
  return kinds.sort(
    (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || compareKinds(a, b),
  );
}

function compareKinds(a: CatalogKind, b: CatalogKind): number {
  return a.kind.localeCompare(b.kind, 'en') || a.group.localeCompare(b.group, 'en');
}

/** Categories in display order with their kinds; empty categories are left out. */
export function groupByCategory(kinds: readonly CatalogKind[]): Array<{ category: Category; kinds: CatalogKind[] }> {
  return CATEGORIES.map((category) => ({ category, kinds: kinds.filter((k) => k.category === category) })).filter(
    (group) => group.kinds.length > 0,
  );
}

/** Pod and Service are written 파드 and 서비스 with no English (terminology rule 2). */
const UNBRACKETED = new Set(['Pod', 'Service']);

/**
 * The name a reader sees: the Korean page uses the official Korean term with the English kind in
 * brackets (terminology rule 1); kinds the localization keeps in English (rule 3) have no Korean
 * term to bracket.
 */
export function displayName(kind: Pick<CatalogKind, 'kind' | 'ko'>, lang: 'ko' | 'en'): string {
  if (lang === 'en') return kind.kind;
  if (!/[\uAC00-\uD7A3]/.test(kind.ko.name) || UNBRACKETED.has(kind.kind)) return kind.ko.name;
  return `${kind.ko.name}(${kind.kind})`;
}

/**
 * displayName, plus the API group when another group serves a kind of the same name, so the
 * events.k8s.io Event reads apart from the core one in lists and titles.
 */
export function distinctName(kind: CatalogKind, all: readonly CatalogKind[], lang: 'ko' | 'en'): string {
  const shared = kind.group !== '' && all.some((other) => other.kind === kind.kind && other.group !== kind.group);
  return shared ? `${displayName(kind, lang)} (${kind.group})` : displayName(kind, lang);
}
