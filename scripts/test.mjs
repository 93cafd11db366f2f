// `npm test`: builds the site, runs the unit and build checks (Vitest) and the end-to-end tests
// (Playwright in Debian's Chromium), then prints one line with the real totals: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath } from '../tests/chromium.mjs';

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

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;

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

run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0 ? unit.numFailedTestSuites : 0);
} else {
  failed += 1;
}

// The site's tests in parallel, then the timed ones alone (see playwright.config.ts).
for (const [project, workers] of [['site', '2'], ['timing', '1']]) {
  const file = `test-results/e2e-${project}.json`;
  run(bin('playwright'), ['test', `--project=${project}`, `--workers=${workers}`], { PW_REPORTER: 'json', PW_JSON_FILE: file });
  const e2e = readJson(file);
  if (e2e?.stats) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    // a test that did not run (skipped after a failure in serial mode) is not a pass
    failed += e2e.stats.unexpected + e2e.stats.skipped;
    if (e2e.errors?.length) failed += e2e.errors.length;
  } else {
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
