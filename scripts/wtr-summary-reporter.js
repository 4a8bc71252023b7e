// A @web/test-runner reporter that ends each test run with one plain line:
//
//   unit: 12 passed, 0 failed
//   unit: 11 passed, 1 failed, 2 skipped
//
// scripts/test.js reads that line to add the unit tests to its overall total, and CI reads the
// "N passed, N failed" shape, so keep it exactly like this and alone on its line.

/** Counts the tests of a suite and of its sub-suites. */
export function countSuite(suite, counts = { passed: 0, failed: 0, skipped: 0 }) {
  if (!suite) return counts;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
  return counts;
}

/**
 * Counts across sessions (one per test file and browser). An error outside any test (a file that fails
 * to load, a test run that times out, an uncaught error) counts as a failed test; so does a session that
 * failed without saying why, so a broken file can never leave the line at "0 failed".
 */
export function countSessions(sessions) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions ?? []) {
    const counts = countSuite(session.testResults);
    const errors = session.errors?.length ?? 0;
    counts.failed += errors;
    if (session.passed === false && counts.failed === 0) counts.failed = 1;
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return total;
}

export function formatSummary({ passed, failed, skipped }, label = 'unit') {
  return `${label}: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/** @returns {import('@web/test-runner').Reporter} */
export function plainSummaryReporter({ label = 'unit' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      // WTR routes console output through its terminal, which keeps this line whole and on its own.
      console.log(`\n${formatSummary(countSessions(sessions), label)}`);
    },
  };
}

export default plainSummaryReporter;
