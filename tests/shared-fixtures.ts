import { readFileSync } from "node:fs";
import path from "node:path";

/** Test data that is not ours stays in ../shared (beside the repository) and is read from there. */
export const SHARED_FIXTURES = path.resolve(import.meta.dirname, "..", "..", "shared", "fixtures");

export function readSharedFixture(name: string): string {
  return readFileSync(path.join(SHARED_FIXTURES, name), "utf8");
}
