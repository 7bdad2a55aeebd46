import { z } from "zod";
import { matchCase } from "@/lib/text/case";
import { pluralize } from "@/lib/text/inflection";
import { tokenize, tokensOf } from "@/lib/text/tokens";
import { WordMemo, wordsOf } from "@/lib/text/words";
import { LETTER_OR_MARK, matchesNotAfter } from "@/lib/text/scan";
import variants from "@/lib/lang/pt/locale-variants.json";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag, Locale } from "@/lib/domain";

type Pair = [brazilian: string, european: string, oneWay?: string];

/** Regular -ar endings shared by both variants (present forms differ in -ear verbs: planeja / planeia). */
const VERB_ENDINGS = ["ar", "ando", "ado", "ada", "ados", "adas", "ou", "aram", "ava", "avam", "ará", "arão", "aria", "ariam", "amos", "arem"];

function nominalForms([br, pt]: Pair): [string, string][] {
  const forms: [string, string][] = [[br, pt], [pluralize(br), pluralize(pt)]];
  if (br.endsWith("o") && pt.endsWith("o")) {
    const [brF, ptF] = [br.slice(0, -1) + "a", pt.slice(0, -1) + "a"];
    forms.push([brF, ptF], [brF + "s", ptF + "s"]);
  }
  return forms;
}

function verbForms([br, pt]: Pair): [string, string][] {
  return VERB_ENDINGS.map((ending) => [br.slice(0, -2) + ending, pt.slice(0, -2) + ending]);
}

/** For each article locale, the forms of the other variant (lower case) and their replacement. */
function buildMaps(): Record<Locale, Map<string, string>> {
  const toEuropean = new Map<string, string>();
  const toBrazilian = new Map<string, string>();
  const add = (pair: Pair, forms: [string, string][]) => {
    for (const [br, pt] of forms) {
      toEuropean.set(br.toLowerCase(), pt);
      if (!pair[2] && !pt.includes(" ")) toBrazilian.set(pt.toLowerCase(), br);
    }
  };
  for (const pair of variants.words as Pair[]) add(pair, nominalForms(pair));
  for (const pair of variants.verbs as Pair[]) add(pair, verbForms(pair));
  return { "pt-PT": toEuropean, "pt-BR": toBrazilian };
}

const WORDS = buildMaps();

/** Whether `word` belongs to the other variant than `locale` (the spelling check leaves those to this one). */
export function isOtherVariantWord(word: string, locale: Locale): boolean {
  return WORDS[locale].has(word.toLowerCase());
}

/** Scanned with matchesNotAfter(…, LETTER_OR_MARK): the matches of a leading (?<![\p{L}\p{M}]), at a fraction of the cost. */
function phrasePattern(phrases: string[]): RegExp {
  return new RegExp(`(?:${phrases.join("|")})(?![\\p{L}\\p{M}])`, "giu");
}
const PHRASES = {
  "pt-PT": new Map((variants.phrases as Pair[]).map(([br, pt]) => [br, pt])),
  "pt-BR": new Map((variants.phrases as Pair[]).map(([br, pt]) => [pt, br])),
};
const PHRASE_PATTERNS = { "pt-PT": phrasePattern([...PHRASES["pt-PT"].keys()]), "pt-BR": phrasePattern([...PHRASES["pt-BR"].keys()]) };
// A phrase can only be present where its first word is: one set lookup per token instead of a scan per phrase.
const firstWords = (phrases: Map<string, string>) => new Set([...phrases.keys()].map((phrase) => tokenize(phrase)[0]?.text ?? phrase));
const PHRASE_FIRST_WORDS = { "pt-PT": firstWords(PHRASES["pt-PT"]), "pt-BR": firstWords(PHRASES["pt-BR"]) };

const ESTAR = "estou|estás|está|estamos|estão|estava|estavas|estávamos|estavam|esteve|estiveram|estiver|estivesse|estar|estaria|estará|estarão|andam|anda|andava|ficou|fica|ficam|continua|continuam|continuou";
/** "estão fazendo" is Brazilian; Portugal says "estão a fazer". */
const GERUND_AFTER_ESTAR = new RegExp(`(?<![\\p{L}\\p{M}])(${ESTAR}) ([\\p{Ll}\\p{M}]{2,}?)(ando|endo|indo)(?![\\p{L}\\p{M}])`, "giu");
/** …and the reverse for a Brazilian article. */
const ESTAR_A_INFINITIVE = new RegExp(`(?<![\\p{L}\\p{M}])(${ESTAR}) a ([\\p{Ll}\\p{M}]{2,}?)(ar|er|ir)(?![\\p{L}\\p{M}])`, "giu");
const INFINITIVE: Record<string, string> = { ando: "ar", endo: "er", indo: "ir" };
const GERUND: Record<string, string> = { ar: "ando", er: "endo", ir: "indo" };

/** For each article locale, the message naming the other variant. */
const OTHER_VARIANT: Record<Locale, string> = { "pt-PT": "brazilian", "pt-BR": "european" };

/** Per word and locale: whether a phrase of the other variant starts with it, and the word's replacement (null: none). */
const LOOKUPS = Object.fromEntries(
  (["pt-PT", "pt-BR"] as const).map((locale) => [
    locale,
    new WordMemo((w) => ({ startsPhrase: PHRASE_FIRST_WORDS[locale].has(w.lower), replacement: WORDS[locale].get(w.lower) ?? null })),
  ]),
) as Record<Locale, WordMemo<{ startsPhrase: boolean; replacement: string | null }>>;

export const localeVariant: Check = {
  id: "locale-variant",
  title: "Word of the other Portuguese variant",
  description:
    "A pt-BR word or construction in a pt-PT article, or the reverse (equipe/equipa, registro/registo, ônibus/autocarro, econômico/económico, \"estão fazendo\"/\"estão a fazer\").",
  category: "Locale conventions",
  // MQM's locale conventions are all formats (numbers, dates, addresses): none names a word of the other national variant.
  mqm: "Locale conventions",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    brazilian: "«{found}» é português do Brasil.",
    european: "«{found}» é português europeu.",
  },
  examples: {
    bad: [
      { text: "A equipe registrou um aumento no número de usuários.", locale: "pt-PT" },
      { text: "O mercado está esfriando e o banco de dados cresce.", locale: "pt-PT" },
      { text: "A equipa está a trabalhar no registo dos utilizadores.", locale: "pt-BR" },
    ],
    good: [
      { text: "A equipa registou um aumento no número de utilizadores.", locale: "pt-PT" },
      { text: "A equipe está trabalhando no registro dos usuários.", locale: "pt-BR" },
    ],
  },
  run(paragraph, context) {
    if (paragraph.kind === "boilerplate") return [];
    const text = paragraph.text;
    const locale = context.locale;
    const flags: Flag[] = [];
    const messageId = OTHER_VARIANT[locale];
    let phraseStart = false;
    const tokens = tokensOf(paragraph);
    const forms = wordsOf(tokens);
    const memo = LOOKUPS[locale];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const { startsPhrase, replacement } = memo.get(forms[i]);
      phraseStart ||= startsPhrase;
      if (replacement === null) continue;
      flags.push(makeFlag(localeVariant, text, token.start, token.end, messageId, { found: token.text }, [matchCase(token.text, replacement)]));
    }
    const phrases = PHRASES[locale];
    const phraseMatches = phraseStart ? matchesNotAfter(PHRASE_PATTERNS[locale], text, LETTER_OR_MARK) : [];
    for (const m of phraseMatches) {
      const replacement = phrases.get(m[0].toLowerCase());
      if (replacement === undefined) continue;
      const end = m.index + m[0].length;
      // The phrase's own flag replaces the flag of a word inside it ("de fato", not also "fato").
      for (let i = flags.length - 1; i >= 0; i--) if (flags[i].start >= m.index && flags[i].end <= end) flags.splice(i, 1);
      flags.push(makeFlag(localeVariant, text, m.index, end, messageId, { found: m[0] }, [matchCase(m[0], replacement)]));
    }
    const construction = locale === "pt-PT" ? GERUND_AFTER_ESTAR : ESTAR_A_INFINITIVE;
    const constructions = /\b(?:est|and|fic|contin)/i.test(text) ? text.matchAll(construction) : [];
    for (const m of constructions) {
      const [whole, auxiliary, stem, ending] = m;
      const fixed = locale === "pt-PT" ? `${auxiliary} a ${stem}${INFINITIVE[ending]}` : `${auxiliary} ${stem}${GERUND[ending]}`;
      flags.push(makeFlag(localeVariant, text, m.index, m.index + whole.length, messageId, { found: whole }, [fixed]));
    }
    return flags;
  },
};
