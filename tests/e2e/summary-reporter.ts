// Ends the test output with one plain summary line over unit and browser tests:
// "tests: N passed, N failed, N skipped". Unit counts come from Vitest's JSON report when the
// test command passes its path in UNIT_RESULTS.
import { readFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

type VitestJson = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
};

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.passed += 1;
    else if (result.status === 'skipped') this.skipped += 1;
    else this.failed += 1;
  }

  onEnd(result: FullResult): void {
    let { passed, failed, skipped } = this;
    const unitPath = process.env.UNIT_RESULTS;
    if (unitPath) {
      const unit = JSON.parse(readFileSync(unitPath, 'utf8')) as VitestJson;
      console.log(
        `unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed · e2e: ${passed} passed, ${failed} failed`,
      );
      passed += unit.numPassedTests;
      failed += unit.numFailedTests;
      skipped += unit.numPendingTests + unit.numTodoTests;
    }
    if (result.status !== 'passed' && failed === 0) failed = 1;
    console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
