// Page weight of a built site: per page, the JavaScript loaded before interaction (script src,
// modulepreload and every static import they reach), the JavaScript a page may load later (every
// module its scripts reach through dynamic imports: islands, search), the CSS (stylesheets and
// inline styles) and the HTML, each gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse as parseImports } from 'es-module-lexer';
import { htmlPages, textOf, walkElements } from './html.mjs';

// Every page, islands or not, loads at most 6 KB of script before interaction: an island's own
// code must arrive through a dynamic import. What arrives later has a budget of its own, so a lazy
// chunk cannot grow unseen either.
// A chunk that a worker imports dynamically (the validator's data for one bundled CRD project) is
// fetched only when the input needs it, so it is held to a budget of its own instead of being
// added to what every use of the page loads.
// On demand: 288 KB. The CEL engine is such a chunk now (cel/engine.ts, 25.5 KB), which took the
// validator page from 302 to 277 KB (the worker 158 -> 134 KB, the editor 116 KB); 256 KB needs more
// out of the worker (the rules' docs texts, which only the rules page and the command line read).
export const budgets = { jsGzip: 6 * 1024, lazyJsGzip: 288 * 1024, inputChunkGzip: 32 * 1024, cssGzip: 12 * 1024 };
// Runtimes of UI frameworks; the site uses none, so any of these in a page's JS is dead weight.
const frameworkMarkers = [
  ['react', /react-dom|__SECRET_INTERNALS|reactjs\.org\/docs\/error-decoder/],
  ['preact', /__PREACT_DEVTOOLS__|preact\/hooks/],
  ['vue', /__VUE_OPTIONS_API__|__vue_app__/],
  ['svelte', /svelte\/internal|__svelte/],
  ['solid', /solid-js\/web|_\$HY/],
];

const workerUrl = /new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*([`'"])([^`'"]+)\1/g;
const gz = (text) => gzipSync(text, { level: 6 }).length;

export async function measureSite(dist) {
  await init;
  const fileCache = new Map();
  const read = (sitePath) => {
    if (!fileCache.has(sitePath)) fileCache.set(sitePath, readFileSync(join(dist, sitePath.split('?')[0])));
    return fileCache.get(sitePath);
  };

  /**
   * The site paths a module imports, statically or dynamically (d !== -1: a dynamic import). A Web
   * Worker's script (Vite writes `new Worker(new URL("/_astro/…", import.meta.url))`) counts as dynamic.
   */
  const importsOf = (entry, dynamic) => {
    const text = read(entry).toString('utf8');
    const [imports] = parseImports(text);
    const local = (specifier) => specifier && (specifier.startsWith('.') || specifier.startsWith('/'));
    const found = imports.filter((item) => (item.d !== -1) === dynamic && local(item.n)).map((item) => item.n);
    if (dynamic) for (const match of text.matchAll(workerUrl)) if (local(match[2])) found.push(match[2]);
    return found.map((specifier) => new URL(specifier, `http://x${entry}`).pathname);
  };
  /** A module and every module it imports statically, as site paths. */
  const staticGraph = (entry, seen) => {
    if (seen.has(entry)) return;
    seen.add(entry);
    for (const next of importsOf(entry, false)) staticGraph(next, seen);
  };
  /** The site paths of the Web Workers a module starts. */
  const workersOf = (entry) => {
    const text = read(entry).toString('utf8');
    return [...text.matchAll(workerUrl)].map((match) => new URL(match[2], `http://x${entry}`).pathname);
  };
  /**
   * Every module reachable from the eager ones through a dynamic import, and what those import
   * (`lazy`); apart from them, each chunk a worker's code imports dynamically, with what it imports
   * (`inputChunks`: entry → its modules).
   */
  const lazyGraph = (eager) => {
    const lazy = new Set();
    const inWorker = new Set();
    const inputChunks = new Map();
    const queue = [...eager];
    while (queue.length > 0) {
      const module = queue.pop();
      const workers = new Set(workersOf(module));
      for (const next of importsOf(module, true)) {
        const reached = new Set();
        staticGraph(next, reached);
        const fromWorkerCode = inWorker.has(module) && !workers.has(next);
        if (fromWorkerCode) {
          const chunk = [...reached].filter((found) => !eager.has(found) && !lazy.has(found));
          if (!inputChunks.has(next)) inputChunks.set(next, chunk);
          for (const found of chunk) if (!inWorker.has(found)) { inWorker.add(found); queue.push(found); }
          continue;
        }
        for (const found of reached) {
          if (workers.has(next) || inWorker.has(module)) inWorker.add(found);
          if (eager.has(found) || lazy.has(found)) continue;
          lazy.add(found);
          queue.push(found);
        }
      }
    }
    for (const entry of inputChunks.keys()) if (lazy.has(entry)) inputChunks.delete(entry);
    return { lazy, inputChunks };
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
    const { lazy, inputChunks } = lazyGraph(scripts);
    const jsText = [...scripts, ...lazy].map((s) => read(s).toString('utf8')).join('\n');
    const frameworks = frameworkMarkers.filter(([, marker]) => marker.test(jsText)).map(([name]) => name);
    pages.push({
      path,
      islands,
      htmlGzip: gz(html),
      jsGzip: [...scripts].reduce((sum, s) => sum + gz(read(s)), 0) + (inlineJs ? gz(inlineJs) : 0),
      lazyJsGzip: [...lazy].reduce((sum, s) => sum + gz(read(s)), 0),
      inputChunks: [...inputChunks].map(([entry, modules]) => ({ entry, gzip: modules.reduce((sum, s) => sum + gz(read(s)), 0) })),
      cssGzip: [...styles].reduce((sum, s) => sum + gz(read(s)), 0) + (inlineCss ? gz(inlineCss) : 0),
      scripts: [...scripts],
      lazyScripts: [...lazy],
      frameworks,
    });
  }
  return pages;
}

/** Budget failures, as readable sentences. */
export function overBudget(pages) {
  const problems = [];
  for (const page of pages) {
    if (page.jsGzip > budgets.jsGzip)
      problems.push(`${page.path}: ${page.jsGzip} B of gzipped JavaScript before interaction (budget ${budgets.jsGzip} B)`);
    if (page.lazyJsGzip > budgets.lazyJsGzip)
      problems.push(`${page.path}: ${page.lazyJsGzip} B of gzipped JavaScript loaded on demand (budget ${budgets.lazyJsGzip} B)`);
    for (const chunk of page.inputChunks)
      if (chunk.gzip > budgets.inputChunkGzip)
        problems.push(`${page.path}: ${chunk.entry} is ${chunk.gzip} B of gzipped JavaScript a worker loads for some inputs (budget ${budgets.inputChunkGzip} B)`);
    if (page.cssGzip > budgets.cssGzip)
      problems.push(`${page.path}: ${page.cssGzip} B of gzipped CSS (budget ${budgets.cssGzip} B)`);
    if (page.frameworks.length > 0) problems.push(`${page.path}: ships a UI framework runtime (${page.frameworks.join(', ')})`);
  }
  return problems;
}
