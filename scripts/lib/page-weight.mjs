// Page weight of a built site: per page, the JavaScript loaded before interaction (script src,
// modulepreload and every static import they reach), the CSS (stylesheets and inline styles) and
// the HTML, each gzipped. Dynamic imports are lazy and not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse as parseImports } from 'es-module-lexer';
import { htmlPages, textOf, walkElements } from './html.mjs';

export const budgets = { jsGzip: 6 * 1024, cssGzip: 12 * 1024 };
// Runtimes of UI frameworks; the site uses none, so any of these in a page's JS is dead weight.
const frameworkMarkers = [
  ['react', /react-dom|__SECRET_INTERNALS|reactjs\.org\/docs\/error-decoder/],
  ['preact', /__PREACT_DEVTOOLS__|preact\/hooks/],
  ['vue', /__VUE_OPTIONS_API__|__vue_app__/],
  ['svelte', /svelte\/internal|__svelte/],
  ['solid', /solid-js\/web|_\$HY/],
];

const gz = (text) => gzipSync(text, { level: 6 }).length;

export async function measureSite(dist) {
  await init;
  const fileCache = new Map();
  const read = (sitePath) => {
    if (!fileCache.has(sitePath)) fileCache.set(sitePath, readFileSync(join(dist, sitePath.split('?')[0])));
    return fileCache.get(sitePath);
  };

  /** A module and every module it imports statically, as site paths. */
  const staticGraph = (entry, seen) => {
    if (seen.has(entry)) return;
    seen.add(entry);
    const [imports] = parseImports(read(entry).toString('utf8'));
    for (const item of imports) {
      if (item.d !== -1 || !item.n) continue; // d !== -1: a dynamic import, loaded lazily
      if (!item.n.startsWith('.') && !item.n.startsWith('/')) continue;
      staticGraph(new URL(item.n, `http://x${entry}`).pathname, seen);
    }
  };

  const pages = [];
  for (const [file, path] of htmlPages(dist)) {
    const html = readFileSync(file, 'utf8');
    const scripts = new Set();
    const styles = new Set();
    let inlineJs = '';
    let inlineCss = '';
    let islands = false;
    walkElements(html, (tag, attrs, node) => {
      if (tag === 'script' && attrs.src?.startsWith('/')) staticGraph(new URL(attrs.src, 'http://x').pathname, scripts);
      else if (tag === 'script' && !attrs.src && (!attrs.type || attrs.type === 'module')) inlineJs += textOf(node);
      else if (tag === 'link' && attrs.rel === 'modulepreload' && attrs.href?.startsWith('/')) staticGraph(attrs.href, scripts);
      else if (tag === 'link' && attrs.rel === 'stylesheet' && attrs.href?.startsWith('/')) styles.add(attrs.href);
      else if (tag === 'style') inlineCss += textOf(node);
      else if (tag === 'astro-island' || attrs['data-island'] !== undefined) islands = true;
    });
    const jsText = [...scripts].map((s) => read(s).toString('utf8')).join('\n');
    const frameworks = frameworkMarkers.filter(([, marker]) => marker.test(jsText)).map(([name]) => name);
    pages.push({
      path,
      islands,
      htmlGzip: gz(html),
      jsGzip: [...scripts].reduce((sum, s) => sum + gz(read(s)), 0) + (inlineJs ? gz(inlineJs) : 0),
      cssGzip: [...styles].reduce((sum, s) => sum + gz(read(s)), 0) + (inlineCss ? gz(inlineCss) : 0),
      scripts: [...scripts],
      frameworks,
    });
  }
  return pages;
}

/** Budget failures, as readable sentences. */
export function overBudget(pages) {
  const problems = [];
  for (const page of pages) {
    if (!page.islands && page.jsGzip > budgets.jsGzip)
      problems.push(`${page.path}: ${page.jsGzip} B of gzipped JavaScript before interaction (budget ${budgets.jsGzip} B)`);
    if (page.cssGzip > budgets.cssGzip)
      problems.push(`${page.path}: ${page.cssGzip} B of gzipped CSS (budget ${budgets.cssGzip} B)`);
    if (page.frameworks.length > 0) problems.push(`${page.path}: ships a UI framework runtime (${page.frameworks.join(', ')})`);
  }
  return problems;
}
