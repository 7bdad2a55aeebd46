import { describe, expect, it } from "vitest";
import { flagHint } from "@/lib/review/flag-hints";

describe("flagHint", () => {
  it("sends a pinyin name to the entity's own site and the glossary", () => {
    const hint = flagHint("pinyin-name");
    expect(hint.check).toMatch(/^No suggestion: check the entity's official name on its own website/);
    expect(hint.glossary).toBe(true);
  });

  it("tells what to do with English left in the text", () => {
    expect(flagHint("english-left").check).toMatch(/Portuguese term in the glossary/);
  });

  it("always says something, also for a check it does not know", () => {
    expect(flagHint("a-check-added-later").check).toMatch(/^No suggestion: /);
  });
});
