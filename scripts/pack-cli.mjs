// `npm run pack:cli`: the command line as a package of its own. esbuild bundles src/lib/validator/cli/main.ts
// (the same core the page runs) into one CommonJS file for Node >= 20, dist/core.js, with the API data and
// the bundled projects' CRD data built in as JSON text; the command, dist/kube-field-guide.js, runs it
// through V8's code cache (scripts/cli-loader.cjs). Then `npm pack` makes the tarball. The last line
// printed is the tarball's path relative to the repository root.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { build } from 'esbuild';
import { packSchema } from '../src/lib/validator/cli/packed-schema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'packages/cli');
const dist = join(pkgDir, 'dist');
const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
// the API data, each type as JSON text of its own, parsed when a check first reads it (cli/packed-schema.ts)
const schema = packSchema(JSON.parse(readFileSync(join(root, 'src/lib/k8s/generated/schema.json'), 'utf8')));
// the bundled projects' CRD data (src/lib/k8s/generated/crds/): the index as JSON text, each project as its
// JSON text Brotli-compressed in base64 (about 70 KB in all instead of nearly 1 MB that every run would
// read and scan), so a run unpacks and parses only the projects its inputs name (cli/bundled-crds.ts);
// the tarball needs no network
const crdsDir = join(root, 'src/lib/k8s/generated/crds');
const minified = (name) => JSON.stringify(JSON.parse(readFileSync(join(crdsDir, `${name}.json`), 'utf8')));
const brotli = (text) => brotliCompressSync(text, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).toString('base64');
const crds = {
  index: minified('index'),
  projects: Object.fromEntries(JSON.parse(minified('index')).projects.map((project) => [project.id, brotli(minified(project.id))])),
};

// the older releases' API data: each delta against the newest as JSON text (about 125 KB in all), parsed
// only when a run checks against that release (cli/node-io.ts)
const releasesDir = join(root, 'src/lib/k8s/generated/releases');
const releases = Object.fromEntries(readdirSync(releasesDir).filter((name) => name.endsWith('.json'))
  .map((name) => [name.replace(/\.json$/, ''), JSON.stringify(JSON.parse(readFileSync(join(releasesDir, name), 'utf8')))]));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: [join(root, 'src/lib/validator/cli/main.ts')],
  outfile: join(dist, 'core.js'),
  bundle: true,
  platform: 'node',
  // CommonJS, not ESM: Node loads a CommonJS file without the ESM loader's module job and without the
  // namespace facade it builds for each imported built-in (importing node:fs that way loads its streams
  // too); one small file checks about 13 ms sooner on Node 20 (bench:validator, whole process)
  format: 'cjs',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  define: {
    KFG_VERSION: JSON.stringify(version),
    // the origin the rule links use: SITE_URL at build time, as for the site's canonical links
    KFG_SITE_URL: JSON.stringify((process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '')),
    KFG_SCHEMA: JSON.stringify(schema),
    KFG_CRDS: JSON.stringify(crds),
    KFG_RELEASES: JSON.stringify(releases),
  },
  // node-io.ts finds the API data through import.meta only when it is not built in, never in the bundle
  logOverride: { 'empty-import-meta': 'silent' },
  logLevel: 'warning',
});
// One-byte source: esbuild leaves a few non-ASCII characters in regular expressions (µs, ’, »), which
// make V8 hold the whole megabyte as a two-byte string and Node decode it on the slow path. Written as
// \uXXXX escapes (valid in strings, templates and regular expressions alike) a small file checks about
// 7 ms sooner (wall-clock medians of 31 runs, Node 20, load 1.3: 144.7 and 141.6 ms against 152.9 and 151.0; node -e 0 96.8)
// (each UTF-16 unit on its own, so a character outside the BMP becomes its surrogate pair)
const escaped = readFileSync(join(dist, 'core.js'), 'utf8')
  .replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(join(dist, 'core.js'), escaped);
// the command: the loader, with the bundle's hash in the name of its code cache. The loader compiles the
// bundle with vm.Script, which has no module loader for import() on Node 20: the bundle must not use it
const core = readFileSync(join(dist, 'core.js'));
if (core.includes('import(')) throw new Error('dist/core.js calls import(), which the loader (vm.Script) cannot serve on Node 20');
const coreHash = createHash('sha256').update(core).digest('hex').slice(0, 16);
const loader = readFileSync(join(root, 'scripts/cli-loader.cjs'), 'utf8');
if (!loader.includes("'__CORE_HASH__'")) throw new Error('scripts/cli-loader.cjs has no __CORE_HASH__ to fill in');
writeFileSync(join(dist, 'kube-field-guide.js'), loader.replace("'__CORE_HASH__'", `'${coreHash}'`));
chmodSync(join(dist, 'kube-field-guide.js'), 0o755);
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dist], { cwd: pkgDir, encoding: 'utf8' }));
console.log(`bundle: ${relative(root, join(dist, 'kube-field-guide.js'))}`);
console.log(relative(root, join(dist, packed[0].filename)));
