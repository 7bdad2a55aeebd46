import { describe, expect, it } from "vitest";
import { cjkResidue } from "@/lib/checks/cjk-residue";
import { checkTable, flagsOf } from "./language-check-table";

describe("cjk-residue", () => {
  checkTable(
    cjkResidue,
    [
      { text: "A empresa 科大讯飞 anunciou resultados.", span: "科大讯飞" },
      { text: "Cresceu 10%，mais do que o previsto。", span: "，", suggestion: "," },
      { text: "Cresceu 10%，mais do que o previsto。", span: "。", suggestion: "." },
      { text: "O título era 《Por que a grandeza não pode ser planeada》.", span: "《", suggestion: '"' },
      { text: "Disse：“não”。", span: "：“", suggestion: ':"' },
      { text: "Valor：１０ mil.", span: "：１０", suggestion: ":10" },
    ],
    [{ text: "Ela disse: “O mercado vai premiar quem inovar.”" }, { text: "Café, pão e 10 € — tudo (ou quase)!" }],
  );

  it("leaves site boilerplate to the boilerplate check", () => {
    expect(cjkResidue.run({ index: 0, kind: "boilerplate", text: "简体中文" }, { locale: "pt-PT", paragraphs: [], names: [], glossary: [], speller: null, english: null, acceptedWords: new Set<string>(), options: new Map() })).toEqual([]);
  });

  it("counts offsets in UTF-16 code units after emoji", () => {
    const text = "🚀 Lançamento：hoje";
    const [flag] = flagsOf(cjkResidue, text);
    expect(flag.start).toBe(text.indexOf("："));
  });
});
