import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/html.mjs';
import { apiSchema } from '../../src/lib/k8s/api-schema.ts';
import { dist } from './site.ts';

it('every page footer names the Kubernetes version of the generated API data', () => {
  const pages = htmlPages(dist).filter(([, path]) => path !== '/');
  expect(pages.length).toBeGreaterThan(100);
  const version = `v${apiSchema.kubernetesVersion}`;
  const missing = pages.filter(([file]) => {
    const footer = /<footer class="site-footer">([\s\S]*?)<\/footer>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    return !footer.includes(version);
  });
  expect(missing.map(([, path]) => path)).toEqual([]);
});
