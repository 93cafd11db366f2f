// `npm run bench:validator`: how fast the validator core is, in plain Node (as the CLI and the
// page's worker run it). Prints figures; budgets are read by people, not asserted by unit tests.
//   - a paste of 1,000 documents mixed from the guide's example manifests: documents per second,
//     and the ratio of validate() to js-yaml's loadAll alone on the same text (targets >= 5,000/s, <= 3);
//   - re-checking one ~300-line manifest, as the page does while the reader types: median ms (target <= 10).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { ApiSchema } from '../src/lib/k8s/types.ts';
import { codeFences } from '../src/lib/markdown/code-fences.ts';
import { validate } from '../src/lib/validator/index.ts';

const schema = JSON.parse(readFileSync('src/lib/k8s/generated/schema.json', 'utf8')) as ApiSchema;

const documents = readdirSync('content', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
  .flatMap((entry) => codeFences(readFileSync(join(entry.parentPath, entry.name), 'utf8')))
  .filter((fence) => fence.lang === 'yaml' && fence.role === 'manifest')
  .flatMap((fence) => fence.code.split(/^---\s*$/m).map((doc) => doc.trim()).filter(Boolean));

const paste = Array.from({ length: 1000 }, (_, i) => documents[i % documents.length]).join('\n---\n');

const time = (run: () => void): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

// warm up the JIT, then interleave the two measurements so machine noise hits both alike
for (let i = 0; i < 3; i += 1) {
  validate(paste, { schema });
  yaml.loadAll(paste);
}
const ours: number[] = [];
const baseline: number[] = [];
let checked = 0;
for (let i = 0; i < 15; i += 1) {
  const text = `${paste}\n# run ${i}`;
  ours.push(time(() => (checked = validate(text, { schema }).documents.length)));
  baseline.push(time(() => yaml.loadAll(paste)));
}

// the as-you-type case: one manifest of about 300 lines
const lines = (text: string) => text.split('\n').length;
let manifest = '';
for (const doc of [...documents].sort((a, b) => lines(b) - lines(a))) {
  if (lines(manifest) >= 300) break;
  manifest += (manifest ? '\n---\n' : '') + doc;
}
const retype: number[] = [];
// each run sees a different text (a keystroke's worth of change), so no cache can answer it
for (let i = 0; i < 200; i += 1) {
  const typed = manifest.replace('name:', `name${i % 2 === 0 ? '' : ' '}:`);
  retype.push(time(() => validate(`${typed}\n# ${i}`, { schema })));
}

const ms = median(ours);
const report = {
  sourceManifests: documents.length,
  documents: checked,
  pasteBytes: paste.length,
  validateMedianMs: +ms.toFixed(1),
  loadAllMedianMs: +median(baseline).toFixed(1),
  documentsPerSecond: Math.round((checked / ms) * 1000),
  ratioToLoadAll: +(ms / median(baseline)).toFixed(2),
  recheckLines: lines(manifest),
  recheckMedianMs: +median(retype).toFixed(2),
};
console.log(`validator: ${report.documents} documents (${(report.pasteBytes / 1024).toFixed(0)} KB) in ${report.validateMedianMs} ms median -> ${report.documentsPerSecond} documents/s (target >= 5000)`);
console.log(`js-yaml loadAll alone: ${report.loadAllMedianMs} ms -> ratio ${report.ratioToLoadAll} (target <= 3)`);
console.log(`re-check of a ${report.recheckLines}-line manifest: ${report.recheckMedianMs} ms median (target <= 10)`);
console.log(JSON.stringify(report));
