import { describe, expect, it } from "vitest";
import { chooseLocale, localeWarning } from "@/lib/services/import-article";
import { englishImportText } from "@/lib/import/wording";

const BRAZILIAN = ["Os usuários estão comprando celulares e a equipe registrou o fato."];

describe("the locale at import", () => {
  it("takes the variant the text shows when asked to detect, with the evidence", () => {
    const choice = chooseLocale("detect", BRAZILIAN);
    expect(choice).toMatchObject({ chosen: "pt-BR", detected: "pt-BR", mismatch: false });
    expect(choice.evidence.map((e) => e.form)).toContain("usuários");
    expect(localeWarning(choice)).toBeNull();
  });

  it("keeps the chosen locale and warns when the text reads as the other variant", () => {
    const choice = chooseLocale("pt-PT", BRAZILIAN);
    expect(choice).toMatchObject({ chosen: "pt-PT", detected: "pt-BR", mismatch: true });
    expect(englishImportText(localeWarning(choice)!)).toMatch(/reads as Brazilian Portuguese \(pt-BR\) \(«.+».*imported as European Portuguese/);
  });

  it("falls back to European Portuguese when the text shows no marker", () => {
    expect(chooseLocale("detect", ["A empresa cresceu."])).toMatchObject({ chosen: "pt-PT", detected: null, mismatch: false });
  });
});
