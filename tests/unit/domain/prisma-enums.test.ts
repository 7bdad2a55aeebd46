import { describe, expect, it } from "vitest";
import { LOCALES, PARAGRAPH_KINDS, REVIEW_STATUSES, ROLES } from "@/lib/domain";
import { Locale as DbLocale, ParagraphKind as DbParagraphKind, ReviewStatus as DbReviewStatus, Role as DbRole } from "@/lib/data/generated/prisma/enums";
import { fromDbLocale, toDbLocale } from "@/lib/data/locale";

// lib/data passes these values to and from Prisma unchanged: a value added on one side only would be stored or read wrongly.
describe("the domain enums and the database's", () => {
  it.each([
    ["role", ROLES, DbRole],
    ["paragraph kind", PARAGRAPH_KINDS, DbParagraphKind],
    ["review status", REVIEW_STATUSES, DbReviewStatus],
  ] as const)("%s has the same values", (_, domain, db) => {
    expect([...domain].sort()).toEqual(Object.values(db).sort());
  });

  it("maps every locale to a distinct database value and back", () => {
    const stored = LOCALES.map(toDbLocale);
    expect(new Set(stored)).toEqual(new Set(Object.values(DbLocale)));
    expect(stored.map(fromDbLocale)).toEqual([...LOCALES]);
  });
});
