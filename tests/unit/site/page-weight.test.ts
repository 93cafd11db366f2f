// The page-weight check on small synthetic sites: an island page is held to the same eager budget
// as any page, and what it loads on demand (dynamic imports, workers) is measured and budgeted too.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { budgets, measureSite, overBudget } from '../../../scripts/lib/page-weight.mjs';

const sites: string[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) rmSync(site, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kfg-weight-'));
  sites.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** JavaScript that gzip cannot shrink below `bytes`: random bytes written as base64. */
const incompressible = (bytes: number) => `export const blob = "${randomBytes(bytes).toString('base64')}";\n`;

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

it('holds a page with an island to the eager budget', async () => {
  const dist = site({
    'index.html': page('<kfg-validator data-island="validator"></kfg-validator><script type="module" src="/_astro/island.js"></script>'),
    '_astro/island.js': `import './heavy.js';\n`,
    '_astro/heavy.js': incompressible(budgets.jsGzip + 2048),
  });
  const [measured] = await measureSite(dist);
  expect(measured?.islands).toBe(true);
  expect(measured?.jsGzip).toBeGreaterThan(budgets.jsGzip);
  expect(overBudget(await measureSite(dist))).toEqual([
    expect.stringMatching(/^\/: \d+ B of gzipped JavaScript before interaction \(budget 6144 B\)$/),
  ]);
});

it('counts dynamic imports and workers as loaded on demand, not eagerly', async () => {
  const dist = site({
    'index.html': page('<div data-island="x"></div><script type="module" src="/_astro/entry.js"></script>'),
    '_astro/entry.js': `document.body.onclick = () => import('./editor.js');\n`,
    '_astro/editor.js': `import './editor-core.js';\nnew Worker(new URL(\`/_astro/worker.js\`, import.meta.url), { type: 'module' });\n`,
    '_astro/editor-core.js': incompressible(4096),
    '_astro/worker.js': incompressible(4096),
  });
  const [measured] = await measureSite(dist);
  expect(measured?.scripts).toEqual(['/_astro/entry.js']);
  expect(measured?.lazyScripts.sort()).toEqual(['/_astro/editor-core.js', '/_astro/editor.js', '/_astro/worker.js']);
  expect(measured?.jsGzip).toBeLessThan(200);
  expect(measured?.lazyJsGzip).toBeGreaterThan(4096);
  expect(overBudget(await measureSite(dist))).toEqual([]);
});

it('fails a page whose on-demand JavaScript goes over its budget', async () => {
  const dist = site({
    'index.html': page('<script type="module" src="/_astro/entry.js"></script>'),
    '_astro/entry.js': `addEventListener('click', () => import('./big.js'));\n`,
    '_astro/big.js': incompressible(budgets.lazyJsGzip + 4096),
  });
  expect(overBudget(await measureSite(dist))).toEqual([expect.stringContaining('loaded on demand')]);
});

it('budgets a chunk that a worker imports for some inputs on its own, not in the on-demand sum', async () => {
  const files = (chunkBytes: number) => ({
    'index.html': page('<script type="module" src="/_astro/entry.js"></script>'),
    '_astro/entry.js': `addEventListener('click', () => new Worker(new URL(\`/_astro/worker.js\`, import.meta.url), { type: 'module' }));\n`,
    '_astro/worker.js': `onmessage = async (event) => { if (event.data.includes('istio')) await import('./istio.js'); };\n`,
    '_astro/istio.js': `import './istio-data.js';\n`,
    '_astro/istio-data.js': incompressible(chunkBytes),
  });
  const [small] = await measureSite(site(files(8192)));
  expect(small?.lazyScripts).toEqual(['/_astro/worker.js']);
  expect(small?.lazyJsGzip).toBeLessThan(500);
  expect(small?.inputChunks).toEqual([{ entry: '/_astro/istio.js', gzip: expect.any(Number) }]);
  expect(small?.inputChunks[0]?.gzip).toBeGreaterThan(8192);
  expect(overBudget([small!])).toEqual([]);
  const big = await measureSite(site(files(budgets.inputChunkGzip + 2048)));
  expect(overBudget(big)).toEqual([expect.stringMatching(/^\/: \/_astro\/istio\.js is \d+ B of gzipped JavaScript a worker loads for some inputs \(budget 32768 B\)$/)]);
});
