import { describe, expect, it } from "vitest";
import { openVariants } from "@/lib/glossary/contradictions";
import { mineCorrections, type CorrectedParagraph } from "@/lib/glossary/mine-corrections";
import { mineSpellings } from "@/lib/checks/mine-spellings";
import { readSharedFixture } from "../../shared-fixtures";

const seedParagraphs = readSharedFixture("seed-article.txt")
  .split(/\n\s*\n/)
  .map((text) => text.trim())
  .filter(Boolean);

function corrected(fix: (text: string) => string): CorrectedParagraph[] {
  return seedParagraphs.map((text, position) => ({ articleId: 1, position, machineText: text, currentText: fix(text) }));
}

describe("suggestions from spelling groups", () => {
  it("makes Light Years Away and Light Years Beyond one entry with a variant, across the seed article", () => {
    const suggestions = mineSpellings({ id: 1, locale: "pt-PT", paragraphs: seedParagraphs.map((text, position) => ({ position, kind: "body", text })) });
    const lightYears = suggestions.find((s) => s.preferred === "Light Years Away");
    expect(lightYears).toMatchObject({ variants: ["Light Years Beyond"], type: "entity", origin: "spellings" });
    expect(lightYears!.evidence.forms).toEqual({ "Light Years Away": 2, "Light Years Beyond": 1 });
    expect(lightYears!.evidence.paragraphs.map((p) => p.position)).toEqual([4]);
    expect(suggestions.find((s) => s.preferred === "Jiazi Guangnian")?.variants).toEqual(["Jiazi Light Year"]);
    expect(suggestions.some((s) => s.variants.includes("Light Years Away"))).toBe(false);
  });
});

describe("suggestions from corrections", () => {
  it("offers a corrected name at once, grown to the whole name, and gathers every occurrence", () => {
    const suggestions = mineCorrections(corrected((t) => t.replace(/Jiazi Guangnian/g, "Jiazi Light Years").replace("HKUST Xunfei", "iFlytek")));
    expect(suggestions.map((s) => [s.preferred, s.variants, s.type, s.evidence.count])).toEqual([
      ["Jiazi Light Years", ["Jiazi Guangnian"], "entity", 7],
      ["iFlytek", ["HKUST Xunfei"], "entity", 1],
    ]);
  });

  it("offers a repeated replacement of common words, with the neighbour every occurrence shares", () => {
    const suggestions = mineCorrections(corrected((t) => t.replace(/necessidade justa/g, "necessidade essencial")));
    expect(suggestions.map((s) => [s.preferred, s.variants, s.type])).toEqual([["necessidade essencial", ["necessidade justa"], "term"]]);
  });

  it("leaves out one-off rewordings, grammar fixes, case changes and sentence rewrites", () => {
    const suggestions = mineCorrections(
      corrected((t) =>
        t
          .replace("aprendizado imediato", "aprendizagem por prompts")
          .replace("o otimização", "a otimização")
          .replace("Obviamente, não", "Claro que não")
          .replace("março. desacelerou", "março. Desacelerou")
          .replace("Não importa o quanto as pessoas estejam preocupadas", "Por mais preocupadas que as pessoas estejam, seja qual for o motivo"),
      ),
    );
    expect(suggestions).toEqual([]);
  });

  it("merges replacements with the same result into one suggestion with several variants", () => {
    const paragraphs: CorrectedParagraph[] = [
      { articleId: 1, position: 0, machineText: "A China Film Capital investiu.", currentText: "A Huaying Capital investiu." },
      { articleId: 2, position: 3, machineText: "O fundo Huaying Capitais cresceu.", currentText: "O fundo Huaying Capital cresceu." },
    ];
    const [s] = mineCorrections(paragraphs);
    expect(s).toMatchObject({ preferred: "Huaying Capital", variants: ["China Film Capital", "Huaying Capitais"], evidence: { count: 2 } });
    expect(s.evidence.paragraphs.map((p) => [p.articleId, p.position])).toEqual([[1, 0], [2, 3]]);
  });
});

describe("suggestions against the glossary", () => {
  const glossary = [
    { preferred: "iFlytek", variants: ["HKUST Xunfei", "Keda Xunfei"] },
    { preferred: "SenseTime", variants: ["Shang Tang"] },
  ];

  it("drops what the glossary knows or calls right, and a variant it sends elsewhere", () => {
    expect(openVariants({ preferred: "iFlytek", variants: ["HKUST Xunfei", "iflytec"] }, glossary)).toEqual(["iflytec"]);
    expect(openVariants({ preferred: "Shangtang", variants: ["Shang Tang"] }, glossary)).toEqual([]);
    expect(openVariants({ preferred: "Xunfei", variants: ["SenseTime"] }, glossary)).toEqual([]);
  });

  it("refuses a preferred form the glossary calls wrong", () => {
    expect(openVariants({ preferred: "keda xunfei", variants: ["iFlytek"] }, glossary)).toBeNull();
  });
});
