import { describe, expect, it } from "vitest";
import { findVariants, GlossaryIndex } from "@/lib/glossary/match";
import { tokenize } from "@/lib/text/tokens";
import type { MatchableTerm } from "@/lib/glossary/types";

const term = (preferred: string, variants: string[], extra: Partial<MatchableTerm> = {}): MatchableTerm => ({
  preferred,
  variants,
  type: "term",
  caseSensitive: false,
  ...extra,
});

const found = (text: string, t: MatchableTerm) => findVariants(text, t).map((m) => [m.text, m.replacement]);

describe("inflection-tolerant matching", () => {
  const bigModel = term("modelo de grande escala", ["modelo grande"]);

  it.each([
    ["O modelo grande falhou.", [["modelo grande", "modelo de grande escala"]]],
    ["Os modelos grandes falharam.", [["modelos grandes", "modelos de grande escala"]]],
    ["Modelos grandes, dizem.", [["Modelos grandes", "Modelos de grande escala"]]],
    ["Um modelo  grande e outro.", [["modelo  grande", "modelo de grande escala"]]],
  ])("finds a multi-word term in any number: %s", (text, expected) => {
    expect(found(text, bigModel)).toEqual(expected);
  });

  it.each([
    "O modelo, grande como é, falhou.",
    "O modelo\ngrande falhou.",
    "O supermodelo grande falhou.",
    "O modelo grandioso falhou.",
  ])("matches whole words in one phrase only: %s", (text) => {
    expect(found(text, bigModel)).toEqual([]);
  });

  it("inflects a single-word term and keeps the capital of a sentence start", () => {
    const t = term("alucinação", ["ilusão"]);
    expect(found("As ilusões do modelo. Ilusão é o termo errado.", t)).toEqual([
      ["ilusões", "alucinações"],
      ["Ilusão", "Alucinação"],
    ]);
  });

  it("puts only the head of the preferred term in the plural", () => {
    expect(found("as necessidades justas", term("necessidade essencial", ["necessidade justa"]))).toEqual([["necessidades justas", "necessidades essenciais"]]);
    expect(found("aprendizados imediatos", term("aprendizagem por prompts", ["aprendizado imediato"]))).toEqual([["aprendizados imediatos", "aprendizagens por prompts"]]);
  });

  it("matches names as written, whatever the case unless the entry is case-sensitive", () => {
    const iflytek = term("iFlytek", ["HKUST Xunfei"], { type: "entity" });
    expect(found("HKUST Xunfei e hkust xunfei, não HKUST Xunfeis", iflytek)).toEqual([
      ["HKUST Xunfei", "iFlytek"],
      ["hkust xunfei", "iFlytek"],
    ]);
    expect(found("HKUST Xunfei e hkust xunfei", { ...iflytek, caseSensitive: true })).toEqual([["HKUST Xunfei", "iFlytek"]]);
  });

  it("keeps case-sensitive terms to the written capitalisation, in any number", () => {
    const t = term("Dia dos Solteiros", ["Duplo Onze"], { caseSensitive: true });
    expect(found("o Duplo Onze e o duplo onze", t)).toEqual([["Duplo Onze", "Dia dos Solteiros"]]);
  });

  it("does not flag a variant inside the preferred form, and prefers the longest variant", () => {
    const t = term("Meituan Dianping", ["Meituan", "Meituan Review"], { type: "entity" });
    expect(found("A Meituan Dianping e a Meituan Review; a Meituan.", t)).toEqual([
      ["Meituan Review", "Meituan Dianping"],
      ["Meituan", "Meituan Dianping"],
    ]);
  });

  it("gives UTF-16 offsets through accents, emoji and CJK", () => {
    const text = "😀 科大讯飞 é a HKUST Xunfei.";
    const [m] = findVariants(text, term("iFlytek", ["HKUST Xunfei"], { type: "entity" }));
    expect(text.slice(m.start, m.end)).toBe("HKUST Xunfei");
    expect(m.start).toBe(12);
  });
});

describe("GlossaryIndex", () => {
  const candidates = (index: GlossaryIndex<MatchableTerm>, text: string) => index.candidates(tokenize(text)).map((t) => t.preferred);

  it("gives the entries one of whose variants stands whole in the paragraph, whatever the inflection", () => {
    const index = new GlossaryIndex([term("alucinação", ["ilusão"]), term("modelo de grande escala", ["modelo grande"]), term("iFlytek", ["HKUST Xunfei"], { type: "entity" })]);
    expect(candidates(index, "Os modelos grandes e a ilusão.")).toEqual(["modelo de grande escala", "alucinação"]);
    expect(candidates(index, "A hkust xunfei cresceu.")).toEqual(["iFlytek"]);
    expect(candidates(index, "O modelo é grande.")).toEqual([]);
  });

  it("keeps the order of the words they start with, terms before names", () => {
    const index = new GlossaryIndex([
      term("B", ["beta"], { type: "entity" }),
      term("segundo", ["mercado afundado"]),
      term("primeiro", ["ilusão"]),
      term("terceiro", ["ilusão"]),
    ]);
    expect(candidates(index, "beta: o mercado afundado e a ilusão")).toEqual(["segundo", "primeiro", "terceiro", "B"]);
  });

  it("does not try every entry that shares a common word with the paragraph", () => {
    const terms = Array.from({ length: 20_000 }, (_, i) => term(`termo ${i}`, [`empresa xq${i}`]));
    const index = new GlossaryIndex(terms);
    expect(candidates(index, "A empresa xq12345 e outra empresa.")).toEqual(["termo 12345"]);
  });
});
