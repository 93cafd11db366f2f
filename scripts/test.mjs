// `npm test`: builds the site, runs the unit and build checks (Vitest) and the end-to-end tests
// (Playwright in Debian's Chromium), then prints one line with the real totals: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath } from '../tests/chromium.mjs';
import { playwrightTotals, vitestTotals } from './lib/test-totals.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// Results of an earlier run must never stand in for this one's.
const reports = { unit: 'test-results/unit.json', site: 'test-results/e2e-site.json', timing: 'test-results/e2e-timing.json' };
for (const file of Object.values(reports)) rmSync(file, { force: true });
mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
const notes = [];
function count(totals) {
  passed += totals.passed;
  failed += totals.failed;
  notes.push(...totals.notes);
}

// The end-to-end tests need a Chromium. As root on Debian we install it; elsewhere we stop and
// say how to get one.
function ensureChromium() {
  try {
    return chromiumPath();
  } catch (error) {
    const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
    if (canInstall) {
      console.log('No Chromium found: installing Debian packages chromium and fonts-noto-cjk...');
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { DEBIAN_FRONTEND: 'noninteractive' });
      try {
        return chromiumPath();
      } catch {
        // fall through to the message
      }
    }
    console.error(String(error instanceof Error ? error.message : error));
    return null;
  }
}
if (ensureChromium() === null) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (!process.env.SKIP_BUILD || !existsSync('dist/index.html')) {
  if (run('npm', ['run', 'build', '--silent']) !== 0) {
    console.error('The site did not build; no test was run.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

// TypeScript strict over every .ts module (src, tests, scripts): one check in the count.
console.log('Type-checking (tsc --noEmit)...');
if (run(bin('tsc'), ['--noEmit', '-p', '.']) === 0) passed += 1;
else failed += 1;

const unitStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports.unit}`]);
count(vitestTotals(readJson(reports.unit), unitStatus));

// The site's tests in parallel, then the timed ones alone (see playwright.config.ts).
for (const [project, workers] of [['site', '2'], ['timing', '1']]) {
  const file = reports[project];
  const status = run(bin('playwright'), ['test', `--project=${project}`, `--workers=${workers}`], { PW_REPORTER: 'json', PW_JSON_FILE: file });
  count(playwrightTotals(readJson(file), status));
}

for (const note of notes) console.log(`counted as failed: ${note}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
