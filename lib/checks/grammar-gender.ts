import { z } from "zod";
import { matchCase } from "@/lib/text/case";
import { tokensOf } from "@/lib/text/tokens";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** Masculine determiners and contractions, with their feminine form. */
const FEMININE_OF: Record<string, string> = {
  o: "a", os: "as", um: "uma", uns: "umas", do: "da", dos: "das", no: "na", nos: "nas", ao: "à", aos: "às",
  pelo: "pela", pelos: "pelas", num: "numa", nuns: "numas", dum: "duma", duns: "dumas", este: "esta", estes: "estas",
  esse: "essa", esses: "essas", aquele: "aquela", aqueles: "aquelas", deste: "desta", destes: "destas",
  desse: "dessa", desses: "dessas", neste: "nesta", nestes: "nestas", nesse: "nessa", nesses: "nessas",
  daquele: "daquela", daqueles: "daquelas", naquele: "naquela", naqueles: "naquelas", outro: "outra",
  outros: "outras", novo: "nova", novos: "novas", primeiro: "primeira", primeiros: "primeiras",
};

/** Masculine nouns with these endings ("o coração", "o personagem" in pt-BR, "o selvagem"). */
const MASCULINE_EXCEPTIONS = new Set(["coração", "corações", "cação", "personagem", "personagens", "selvagem", "selvagens"]);

/** -ção, -são, -dade, -agem and -tude nouns are feminine ("a otimização", "a viagem", "a atitude"). */
const FEMININE_ENDING = /(?:ção|ções|são|sões|dade|dades|agem|agens|tude|tudes)$/u;

/** A capitalised noun is a name ("o São Paulo", "o Missão Impossível"), and a hyphenated one a compound. */
const LOWER_NOUN = /^\p{Ll}[\p{L}\p{M}]{3,}$/u;

export const grammarGender: Check = {
  id: "grammar-gender",
  title: "Article and noun disagree in gender",
  description: "A masculine article or determiner before a feminine noun in -ção, -são, -dade, -agem or -tude (\"o otimização\").",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Grammar",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "feminine-noun": "«{noun}» é feminino: «{article} {noun}».",
  },
  examples: {
    bad: [{ text: "É uma estratégia para o otimização e modernização da indústria." }, { text: "Foi um decisão difícil." }],
    good: [
      { text: "É uma estratégia para a otimização e modernização da indústria." },
      { text: "Falou com o coração e com o personagem principal; o São Paulo venceu." },
    ],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    const tokens = tokensOf(paragraph);
    for (let i = 0; i < tokens.length - 1; i++) {
      const [article, next] = [tokens[i], tokens[i + 1]];
      const determiner = article.text;
      const noun = next.text;
      if (!FEMININE_ENDING.test(noun) || !Object.hasOwn(FEMININE_OF, determiner.toLowerCase())) continue;
      if (next.start !== article.end + 1 || text[article.end] !== " " || !LOWER_NOUN.test(noun) || MASCULINE_EXCEPTIONS.has(noun)) continue;
      if (determiner.slice(1) !== determiner.slice(1).toLowerCase()) continue;
      const feminine = matchCase(determiner, FEMININE_OF[determiner.toLowerCase()]);
      flags.push(
        makeFlag(grammarGender, text, article.start, next.end, "feminine-noun", { noun, article: feminine }, [`${feminine} ${noun}`]),
      );
    }
    return flags;
  },
};
