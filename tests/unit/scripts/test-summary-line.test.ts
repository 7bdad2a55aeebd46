import { describe, expect, it } from "vitest";
import { summaryLine } from "@/scripts/test-summary-line.mjs";

const vitest = (tests: { title: string; ancestorTitles: string[]; status: string }[]) => ({
  numPassedTests: tests.filter((t) => t.status === "passed").length,
  numFailedTests: tests.filter((t) => t.status === "failed").length,
  numPendingTests: tests.filter((t) => t.status === "skipped").length,
  numTodoTests: 0,
  testResults: [{ assertionResults: tests }],
});
const playwright = { stats: { expected: 3, unexpected: 0, flaky: 0, skipped: 0 } };

describe("the closing line of npm test", () => {
  it("says why suites were skipped when their names say it", () => {
    const line = summaryLine(
      vitest([
        { title: "saves", ancestorTitles: ["data"], status: "passed" },
        { title: "loses nothing", ancestorTitles: ["concurrent reviewers (skipped: no build)"], status: "skipped" },
        { title: "answers 503", ancestorTitles: ["the server going away (skipped: no build, no PostgreSQL server)"], status: "skipped" },
      ]),
      playwright,
    );
    expect(line).toBe("4 passed, 0 failed, 2 skipped (2 skipped: no build; 1 skipped: no PostgreSQL server)");
  });

  it("stays the plain line when nothing was skipped for a reason", () => {
    expect(summaryLine(vitest([{ title: "saves", ancestorTitles: [], status: "passed" }]), playwright)).toBe("4 passed, 0 failed, 0 skipped");
  });
});
