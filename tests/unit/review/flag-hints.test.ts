import { describe, expect, it } from "vitest";
import { readCatalogue } from "@/lib/i18n/load-messages";
import { flagHint } from "@/lib/review/flag-hints";

const hints = readCatalogue("en").workspace.hint as Record<string, string>;
const read = (check: string) => flagHint(check).parts.map((part) => hints[part]).join(" ");

describe("flagHint", () => {
  it("sends a pinyin name to the entity's own site and the glossary", () => {
    expect(read("pinyin-name")).toMatch(/^check the entity's official name on its own website/);
    expect(read("pinyin-name")).toMatch(/keep the pinyin only if that is the official one/);
    expect(flagHint("pinyin-name").glossary).toBe(true);
  });

  it("tells what to do with English left in the text", () => {
    expect(read("english-left")).toMatch(/Portuguese term in the glossary/);
  });

  it("always says something, also for a check it does not know", () => {
    expect(read("a-check-added-later")).toMatch(/^read the sentence against the source article/);
  });
});
