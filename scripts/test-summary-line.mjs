// The closing line of `npm test` over both runners, with the reasons suites were skipped for.

const REASON = /\(skipped: ([^)]+)\)/;

/** Skipped vitest tests counted by the reason their suite's name gives ("… (skipped: no build)"). */
function skipReasons(vitest) {
  const counts = new Map();
  for (const file of vitest.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== "skipped" && test.status !== "pending") continue;
      const reason = REASON.exec([...(test.ancestorTitles ?? []), test.title].join(" "))?.[1];
      if (reason) for (const part of reason.split(", ")) counts.set(part, (counts.get(part) ?? 0) + 1);
    }
  }
  return [...counts].map(([reason, n]) => `${n} skipped: ${reason}`);
}

/** "N passed, N failed, N skipped", then why, when the suites said. */
export function summaryLine(vitest, playwright) {
  const passed = vitest.numPassedTests + (playwright.stats.expected ?? 0);
  const failed = vitest.numFailedTests + (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0);
  const skipped = vitest.numPendingTests + vitest.numTodoTests + (playwright.stats.skipped ?? 0);
  const reasons = skipReasons(vitest);
  return `${passed} passed, ${failed} failed, ${skipped} skipped${reasons.length ? ` (${reasons.join("; ")})` : ""}`;
}

export function hasFailures(vitest, playwright) {
  return vitest.numFailedTests + (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0) > 0;
}
