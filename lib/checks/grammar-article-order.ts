import { z } from "zod";
import { matchCase } from "@/lib/text/case";
import { LETTER_OR_MARK, matchesNotAfter } from "@/lib/text/scan";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** Adjectives that go before the noun, so that "grandes os modelos" is a garbled "os grandes modelos". */
const PRENOMINAL =
  "grandes?|pequen[oa]s?|nov[oa]s?|velh[oa]s?|antig[oa]s?|principal|principais|primeir[oa]s?|últim[oa]s?|" +
  "maior|maiores|menor|menores|bons|boas?|bom|maus|más|vári[oa]s|muit[oa]s|diferentes|divers[oa]s";

/** A preposition's contraction with the article ("de" + "os" = "dos"). */
const CONTRACTIONS: Record<string, Record<string, string>> = {
  de: { o: "do", a: "da", os: "dos", as: "das" },
  em: { o: "no", a: "na", os: "nos", as: "nas" },
  por: { o: "pelo", a: "pela", os: "pelos", as: "pelas" },
};

const ADJECTIVE_BEFORE_ARTICLE = new RegExp(
  `(de|em|por|com|para|sobre|entre) (${PRENOMINAL}) (o|a|os|as) (\\p{Ll}[\\p{L}\\p{M}]+)`,
  "giu",
);

export const grammarArticleOrder: Check = {
  id: "grammar-article-order",
  title: "Article after its adjective",
  description: "An article placed after the adjective it should precede (\"de grandes os modelos\" for \"dos grandes modelos\").",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Grammar",
  defaultSeverity: "major",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "after-adjective": "Artigo depois do adjetivo.",
  },
  examples: {
    bad: [{ text: "O desenvolvimento da inteligência artificial e de grandes os modelos em escala." }],
    good: [
      { text: "O desenvolvimento da inteligência artificial e dos grandes modelos." },
      { text: "De todos os modelos, este é o melhor; são grandes os desafios." },
    ],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    for (const m of matchesNotAfter(ADJECTIVE_BEFORE_ARTICLE, text, LETTER_OR_MARK)) {
      const [whole, preposition, adjective, article, noun] = m;
      const contraction = CONTRACTIONS[preposition.toLowerCase()]?.[article.toLowerCase()];
      const head = contraction ? matchCase(preposition, contraction) : `${preposition} ${article}`;
      const fixed = `${head} ${adjective} ${noun}`;
      flags.push(makeFlag(grammarArticleOrder, text, m.index, m.index + whole.length, "after-adjective", {}, [fixed]));
    }
    return flags;
  },
};
