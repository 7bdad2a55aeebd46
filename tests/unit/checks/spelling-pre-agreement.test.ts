import { beforeAll, describe, expect, it } from "vitest";
import { buildContext } from "@/lib/checks/context";
import { spellingPreAgreement } from "@/lib/checks/spelling-pre-agreement";
import { loadSpeller, type Speller } from "@/lib/text/speller";
import type { Locale } from "@/lib/domain";

let speller: Speller;
beforeAll(async () => {
  speller = await loadSpeller("pt-PT");
});

function flags(paragraphs: string[], locale: Locale = "pt-PT") {
  const context = buildContext({ locale, glossary: [], paragraphs: paragraphs.map((text) => ({ kind: "body" as const, text })) }, speller, null);
  return context.paragraphs.flatMap((p) => spellingPreAgreement.run(p, context).map((f) => ({ paragraph: p.index, text: f.text, messageId: f.messageId, args: f.args, suggestions: f.suggestions })));
}

describe("spelling-pre-agreement", () => {
  it("flags each old spelling of a text that slips once or twice, with the 1990 form", () =>
    expect(flags(["O objetivo é claro.", "Os carros eléctricos e a acção da marca."])).toEqual([
      { paragraph: 1, text: "eléctricos", messageId: "old-spelling", args: { word: "eléctricos", form: "elétricos" }, suggestions: ["elétricos"] },
      { paragraph: 1, text: "acção", messageId: "old-spelling", args: { word: "acção", form: "ação" }, suggestions: ["ação"] },
    ]));

  it("gives a text written throughout in the old spelling one flag, on its first word, counting the rest", () =>
    expect(flags(["A economia cresceu.", "O objectivo da direcção é claro.", "Os carros eléctricos e a acção da marca."])).toEqual([
      { paragraph: 1, text: "objectivo", messageId: "house-style", args: { word: "objectivo", form: "objetivo", count: "4" }, suggestions: ["objetivo"] },
    ]));

  it("leaves names, words the agreement kept and Brazilian articles alone", () => {
    expect(flags(["A Direcção dos Serviços de Estatística publicou o pacto e o contacto."])).toEqual([]);
    expect(flags(["O objectivo da direcção é claro."], "pt-BR")).toEqual([]);
  });
});
