import { describe, expect, it } from "vitest";
import type { Flag } from "@/lib/domain";
import { plainText } from "@/lib/languagetool/annotated-text";
import { issueType, languageToolResponse } from "@/lib/languagetool/check-response";
import { languageToolResponseSchema } from "./languagetool-response-schema";

const text = "A HKUST Xunfei lançou um modelo. O produto é uma necessidade justa.";
const flag = (check: string, phrase: string, suggestions: string[]): Flag => {
  const start = text.indexOf(phrase);
  return { check, category: "Terminology", severity: "major", start, end: start + phrase.length, text: phrase, messageId: "m", args: {}, message: `Mensagem de ${check}.`, suggestions };
};

describe("the answer in LanguageTool's shape", () => {
  const answer = languageToolResponse({
    document: plainText(text),
    flags: [flag("known-entity", "HKUST Xunfei", ["iFlytek"]), flag("spelling", "necessidade justa", [])],
    rules: new Map([
      ["known-entity", { title: "Known entity misrendered", category: "Terminology", mqm: "Terminology / Wrong term" }],
      ["spelling", { title: "Spelling", category: "Linguistic conventions", mqm: "Linguistic conventions / Spelling" }],
    ]),
    locale: "pt-PT",
    detected: { locale: "pt-PT", confidence: 0.8 },
    version: "0.1.0",
    buildDate: "",
  });

  it("matches LanguageTool's documented response", () => {
    expect(languageToolResponseSchema.safeParse(answer).error).toBeUndefined();
  });

  it("gives each match its offset, length, context and sentence", () => {
    const [first, second] = answer.matches;
    expect(text.slice(first.offset, first.offset + first.length)).toBe("HKUST Xunfei");
    expect(first.replacements).toEqual([{ value: "iFlytek" }]);
    expect(first.context.text.slice(first.context.offset, first.context.offset + first.context.length)).toBe("HKUST Xunfei");
    expect(first.sentence).toBe("A HKUST Xunfei lançou um modelo.");
    expect(first.rule).toMatchObject({ id: "LAPIDAR_KNOWN_ENTITY", issueType: "terminology", category: { id: "TERMINOLOGY", name: "Terminology" } });
    expect(second.type.typeName).toBe("UnknownWord");
    expect(second.rule.issueType).toBe("misspelling");
  });

  it("cuts long contexts with an ellipsis, as LanguageTool does", () => {
    const long = `${"palavra ".repeat(20)}HKUST Xunfei${" fim".repeat(20)}`;
    const start = long.indexOf("HKUST");
    const [m] = languageToolResponse({ ...{ document: plainText(long), locale: "pt-PT", detected: { locale: "pt-PT", confidence: 1 }, version: "x", buildDate: "" }, flags: [{ ...flag("known-entity", "HKUST Xunfei", []), start, end: start + 12 }], rules: new Map([["known-entity", { title: "t", category: "Terminology", mqm: "Terminology" }]]) }).matches;
    expect(m.context.text.startsWith("...")).toBe(true);
    expect(m.context.text.endsWith("...")).toBe(true);
    expect(m.context.text.slice(m.context.offset, m.context.offset + 12)).toBe("HKUST Xunfei");
  });

  it.each([
    ["Accuracy / Untranslated", "untranslated"],
    ["Accuracy / Mistranslation", "mistranslation"],
    ["Linguistic conventions / Punctuation", "typographical"],
    ["Locale conventions", "locale-violation"],
    ["Design and markup / Markup tag", "markup"],
  ])("%s is the issue type %s", (mqm, type) => {
    expect(issueType(mqm)).toBe(type);
  });
});
