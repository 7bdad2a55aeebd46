import { describe, expect, it } from "vitest";
import { buildContext } from "@/lib/checks/context";
import { glossaryCheck } from "@/lib/checks/glossary";
import { calqueGlossaryEntries } from "@/lib/glossary/calque-entries";
import { calqueConcepts } from "@/lib/lang/pt/calque-lexicon";
import { applyReplacements, planOccurrences } from "@/lib/glossary/plan-apply";
import type { GlossaryTerm } from "@/lib/glossary/types";

describe("apply-to-all planning", () => {
  const term = { preferred: "alucinação", variants: ["ilusão"], type: "term" as const, caseSensitive: false };
  const paragraphs = [
    { paragraphId: 10, articleId: 1, position: 0, version: 3, text: "A ilusão e as ilusões dos modelos." },
    { paragraphId: 11, articleId: 1, position: 1, version: 1, text: "Nada aqui." },
  ];

  it("lists each occurrence with its context and the inflected replacement", () => {
    const occurrences = planOccurrences(paragraphs, term);
    expect(occurrences.map((o) => [o.id, o.before, o.text, o.replacement, o.after])).toEqual([
      ["10:3:2:8", "A ", "ilusão", "alucinação", " e as ilusões dos modelos."],
      ["10:3:14:21", "A ilusão e as ", "ilusões", "alucinações", " dos modelos."],
    ]);
    expect(applyReplacements(paragraphs[0].text, occurrences)).toBe("A alucinação e as alucinações dos modelos.");
    expect(applyReplacements(paragraphs[0].text, occurrences.slice(1))).toBe("A ilusão e as alucinações dos modelos.");
  });

  it("refuses a plan whose text moved or whose replacements overlap", () => {
    const [first] = planOccurrences(paragraphs, term);
    expect(applyReplacements("Uma ilusão.", [first])).toBeNull();
    expect(applyReplacements(paragraphs[0].text, [first, { ...first, start: 4 }])).toBeNull();
  });
});

describe("the calque lexicon as glossary entries", () => {
  const entries = calqueGlossaryEntries();

  const plain = calqueConcepts().filter((c) => !c.context && !c.renderings.some((r) => /[*{]/.test(r + c.suggest["pt-PT"][0] + c.suggest["pt-BR"][0])));

  it("spells the lexicon's renderings as the variants of the suggested form", () => {
    const concept = plain.find((c) => c.suggest["pt-PT"][0] === c.suggest["pt-BR"][0] && !c.renderings[0].includes("("))!;
    const entry = entries.find((e) => e.preferred === concept.suggest["pt-PT"][0] && e.sourceTerm === concept.zh)!;
    expect(entry).toMatchObject({ type: "calque", locale: "both" });
    const first = concept.renderings[0].split(" ").map((slot) => slot.split("|")[0]).join(" ");
    expect(entry.variants.map((v) => v.toLowerCase())).toContain(first.toLowerCase());
  });

  it("gives pt-PT and pt-BR renderings their own entries", () => {
    const concept = plain.find((c) => c.suggest["pt-PT"][0] !== c.suggest["pt-BR"][0])!;
    expect(entries.filter((e) => e.sourceTerm === concept.zh && e.note === concept.gloss).map((e) => [e.locale, e.preferred])).toEqual(
      expect.arrayContaining([
        ["pt-PT", concept.suggest["pt-PT"][0]],
        ["pt-BR", concept.suggest["pt-BR"][0]],
      ]),
    );
  });

  it("leaves context-bound and prefix entries to the calque check, and never lists the preferred form as a variant", () => {
    expect(entries.some((e) => e.variants.includes("ilusão"))).toBe(false);
    expect(entries.some((e) => e.variants.some((v) => v.includes("*")))).toBe(false);
    for (const e of entries) expect(e.variants.map((v) => v.toLowerCase())).not.toContain(e.preferred.toLowerCase());
  });
});

describe("glossary check", () => {
  const glossary: GlossaryTerm[] = [
    { preferred: "iFlytek", variants: ["HKUST Xunfei"], type: "entity", caseSensitive: false, locale: "both", note: "科大讯飞" },
    { preferred: "modelo de grande escala", variants: ["modelo grande"], type: "term", caseSensitive: false, locale: "pt-BR" },
  ];

  function flags(text: string, locale: "pt-PT" | "pt-BR" = "pt-PT", terms = glossary) {
    const context = buildContext({ locale, paragraphs: [{ kind: "body", text }], glossary: terms }, null);
    return glossaryCheck.run(context.paragraphs[0], context);
  }

  it("flags a variant with the preferred rendering as its first suggestion", () => {
    const [flag] = flags("Ações como HKUST Xunfei caíram.");
    expect(flag).toMatchObject({ check: "glossary", text: "HKUST Xunfei", start: 11, end: 23, suggestions: ["iFlytek"], severity: "major" });
    expect(flag.message).toContain("科大讯飞");
  });

  it("applies an entry only to its locale, and stays silent on the preferred form", () => {
    expect(flags("Os modelos grandes.", "pt-PT")).toEqual([]);
    expect(flags("Os modelos grandes.", "pt-BR").map((f) => f.suggestions[0])).toEqual(["modelos de grande escala"]);
    expect(flags("A iFlytek lançou.")).toEqual([]);
  });

  it("leaves to the calque check a span the lexicon already flags with the same rendering", () => {
    const calques: GlossaryTerm[] = [{ preferred: "necessidade essencial", variants: ["necessidade justa"], type: "calque", caseSensitive: false, locale: "both" }];
    expect(flags("É uma necessidade justa.", "pt-PT", calques)).toEqual([]);
    const edited: GlossaryTerm[] = [{ ...calques[0], preferred: "necessidade premente" }];
    expect(flags("É uma necessidade justa.", "pt-PT", edited).map((f) => f.suggestions[0])).toEqual(["necessidade premente"]);
  });
});
