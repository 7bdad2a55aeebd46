import { beforeAll, describe, expect, it } from "vitest";
import { spelling } from "@/lib/checks/spelling";
import { loadSpeller, type Speller } from "@/lib/text/speller";
import { checkTable, flagsOf } from "./language-check-table";
import type { Locale } from "@/lib/domain";

const spellers = new Map<Locale, Speller>();

beforeAll(async () => {
  for (const locale of ["pt-PT", "pt-BR"] as Locale[]) spellers.set(locale, await loadSpeller(locale));
});

describe("spelling", () => {
  describe("pt-PT", () => {
    checkTable(
      spelling,
      [
        { text: "O processo de desenbarque foi rápido.", span: "desenbarque", suggestion: "desembarque" },
        { text: "Um previlégio da acção.", span: "previlégio", suggestion: "privilégio" },
        { text: "O gênio da empresa.", span: "gênio", suggestion: "génio" },
        // A prefix does not excuse the agreement's rules: r and s double, the same vowel takes a hyphen.
        { text: "O microsistema falhou.", span: "microsistema" },
        { text: "Aqueceu no microondas.", span: "microondas" },
      ],
      [
        { text: "Disse Wang Huiwen em Pequim ao CEO da HKUST; veja www.jinyou.com ou escreva a info@exemplo.pt." },
        { text: "As startups e o GPT-4 de 2023 e os anos-luz." },
        // A productive prefix and a dictionary word are a word the dictionary does not list.
        { text: "Os micropagamentos em criptoativos, a autorregulação e o microssistema." },
        { text: "The straight flush of the market." },
        // The spelling before the 1990 agreement is the spelling-pre-agreement check's.
        { text: "A acção da direcção." },
      ],
      () => spellers.get("pt-PT")!,
    );
  });

  describe("pt-BR", () => {
    checkTable(
      spelling,
      [{ text: "Uma excessão foi boa.", span: "excessão", locale: "pt-BR" }],
      [{ text: "A recepção do usuário foi boa.", locale: "pt-BR" }],
      () => spellers.get("pt-BR")!,
    );
  });

  it("stays silent without a speller", () => {
    expect(flagsOf(spelling, "O processo de desenbarque.", "pt-PT", null)).toEqual([]);
  });

  it("skips words in the glossary", () => {
    const speller = spellers.get("pt-PT")!;
    const context = {
      locale: "pt-PT" as const,
      paragraphs: [{ index: 0, kind: "body" as const, text: "O produtizado saiu." }],
      names: [],
      glossary: [{ preferred: "produtizado", variants: [], type: "term" as const, caseSensitive: false, locale: "both" as const }],
      speller,
      english: null,
      acceptedWords: new Set<string>(),
      options: new Map(),
    };
    expect(spelling.run(context.paragraphs[0], context)).toEqual([]);
  });
});

describe("spelling suggestions", () => {
  it("are computed on first read and serialised with the flag", () => {
    const [flag] = flagsOf(spelling, "O desenbarque.", "pt-PT", spellers.get("pt-PT")!);
    expect(JSON.parse(JSON.stringify(flag)).suggestions).toContain("desembarque");
  });
});
