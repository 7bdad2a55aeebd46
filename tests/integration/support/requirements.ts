import { existsSync } from "node:fs";
import path from "node:path";
import { serverUrl } from "./postgres";

const root = path.resolve(import.meta.dirname, "..", "..", "..");

/** What a suite may need that a run does not always have. */
const AVAILABLE = {
  build: existsSync(path.join(root, ".next", "BUILD_ID")),
  server: Boolean(serverUrl),
} as const;

const MISSING_WORDS: Record<keyof typeof AVAILABLE, string> = { build: "no build", server: "no PostgreSQL server" };

/**
 * A suite's name and whether it runs: a suite that lacks something is skipped with the reason in its
 * name ("… (skipped: no build)"), which the summary line of `npm test` repeats, so nothing is skipped silently.
 */
export function needing(name: string, ...needs: (keyof typeof AVAILABLE)[]): [boolean, string] {
  const missing = needs.filter((need) => !AVAILABLE[need]).map((need) => MISSING_WORDS[need]);
  return missing.length === 0 ? [true, name] : [false, `${name} (skipped: ${missing.join(", ")})`];
}
