// The shape of one curated kind file (content/kinds/<slug>.yaml). The zod schema is the source of
// truth for the type, so a malformed file fails the build with the file name and the field path.
import { z } from 'astro/zod';

/** Category ids in the order the catalog shows them. */
export const CATEGORIES = [
  'workloads',
  'service-networking',
  'config-storage',
  'cluster',
  'rbac',
  'custom-resources',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

const removedVersion = z.object({
  apiVersion: z.string().min(1),
  /** the first Kubernetes release that no longer serves it, e.g. '1.16' */
  removedIn: z.string().regex(/^1\.\d+$/),
  /** the apiVersion to migrate to; null when the kind itself went away */
  replacement: z.string().min(1).nullable(),
});

export const kindFileSchema = z.object({
  kind: z.string().regex(/^[A-Z][A-Za-z]+$/),
  /** '' for the core group */
  group: z.string(),
  preferredVersion: z.string().regex(/^v\d+((alpha|beta)\d+)?$/),
  plural: z.string().regex(/^[a-z]+$/),
  shortNames: z.array(z.string().regex(/^[a-z]+$/)),
  namespaced: z.boolean(),
  category: z.enum(CATEGORIES),
  ko: z.object({ name: z.string().min(1), summary: z.string().min(1) }),
  en: z.object({ summary: z.string().min(1) }),
  removed: z.array(removedVersion).default([]),
  example: z.string().min(1),
});

export type KindFile = z.infer<typeof kindFileSchema>;
export type RemovedVersion = z.infer<typeof removedVersion>;

/**
 * One curated bundled-CRD kind file (content/crd-kinds/<project-id>/<lowercased kind>.<group>.yaml):
 * the facts the projects' npm packages do not carry (plural, short names, scope: read from the upstream
 * CRD of the pinned release) and the ko/en summary and example. Which versions are bundled comes from
 * the generated data (src/lib/k8s/generated/crds/), never from the file.
 */
export const crdKindFileSchema = z.object({
  kind: z.string().regex(/^[A-Z][A-Za-z0-9]+$/),
  group: z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*\.[a-z]+$/),
  preferredVersion: z.string().regex(/^v\d+((alpha|beta)\d+)?$/),
  plural: z.string().regex(/^[a-z0-9]+$/),
  shortNames: z.array(z.string().regex(/^[a-z0-9]+$/)),
  namespaced: z.boolean(),
  ko: z.object({ summary: z.string().min(1) }).strict(),
  en: z.object({ summary: z.string().min(1) }).strict(),
  example: z.string().min(1),
}).strict();

export type CrdKindFile = z.infer<typeof crdKindFileSchema>;
