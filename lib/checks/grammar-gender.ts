import { matchCase } from "@/lib/text/case";
import { makeFlag } from "./flag";
import type { Check, Flag } from "./types";

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

const DETERMINERS = Object.keys(FEMININE_OF).flatMap((word) => [word, word[0].toUpperCase() + word.slice(1)]);
/** Case-sensitive on purpose: a capitalised noun is a name ("o São Paulo", "o Missão Impossível"). */
const DETERMINER_NOUN = new RegExp(
  `(?<![\\p{L}\\p{M}])(${DETERMINERS.join("|")}) (\\p{Ll}[\\p{L}\\p{M}]{3,})(?![\\p{L}\\p{M}-])`,
  "gu",
);

export const grammarGender: Check = {
  id: "grammar-gender",
  title: "Article and noun disagree in gender",
  description: "A masculine article or determiner before a feminine noun in -ção, -são, -dade, -agem or -tude (\"o otimização\").",
  category: "Linguistic conventions",
  defaultSeverity: "minor",
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
    for (const m of text.matchAll(DETERMINER_NOUN)) {
      const [whole, determiner, noun] = m;
      if (!FEMININE_ENDING.test(noun) || MASCULINE_EXCEPTIONS.has(noun.toLowerCase())) continue;
      const feminine = matchCase(determiner, FEMININE_OF[determiner.toLowerCase()]);
      flags.push(
        makeFlag(grammarGender, text, m.index, m.index + whole.length, `«${noun}» é feminino: «${feminine} ${noun}».`, [`${feminine} ${noun}`]),
      );
    }
    return flags;
  },
};
