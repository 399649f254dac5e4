// Reads the JSON reports written by vitest and Playwright under CI and prints one plain line per suite:
// "unit: N passed, N failed" and "e2e: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const unit = read('.ci/results/unit.json');
if (unit) {
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numPendingTests + unit.numTodoTests} skipped`);
} else {
  console.log('unit: did not run (an earlier step failed)');
}

const e2e = read('.ci/results/e2e.json');
if (e2e) {
  const s = e2e.stats;
  const errors = (e2e.errors ?? []).length;
  console.log(`e2e: ${s.expected + s.flaky} passed, ${s.unexpected + errors} failed, ${s.skipped} skipped`);
} else {
  console.log('e2e: did not run (an earlier step failed)');
}
