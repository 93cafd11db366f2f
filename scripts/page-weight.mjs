// `npm run size`: prints the page weight of the built site and fails when a page is over budget.
import { measureSite, overBudget } from './lib/page-weight.mjs';

const dist = process.argv[2] ?? 'dist';
const pages = await measureSite(dist);
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
console.log('   HTML     JS   LAZY    CSS  (KB gzipped; LAZY: loaded on demand)  page');
for (const page of pages) console.log(`${kb(page.htmlGzip)} ${kb(page.jsGzip)} ${kb(page.lazyJsGzip)} ${kb(page.cssGzip)}  ${page.path}${page.islands ? '  [islands]' : ''}`);
const sorted = (key) => pages.map((p) => p[key]).sort((a, b) => a - b);
const median = (key) => sorted(key)[Math.floor(pages.length / 2)];
console.log(`${pages.length} pages; median HTML ${kb(median('htmlGzip'))} KB, JS ${kb(median('jsGzip'))} KB, CSS ${kb(median('cssGzip'))} KB; max JS ${kb(Math.max(...sorted('jsGzip')))} KB, max on demand ${kb(Math.max(...sorted('lazyJsGzip')))} KB`);
const chunks = new Map(pages.flatMap((page) => page.inputChunks.map((chunk) => [chunk.entry, chunk.gzip])));
if (chunks.size > 0) console.log(`${chunks.size} chunks a worker loads for some inputs only; largest ${kb(Math.max(...chunks.values())).trim()} KB: ${[...chunks].map(([entry, gzip]) => `${entry.split('/').pop()} ${kb(gzip).trim()}`).join(', ')}`);
const problems = overBudget(pages);
for (const problem of problems) console.error(`over budget: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
