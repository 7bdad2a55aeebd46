import { describe, expect, it } from "vitest";
import { MAX_CHECK_CHARACTERS, parseCheckRequest } from "@/lib/languagetool/check-request";

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe("the /v2/check form", () => {
  it("takes text and a Portuguese variety", () => {
    const parsed = parseCheckRequest(form({ text: "Olá.", language: "pt-BR" }));
    expect("error" in parsed).toBe(false);
    if (!("error" in parsed)) expect(parsed.language).toEqual({ locale: "pt-BR" });
  });

  it("detects the variety for auto and the bare pt, unless the client prefers one", () => {
    const auto = parseCheckRequest(form({ text: "x", language: "auto" }));
    if ("error" in auto) throw new Error(auto.error);
    expect(auto.language).toEqual({ detect: ["pt-PT", "pt-BR"] });
    const preferred = parseCheckRequest(form({ text: "x", language: "auto", preferredVariants: "de-DE,pt-PT" }));
    if ("error" in preferred) throw new Error(preferred.error);
    expect(preferred.language).toEqual({ locale: "pt-PT" });
  });

  it.each([
    [{ language: "pt-PT" }, "Missing 'text' or 'data'"],
    [{ text: "x", data: "{}", language: "pt-PT" }, "either 'text' or 'data'"],
    [{ text: "x" }, "Missing 'language'"],
    [{ text: "x", language: "de-DE" }, "Portuguese only"],
    [{ data: "{not json", language: "pt-PT" }, "not JSON"],
    [{ data: '{"annotation":[{"image":"x"}]}', language: "pt-PT" }, "must be"],
    [{ text: "x", language: "pt-PT", enabledOnly: "true" }, "needs enabledRules"],
    [{ text: "a".repeat(MAX_CHECK_CHARACTERS + 1), language: "pt-PT" }, "longer than"],
  ])("refuses %o with a message saying what to send", (fields, message) => {
    const parsed = parseCheckRequest(form(fields as Record<string, string>));
    expect("error" in parsed && parsed.error).toContain(message);
  });

  it("reads rule and category lists in any case", () => {
    const parsed = parseCheckRequest(form({ text: "x", language: "pt-PT", disabledRules: "lapidar_spelling, calque", disabledCategories: "style" }));
    if ("error" in parsed) throw new Error(parsed.error);
    expect([...parsed.disabledRules]).toEqual(["LAPIDAR_SPELLING", "CALQUE"]);
    expect([...parsed.disabledCategories]).toEqual(["STYLE"]);
  });
});
