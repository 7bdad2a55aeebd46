import { beforeAll, describe, expect, it } from "vitest";
import { loadFlagger, type Flagger } from "@/lib/checks";
import { bestDoublingRatio, HOSTILE_UNITS, repeated } from "../text/growth";

// The longest paragraph Lapidar accepts (100,000 characters), then twice that: long enough that a round's time is
// the work's and not the timer's or the collector's.
const LENGTH = 100_000;

let flagger: Flagger;
beforeAll(async () => {
  flagger = await loadFlagger({ locales: ["pt-PT"] });
});

/**
 * Every check at once, since the flagger runs them all on each paragraph: one quadratic check makes the whole
 * run quadratic. `npm run bench` measures each check on its own (scripts/bench/check-growth.ts).
 */
describe("the flagger takes linear time on a paragraph of one repeated character class", () => {
  for (const [name, unit] of Object.entries(HOSTILE_UNITS)) {
    it(`${name}: twice the text costs at most 2.5 times as much`, () => {
      const flag = (text: string) => flagger.flagArticle({ locale: "pt-PT", paragraphs: [{ kind: "body", text }] });
      expect(bestDoublingRatio(flag, (n) => repeated(unit, n), LENGTH)).toBeLessThan(2.5);
    }, 300_000);
  }
});
