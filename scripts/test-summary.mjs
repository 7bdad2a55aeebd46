// One plain closing line over both runners: "N passed, N failed, N skipped".
import { readFileSync } from "node:fs";
import { hasFailures, summaryLine } from "./test-summary-line.mjs";

const [vitestFile, playwrightFile] = process.argv.slice(2);
const vitest = JSON.parse(readFileSync(vitestFile, "utf8"));
const playwright = JSON.parse(readFileSync(playwrightFile, "utf8"));

console.log(`\nvitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests} skipped`);
console.log(`playwright: ${playwright.stats.expected} passed, ${playwright.stats.unexpected} failed, ${playwright.stats.skipped} skipped`);
console.log(summaryLine(vitest, playwright));
process.exit(hasFailures(vitest, playwright) ? 1 : 0);
