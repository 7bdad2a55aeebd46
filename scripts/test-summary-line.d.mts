interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { assertionResults?: { title: string; ancestorTitles?: string[]; status: string }[] }[];
}
interface PlaywrightJson {
  stats: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
}
export function summaryLine(vitest: VitestJson, playwright: PlaywrightJson): string;
export function hasFailures(vitest: VitestJson, playwright: PlaywrightJson): boolean;
