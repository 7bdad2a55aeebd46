import { describe, expect, it } from "vitest";
import { restatementsOf, withoutRestated } from "@/lib/checks/restated-flags";
import { foreignLeft } from "@/lib/checks/foreign-left";
import { spelling } from "@/lib/checks/spelling";
import { englishLeft } from "@/lib/checks/english-left";
import type { Flag } from "@/lib/domain";

const flag = (check: string, start: number, end: number): Flag =>
  ({ check, category: "Accuracy", severity: "minor", start, end, text: "", messageId: "m", args: {}, message: "", suggestions: [] }) as Flag;

describe("withoutRestated", () => {
  const checks = restatementsOf([foreignLeft, spelling, englishLeft]);
  it("drops a misspelling and an English reading inside a passage left in another language, and keeps what lies outside it", () => {
    const kept = withoutRestated([flag("spelling", 2, 5), flag("foreign-left", 10, 40), flag("spelling", 12, 18), flag("english-left", 20, 30), flag("spelling", 38, 45)], checks);
    expect(kept.map((f) => [f.check, f.start])).toEqual([["spelling", 2], ["foreign-left", 10], ["spelling", 38]]);
  });
  it("keeps everything when no flag restates another", () => {
    const flags = [flag("spelling", 0, 3), flag("english-left", 5, 9)];
    expect(withoutRestated(flags, checks)).toEqual(flags);
  });
  it("takes the widest of overlapping covers", () =>
    expect(withoutRestated([flag("foreign-left", 0, 50), flag("foreign-left", 5, 10), flag("spelling", 20, 25)], checks).map((f) => f.check)).toEqual(["foreign-left", "foreign-left"]));
});
