// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { CODE_THEMES } from './src/lib/markdown/code-frame-html.ts';
import { rehypeCodeFrame } from './src/lib/markdown/rehype-code-frame.ts';
import { rehypePageParts } from './src/lib/markdown/rehype-page-parts.ts';
import { remarkCodeMeta } from './src/lib/markdown/remark-code-meta.ts';
import { remarkMermaid } from './src/lib/markdown/remark-mermaid.ts';
import { remarkReleaseLinks } from './src/lib/markdown/remark-release-links.ts';
import { shikiMetaTransformer } from './src/lib/markdown/shiki-meta-transformer.ts';

// The canonical origin. Set SITE_URL when deploying; the default keeps a local build self-consistent.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // remark/rehype plugins (diagrams, code frames) need the unified processor; Astro 7's default
  // Sätteri does not run them.
  markdown: {
    processor: unified({ remarkPlugins: [remarkMermaid, remarkCodeMeta, remarkReleaseLinks], rehypePlugins: [rehypeCodeFrame, rehypePageParts] }),
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: false,
      transformers: [shikiMetaTransformer],
    },
  },
  integrations: [mdx()],
  vite: {
    // Every script stays an external file so the Content-Security-Policy can stay 'self' without
    // per-page hashes of inlined modules.
    build: { assetsInlineLimit: 0 },
    // The validator's worker is a module worker, so its dynamic imports (each bundled project's CRD
    // data) stay chunks of their own, fetched only when a paste names that project; the default
    // 'iife' format would inline all of them into the worker.
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
});
