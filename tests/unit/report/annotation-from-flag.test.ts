import { describe, expect, it } from "vitest";
import { CHECKS } from "@/lib/checks";
import { isSubtypeOf } from "@/lib/metrics/mqm-typology";
import { classifyFlag, subtypeForCheck } from "@/lib/report/annotation-from-flag";
import { annotationInputSchema, flagAnnotationSchema } from "@/lib/report/annotation-input";

describe("classifyFlag", () => {
  // Every registered check, with the subtype a click on its flag records (null: the category alone).
  const EXPECTED: Record<string, string | null> = {
    calque: "mistranslation",
    "cjk-residue": "untranslated",
    "concept-renderings": "inconsistent terminology",
    "english-acronym": null,
    "english-left": "untranslated",
    "entity-spellings": "inconsistent terminology",
    "foreign-left": null,
    glossary: "inconsistent with termbase",
    "grammar-article-order": "grammar",
    "grammar-connective": "grammar",
    "grammar-gender": "grammar",
    "hybrid-name": "mistranslation",
    "known-entity": null,
    "literal-name": null,
    "locale-variant": null,
    "markup-residue": null,
    "numbers-currency": "mistranslation",
    "pinyin-name": "wrong term",
    "quoted-jargon": null,
    "site-boilerplate": null,
    "source-leftover": "untranslated",
    "source-names": "mistranslation",
    "source-numbers": "mistranslation",
    "source-omission": "omission",
    spelling: "spelling",
    "spelling-pre-agreement": "spelling",
    "typo-broken-sentence": null,
    "typo-function-word-case": "spelling",
    "typo-glued-words": null,
    "typo-mojibake": "character encoding",
    "typo-punctuation": "punctuation",
    "typo-quotes": "punctuation",
    "typo-repeated-word": "spelling",
    "typo-sentence-case": "spelling",
    "typo-spacing": "punctuation",
  };

  it("gives every registered check the subtype listed for it, always one of its own category", () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const check of CHECKS) {
      const subtype = subtypeForCheck(check.id, check.category);
      expect(subtype, check.id).toBe(EXPECTED[check.id]);
      expect(subtype === null || isSubtypeOf(check.category, subtype), `${check.id} → ${subtype}`).toBe(true);
    }
  });

  it("reads the subtype from what the check looks for and carries the severity over", () => {
    expect(classifyFlag({ check: "english-left", category: "Accuracy", severity: "major" })).toEqual({ category: "Accuracy", subtype: "untranslated", severity: "major" });
    expect(classifyFlag({ check: "typo-spacing", category: "Linguistic conventions", severity: "info" })).toEqual({
      category: "Linguistic conventions",
      subtype: "punctuation",
      severity: "neutral",
    });
    expect(subtypeForCheck("grammar-gender", "Linguistic conventions")).toBe("grammar");
    expect(subtypeForCheck("entity-spellings", "Terminology")).toBe("inconsistent terminology");
    expect(subtypeForCheck("calque", "Accuracy")).toBe("mistranslation");
    // A rule that names a subtype of another category yields none rather than a wrong one.
    expect(subtypeForCheck("grammar-gender", "Accuracy")).toBeNull();
    expect(subtypeForCheck("locale-variant", "Locale conventions")).toBeNull();
  });
});

describe("annotation input", () => {
  const span = { paragraphId: 1, start: 2, end: 8, text: "Ação🙂" };

  it("accepts a span whose length matches its text in UTF-16 units, and empties a blank comment", () => {
    const parsed = annotationInputSchema.parse({ ...span, category: "Accuracy", subtype: "mistranslation", severity: "major", comment: "  " });
    expect(parsed).toMatchObject({ comment: null, subtype: "mistranslation" });
  });

  it("refuses unknown categories, foreign subtypes and spans that do not match", () => {
    expect(annotationInputSchema.safeParse({ ...span, category: "Vibes", severity: "minor" }).success).toBe(false);
    expect(annotationInputSchema.safeParse({ ...span, category: "Accuracy", subtype: "grammar", severity: "minor" }).success).toBe(false);
    expect(annotationInputSchema.safeParse({ ...span, end: 7, category: "Accuracy", severity: "minor" }).success).toBe(false);
    expect(flagAnnotationSchema.safeParse({ ...span, check: "calque", category: "Accuracy", severity: "blocker" }).success).toBe(false);
  });
});
