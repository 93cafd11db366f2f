// The catalog of this build: every content/kinds/*.yaml joined with the generated API data.
// import.meta.glob bundles the files as text, so this works the same in Astro and in Vitest.
import { apiSchema } from '../k8s/api-schema.ts';
import { buildCatalog, type CatalogKind } from './catalog.ts';

const files = import.meta.glob<string>('../../../content/kinds/*.yaml', { query: '?raw', import: 'default', eager: true });

export const catalog: readonly CatalogKind[] = buildCatalog(files, apiSchema);

export function findCatalogKind(slug: string): CatalogKind | undefined {
  return catalog.find((kind) => kind.slug === slug);
}
