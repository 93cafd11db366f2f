// Turns what each test tool reported into passed/failed counts for the one summary line of
// `npm test`. A run must not be able to look green when it was not: a tool that exited non-zero, a
// report that says success: false, a missing report, a test file that could not load, and tests that
// did not run (skipped, pending, todo) all count as failures.

/** One failure for a tool whose exit status or report says it failed when no test of it did. */
function unexplained(failed, status, success) {
  return failed === 0 && (status !== 0 || success === false) ? 1 : 0;
}

/**
 * Totals of a Vitest JSON report (`--reporter=json`), given the process's exit status. `report` is
 * null when no report was written.
 */
export function vitestTotals(report, status) {
  if (!report) return { passed: 0, failed: 1, notes: [`vitest wrote no report (exit status ${status})`] };
  const notes = [];
  // a file that threw while loading has status "failed" and no failed test of its own
  const unloaded = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  );
  for (const file of unloaded) notes.push(`${file.name}: the file failed outside its tests: ${String(file.message ?? '').split('\n')[0]}`);
  const notRun = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (notRun > 0) notes.push(`${notRun} test(s) skipped, pending or todo: a test that does not run is not a pass`);
  let failed = (report.numFailedTests ?? 0) + unloaded.length + notRun;
  const extra = unexplained(failed, status, report.success);
  if (extra) notes.push(`vitest exited with status ${status}${report.success === false ? ' and reported success: false' : ''} (for example an unhandled error)`);
  failed += extra;
  return { passed: report.numPassedTests ?? 0, failed, notes };
}

/** Totals of a Playwright JSON report (reporter "json"), given the process's exit status. */
export function playwrightTotals(report, status) {
  if (!report?.stats) return { passed: 0, failed: 1, notes: [`playwright wrote no report (exit status ${status})`] };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const notes = [];
  // a test that did not run (skipped, or not reached after a failure in serial mode) is not a pass
  if (skipped > 0) notes.push(`${skipped} end-to-end test(s) skipped`);
  const errors = report.errors?.length ?? 0;
  if (errors > 0) notes.push(`${errors} error(s) outside the tests (configuration, web server, a file that did not load)`);
  let failed = unexpected + skipped + errors;
  const extra = unexplained(failed, status);
  if (extra) notes.push(`playwright exited with status ${status}`);
  failed += extra;
  return { passed: expected + flaky, failed, notes };
}
