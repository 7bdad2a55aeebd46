import { describe, expect, it } from "vitest";
import { bestDoublingRatio, doublingRatio, repeated } from "./growth";

/** Compares every pair of characters: the shape of a backtracking regular expression on a hostile run. */
function quadratic(text: string): number {
  let same = 0;
  for (let i = 0; i < text.length; i++) for (let j = i + 1; j < text.length; j++) if (text.charCodeAt(i) === text.charCodeAt(j)) same++;
  return same;
}

function linear(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}

// The linear-time tests pass when the measure reads below 2.5; they mean something only if quadratic work reads above it.
describe("the doubling ratio", () => {
  it("reads quadratic work as about 4", () => expect(doublingRatio(quadratic, (n) => repeated("a", n), 4_000, 3)).toBeGreaterThan(3));
  it("reads linear work as about 2", () => expect(bestDoublingRatio(linear, (n) => repeated("a", n), 200_000)).toBeLessThan(2.5));
});
