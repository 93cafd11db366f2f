import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// One MDX file per page and language: content/ko/guide/pods.mdx and content/en/guide/pods.mdx
// are the same page. The entry id keeps the language prefix ("ko/guide/pods").
const guide = defineCollection({
  loader: glob({ pattern: '{ko,en}/**/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    // position in the sidebar, ascending; pages without it sort last
    order: z.number().int(),
    sidebarLabel: z.string().optional(),
  }),
});

export const collections = { guide };
