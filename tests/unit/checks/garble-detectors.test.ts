import { beforeAll, describe, expect, it } from "vitest";
import { exampleContext } from "@/lib/checks/context";
import { detectLocale } from "@/lib/checks/detect-locale";
import { englishLeft } from "@/lib/checks/english-left";
import { foreignLeft } from "@/lib/checks/foreign-left";
import { literalName } from "@/lib/checks/literal-name";
import { markupResidue } from "@/lib/checks/markup-residue";
import { numbersCurrency } from "@/lib/checks/numbers-currency";
import { quotedJargon } from "@/lib/checks/quoted-jargon";
import { closeSuggestions, spelling } from "@/lib/checks/spelling";
import { typoGluedWords } from "@/lib/checks/typo-glued-words";
import type { Check } from "@/lib/checks/types";
import { loadSpeller, type Speller } from "@/lib/text/speller";
import type { Locale } from "@/lib/domain";

let pt: Speller;
let br: Speller;
let en: Speller;
beforeAll(async () => {
  [pt, br, en] = await Promise.all([loadSpeller("pt-PT"), loadSpeller("pt-BR"), loadSpeller("en")]);
});

function spans(check: Check, text: string, locale: Locale = "pt-PT"): string[] {
  const { context, paragraph } = exampleContext(text, locale, [], locale === "pt-PT" ? pt : br, [], en);
  return check.run(paragraph, context).map((f) => f.text);
}

function table(check: Check, invalid: [string, string][], valid: string[], locale: Locale = "pt-PT") {
  for (const [text, span] of invalid) it(`flags «${span}»`, () => expect(spans(check, text, locale)).toContain(span));
  for (const text of valid) it(`stays silent on ${JSON.stringify(text.slice(0, 50))}`, () => expect(spans(check, text, locale)).toEqual([]));
}

describe("markup-residue", () =>
  table(
    markupResidue,
    [
      ["O preço\\u003cbr\\u003e caiu.", "\\u003c"],
      ["A empresa&nbsp;anunciou lucros.", "&nbsp;"],
      ["A empresa <t-49/> anunciou lucros.", "<t-49/>"],
      ["O CEO disse &amp;quot;sim&amp;quot;.", "&amp;"],
    ],
    ["A margem subiu de 3 < 5 para 5 > 3, e a I&D cresceu.", "A Baidu lançou o modelo {novo} ontem."],
  ));

describe("typo-glued-words", () =>
  table(typoGluedWords, [["Segundo o HuxiuA Moonshot AI treina modelos.", "HuxiuA"], ["As vendas na China.A empresa cresceu.", ".A"]], ["A iPhone e o JD.com cresceram; a S.A. lucrou."]));

describe("literal-name", () =>
  table(
    literalName,
    [
      ["O fundo Capital Montanha Distante liderou a ronda.", "Capital Montanha Distante"],
      ["A startup Lado Escuro da Lua captou fundos.", "Lado Escuro da Lua"],
    ],
    ["A Caixa Geral de Depósitos e a Receita Federal reuniram-se.", "A empresa Rui Carvalho & Filhos cresceu.", "O Banco Popular da China cortou os juros."],
  ));

describe("quoted-jargon", () => {
  const quoted = (text: string, article: string[] = []) => {
    const { context, paragraph } = exampleContext(text, "pt-PT", article, pt, [], en);
    return quotedJargon.run(paragraph, context).map((f) => f.text);
  };
  it("flags quoted jargon in an article that quotes its jargon again and again", () =>
    expect(quoted("A marca quer vender uma \"sopa de pedra digital\" no setor.", ["O setor vive uma \"corrida aos cavalos\"."])).toEqual(["\"sopa de pedra digital\""]));
  it("leaves a single scare quote of a word or two alone", () => expect(quoted("A marca quer vender uma \"sopa digital\" no setor.")).toEqual([]));
  it("flags a single longer quoted metaphor that nobody said", () =>
    expect(quoted("A marca quer vender uma \"sopa de pedra digital\" no setor.")).toEqual(["\"sopa de pedra digital\""]));
  it("leaves a single reported nickname alone", () =>
    expect(quoted("A medida, apelidada de \"taxa das compras pequenas\", mudou o cálculo.")).toEqual([]));
  it("leaves speech and titles alone", () =>
    expect(quoted("\"Vamos crescer\", disse o presidente; o ministro afirmou que a medida é \"temporária\".", ["O filme \"Grandes Esperanças\" estreou."])).toEqual([]));
});

describe("foreign-left", () =>
  table(
    foreignLeft,
    [
      ["O produto tem garantía de dois anos.", "garantía"],
      ["A empresa disse que también quer crescer.", "también"],
      ["O diretor de la empresa falou.", "de la "],
    ],
    ["A empresa disse que também quer crescer em Madrid e em La Paz.", "O Pero Vaz de Caminha chegou."],
  ));

describe("english-left, names", () => {
  it("flags an institution left in English", () => expect(spans(englishLeft, "O Longgang District Emergency Management Bureau emitiu um aviso.")).toContain("District Emergency Management Bureau"));
  it("leaves persons and names Portuguese news writes in English", () =>
    expect(spans(englishLeft, "Bill Gates falou ao Financial Times e ao Wall Street Journal sobre League of Legends.")).toEqual([]));
  it("does not count words Portuguese has too", () => expect(spans(englishLeft, "O yuan digital e o real digital avançam.")).toEqual([]));
});

describe("numbers-currency, Chinese units", () => {
  it("converts 万 and 亿 read as units", () => {
    const { context, paragraph } = exampleContext("Vendeu 5 dez mil unidades e captou 1,2 cem milhões de yuans.", "pt-PT");
    expect(numbersCurrency.run(paragraph, context).map((f) => [f.text, f.suggestions[0]])).toEqual([
      ["5 dez mil", "50 mil"],
      ["1,2 cem milhões", "120 milhões"],
    ]);
  });
});

describe("spelling suggestions", () => {
  it("keeps near misses only", () => {
    expect(closeSuggestions("criptomoedas", ["criptoméria", "criptomoeda"])).toEqual(["criptomoeda"]);
    expect(closeSuggestions("cofundador", ["corcunda"])).toEqual([]);
    expect(closeSuggestions("cebolha", ["cebola", "bolha"])).toEqual(["cebola"]);
  });
  it("knows the domain words of both variants", () => {
    for (const locale of ["pt-PT", "pt-BR"] as Locale[]) {
      expect(spans(spelling, "As criptomoedas, o cofundador e a tokenização de criptoativos.", locale)).toEqual([]);
    }
  });
});

describe("locale detection", () => {
  it("proposes the variant with its evidence", () => {
    const pt = detectLocale(["Os utilizadores estão a comprar telemóveis; a equipa registou o facto."]);
    expect(pt.locale).toBe("pt-PT");
    expect(pt.evidence.map((e) => e.form)).toEqual(expect.arrayContaining(["utilizadores", "facto"]));
    const br = detectLocale(["Os usuários estão comprando celulares; a equipe registrou o fato econômico."]);
    expect(br.locale).toBe("pt-BR");
    expect(detectLocale(["A empresa cresceu."]).locale).toBeNull();
  });
});
