// The totals `npm test` prints. The probes run real Vitest processes on suites that fail in the ways
// a green summary used to hide (tests/fixtures/runner), and the totals must count each as failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { playwrightTotals, vitestTotals } from '../../../scripts/lib/test-totals.mjs';

const out = mkdtempSync(join(tmpdir(), 'kfg-probe-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * Runs Vitest on the named files as `npm test` runs the real suite (the probe suites by default);
 * returns its report and exit status.
 */
function probe(files: string[], config = 'tests/fixtures/runner/vitest.config.ts', env: Record<string, string> = {}): { report: unknown; status: number } {
  const report = join(out, `${files.join('+').replaceAll('/', '_')}.json`);
  const result = spawnSync(
    'node_modules/.bin/vitest',
    ['run', '--config', config, '--reporter=json', `--outputFile.json=${report}`, ...files],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', ...env } },
  );
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    // no report: the totals must count that too
  }
  return { report: parsed, status: result.status ?? 1 };
}

describe('Vitest probes', () => {
  it('a passing test that leaves an unhandled rejection fails the run', () => {
    const { report, status } = probe(['unhandled.probe.ts']);
    expect(status).not.toBe(0);
    const totals = vitestTotals(report, status);
    expect(totals.passed).toBe(1);
    expect(totals.failed).toBe(1);
    expect(totals.notes.join('\n')).toMatch(/exited with status/);
  });

  it('a file that throws while loading counts even when another test fails too', () => {
    const { report, status } = probe(['throws-on-load.probe.ts', 'one-failing.probe.ts']);
    const totals = vitestTotals(report, status);
    expect(totals).toMatchObject({ passed: 1, failed: 2 });
    expect(totals.notes.join('\n')).toMatch(/throws-on-load\.probe\.ts: the file failed outside its tests/);
  });

  it('skipped and todo tests count as failed', () => {
    const { report, status } = probe(['not-run.probe.ts']);
    expect(vitestTotals(report, status)).toMatchObject({ passed: 1, failed: 2 });
  });
});

describe('build checks without a build', () => {
  it('a missing search index fails the search-index checks instead of skipping them', () => {
    const dist = join(out, 'dist-without-search');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
    const { report, status } = probe(['tests/build/search-index.test.ts'], 'vitest.config.ts', { KFG_DIST: dist });
    const totals = vitestTotals(report, status);
    expect(totals.passed).toBe(0);
    expect(totals.failed).toBeGreaterThan(0);
    expect(totals.notes.join('\n')).toMatch(/pagefind-entry\.json is missing/);
  });

  it('a missing site fails every build check file', () => {
    const { report, status } = probe(['tests/build/'], 'vitest.config.ts', { KFG_DIST: join(out, 'no-such-dist') });
    const totals = vitestTotals(report, status);
    expect(totals.passed).toBe(0);
    expect(totals.failed).toBeGreaterThanOrEqual(9);
  });
});

describe('totals from reports', () => {
  const green = { success: true, numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [] };

  it('a clean report with exit status 0 is all passed', () => {
    expect(vitestTotals(green, 0)).toEqual({ passed: 5, failed: 0, notes: [] });
  });

  it('success: false or a non-zero exit fails a report that names no failing test', () => {
    expect(vitestTotals({ ...green, success: false }, 0).failed).toBe(1);
    expect(vitestTotals(green, 1).failed).toBe(1);
  });

  it('a missing report is a failure', () => {
    expect(vitestTotals(null, 0).failed).toBe(1);
    expect(playwrightTotals(null, 0).failed).toBe(1);
  });

  it('Playwright: skipped tests, errors outside tests and a non-zero exit count as failed', () => {
    const stats = { expected: 10, unexpected: 0, flaky: 0, skipped: 0 };
    expect(playwrightTotals({ stats, errors: [] }, 0)).toEqual({ passed: 10, failed: 0, notes: [] });
    expect(playwrightTotals({ stats: { ...stats, skipped: 2 } }, 0).failed).toBe(2);
    expect(playwrightTotals({ stats, errors: [{ message: 'webServer' }] }, 1).failed).toBe(1);
    expect(playwrightTotals({ stats }, 1).failed).toBe(1);
  });
});
