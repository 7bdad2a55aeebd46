import { describe, expect, it } from "vitest";
import { toSimplified } from "@/lib/align/script";
import { namePairs, writtenForms } from "@/lib/checks/source-name-pairs";
import type { SourceSegment } from "@/lib/checks/source-context";
import { namePattern, writesName } from "@/lib/checks/source-analysis";

const segment = (text: string, targets = [0]): SourceSegment => ({ text, simplified: toSimplified(text), targets });

describe("writtenForms", () => {
  it("gives the spelling as the text has it, accents and hyphens included", () => {
    expect(writtenForms("Falou Liu Qing-feng, e depois LIU QINGFENG.", "Liu Qingfeng")).toEqual(["Liu Qing-feng", "LIU QINGFENG"]);
    expect(writtenForms("A cidade de Hēféi.", "Hefei")).toEqual(["Hēféi"]);
  });

  it("does not take a longer name for the name", () => {
    expect(writtenForms("A vice-presidente Wang Haiyang.", "Wang Haiyan")).toEqual([]);
  });
});

describe("namePairs", () => {
  it("pairs the source's names with how the target writes them, and leaves a misspelt one unpaired", () => {
    const source = "科大讯飞董事长刘庆峰在合肥发言。";
    const pairs = namePairs(segment(source), ["O presidente da iFlytek, Liu Qingfang, falou em Hefei."]);
    const byName = Object.fromEntries(pairs.map((p) => [p.source, p.written]));
    expect(byName["科大讯飞"]).toEqual(["iFlytek"]);
    expect(byName["合肥"]).toEqual(["Hefei"]);
    expect(byName["刘庆峰"]).toEqual([]);
    for (const pair of pairs) expect(source.slice(pair.start, pair.end)).toBe(pair.source);
  });

  it("keeps the original's offsets and characters for a traditional-script source", () => {
    const source = "董事長劉慶峰昨天發言。";
    const [pair] = namePairs(segment(source), ["O presidente Liu Qingfeng falou ontem."]);
    expect(pair).toMatchObject({ source: "劉慶峰", written: ["Liu Qingfeng"], expected: ["Liu Qingfeng"] });
  });

  it("pairs Latin names of the source with the same name in the target", () => {
    const pairs = namePairs(segment("新款Mate 70手机售价5999元。"), ["O novo telemóvel Mate 70 custa 5999 yuans."]);
    expect(pairs.find((p) => p.source === "Mate 70")?.written).toEqual(["Mate 70"]);
  });

  it("reads the glossary's source terms: its preferred form is the expected name", () => {
    const glossary = [{ preferred: "Galaxy Link", variants: [], sourceTerm: "星河智联", type: "entity" as const, caseSensitive: true, locale: "both" as const }];
    const [pair] = namePairs(segment("星河智联发布了新芯片。"), ["A Galaxy Link lançou um chip."], glossary);
    expect(pair).toMatchObject({ source: "星河智联", expected: ["Galaxy Link"], written: ["Galaxy Link"] });
  });
});

describe("writesName on hostile text", () => {
  it("takes a run of thousands of capitals for no name, instead of overflowing the pattern stack", () => {
    const run = "A ".repeat(20_000);
    expect(namePattern(run)).toBeNull();
    expect(writesName(run, run)).toBe(false);
  });
});
