import { describe, expect, it } from "vitest";
import { CHECKS } from "@/lib/checks";
import { isSubtypeOf } from "@/lib/metrics/mqm-typology";
import { classifyFlag, subtypeForCheck } from "@/lib/report/annotation-from-flag";
import { annotationInputSchema, flagAnnotationSchema } from "@/lib/report/annotation-input";

describe("classifyFlag", () => {
  it("gives every registered check a subtype of its own category, or none", () => {
    for (const check of CHECKS) {
      const subtype = subtypeForCheck(check.id, check.category);
      if (subtype) expect(isSubtypeOf(check.category, subtype), `${check.id} → ${subtype}`).toBe(true);
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
