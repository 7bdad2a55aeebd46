import { describe, expect, it } from "vitest";
import { calque } from "@/lib/checks/calque";
import lexicon from "@/lib/checks/data/calques.json";
import { checkTable, flagsOf } from "./language-check-table";

describe("calque", () => {
  checkTable(
    calque,
    [
      { text: "O modelo grande + aprendizado imediato não substitui tudo.", span: "aprendizado imediato", suggestion: "aprendizagem por prompts" },
      { text: "É uma necessidade justa para a empresa.", span: "necessidade justa", suggestion: "necessidade essencial" },
      { text: "São necessidades justas das empresas.", span: "necessidades justas" },
      { text: "Discutiram no círculo de amigos.", span: "círculo de amigos" },
      { text: "O problema de \"ilusão\" dos grandes modelos.", span: "ilusão", suggestion: "alucinação" },
      { text: "As ilusões do modelo preocupam.", span: "ilusões", suggestion: "alucinações" },
      { text: "A plataforma empoderou a indústria.", span: "empoderou a indústria" },
      { text: "Estão a capacitar as empresas e a capacitar a indústria.", span: "capacitar a indústria" },
      { text: "Quase todos estão atravessando o rio sentindo as pedras.", span: "atravessando o rio sentindo as pedras" },
      { text: "Convidou especialistas para a ciência popular.", span: "ciência popular", suggestion: "divulgação científica" },
      { text: "As startups domésticas e a equipa doméstica cresceram.", span: "startups domésticas", suggestion: "startups nacionais" },
      { text: "As startups domésticas e a equipa doméstica cresceram.", span: "equipa doméstica", suggestion: "equipa nacional" },
      { text: "Os jogadores da indústria de IA recuaram.", span: "jogadores", suggestion: "intervenientes" },
      { text: "Combinar dados de domínio privado com o modelo.", span: "dados de domínio privado", suggestion: "dados próprios" },
      { text: "É a nova pista de corrida dos investidores.", span: "pista de corrida", suggestion: "segmento" },
      { text: "Os investidores da bolsa são cortados como cebolinhas.", span: "cebolinhas" },
      { text: "A concorrência tornou-se uma involução.", span: "involução" },
      { text: "Os jovens decidiram deitar-se plano.", span: "deitar-se plano" },
    ],
    [
      { text: "A pista de corrida do Estoril e os jogadores do Benfica." },
      { text: "O círculo vicioso e a decisão justa do tribunal." },
      { text: "A ilusão de ótica encantou o público." },
      { text: "A divulgação científica e o desembarque dos passageiros no porto." },
      { text: "O mercado doméstico e o consumo doméstico cresceram; a sopa de cebolinho estava boa." },
      { text: "Atravessou o rio. Sentindo as pedras, parou." },
    ],
  );

  it("suggests the pt-BR form in a pt-BR article", () => {
    const [flag] = flagsOf(calque, "Usa aprendizado imediato.", "pt-BR");
    expect(flag.suggestions[0]).toBe("aprendizado por prompts");
  });

  it("ships a lexicon of at least 60 entries, each with its Chinese original, meaning and a suggestion", () => {
    expect(lexicon.entries.length).toBeGreaterThanOrEqual(60);
    for (const entry of lexicon.entries) {
      expect(entry.zh, entry.term).toMatch(/\p{Script=Han}/u);
      expect(entry.meaning.length, entry.term).toBeGreaterThan(5);
      expect(entry.suggestions.length, entry.term).toBeGreaterThan(0);
      expect(["info", "minor", "major", "critical"]).toContain(entry.severity);
    }
  });
});
