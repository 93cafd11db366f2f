// Builds the Pagefind search index after `astro build`.
//
// 1. The documents: every built page with data-pagefind-body, as it is, except long reference
//    pages, which are indexed in parts (src/lib/search/documents.ts says why). They are written to
//    .search-documents/ and the index goes to dist/pagefind/; dist gets no extra pages.
// 2. The index chunk size: Pagefind loads one chunk of the word index per query word, and by
//    default a chunk holds 20,000 word positions (about 39 KB gzipped here: a third of the 120 KB
//    a first search may fetch). 2,000 positions make chunks of about 4 KB; the meta file that lists
//    them grows by 1 KB. Pagefind 1.6 reads the size from this variable only (it calls it unstable,
//    so the package is pinned and tests/build/search-index.test.ts checks the chunks it makes).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchDocuments } from '../src/lib/search/documents.ts';
import { htmlPages } from './lib/html.mjs';

export const INDEX_CHUNK_SIZE = 2000;

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const documents = join(root, '.search-documents');

rmSync(documents, { recursive: true, force: true });
let pages = 0;
let written = 0;
for (const [path, url] of htmlPages(dist)) {
  if (url.startsWith('/pagefind/')) continue;
  const file = url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
  const docs = searchDocuments(readFileSync(path, 'utf8'), file, url);
  if (docs.length > 0) pages += 1;
  for (const doc of docs) {
    const target = join(documents, doc.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, doc.html);
    written += 1;
  }
}
console.log(`search documents: ${written} from ${pages} pages`);

const bin = join(root, 'node_modules', '.bin', 'pagefind');
const run = spawnSync(bin, ['--site', documents, '--output-path', join(dist, 'pagefind'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) },
});
process.exit(run.status ?? 1);
