import { describe, expect, it } from "vitest";
import { calque } from "@/lib/checks/calque";
import { calqueConcepts } from "@/lib/lang/pt/calque-lexicon";
import { checkTable, flagsOf } from "./language-check-table";

describe("calque", () => {
  checkTable(
    calque,
    [
      { text: "O modelo grande + aprendizado imediato não substitui tudo.", span: "aprendizado imediato" },
      { text: "É uma necessidade justa para a empresa.", span: "necessidade justa", suggestion: "necessidade essencial" },
      { text: "São necessidades justas das empresas.", span: "necessidades justas" },
      { text: "Fu Sheng e Zhu Xiaohu discutiram no círculo de amigos sobre isso.", span: "círculo de amigos" },
      { text: "A plataforma empoderou a indústria.", span: "empoderou a indústria" },
      { text: "Convidou especialistas para a ciência popular.", span: "ciência popular" },
      { text: "Os jogadores da indústria de IA recuaram.", span: "jogadores da indústria" },
      { text: "É a nova pista de corrida dos investidores.", span: "pista de corrida" },
      { text: "A concorrência tornou-se uma involução.", span: "involução" },
      { text: "Os jovens decidiram deitar-se plano.", span: "deitar-se plano" },
      { text: "Os investidores da bolsa voltaram a cortar o alho-porro.", span: "cortar o alho-porro" },
      // A context word that differs from an excluded one only in gender («revisto», «revista») excludes nothing.
      { text: "O layout da capacidade de produção da empresa foi revisto.", span: "layout da capacidade de produção" },
    ],
    [
      { text: "A pista de corrida do Estoril e os jogadores do Benfica." },
      { text: "O círculo vicioso e a decisão justa do tribunal." },
      { text: "A ilusão de ótica encantou o público." },
      { text: "O mercado doméstico cresceu; a sopa de cebolinho estava boa." },
      { text: "A revista mostrou o layout da capacidade de produção da empresa." },
    ],
  );

  it("suggests the form of the article's variant", () => {
    const concept = calqueConcepts().find((c) => !c.context && c.suggest["pt-PT"][0] !== c.suggest["pt-BR"][0] && !/\{/.test(c.suggest["pt-PT"][0] + c.suggest["pt-BR"][0]))!;
    const [pt] = flagsOf(calque, concept.examples.bad[0], "pt-PT");
    const [br] = flagsOf(calque, concept.examples.bad[0], "pt-BR");
    expect(pt.suggestions[0].toLowerCase()).toBe(concept.suggest["pt-PT"][0].toLowerCase());
    expect(br.suggestions[0].toLowerCase()).toBe(concept.suggest["pt-BR"][0].toLowerCase());
  });

  it("names the Chinese term and its meaning in the message", () => {
    const [flag] = flagsOf(calque, "É uma necessidade justa para a empresa.");
    expect(flag.message).toContain("刚需");
  });
});
