import { isOtherVariantWord } from "@/lib/checks/locale-variant";
import { tokenize } from "@/lib/text/tokens";
import type { Locale } from "@/lib/domain";

export interface LocaleEvidence {
  locale: Locale;
  /** The form as written, lower case, and how often it occurs. */
  form: string;
  count: number;
}

export interface LocaleGuess {
  /** null when the text shows no marker of either variant, or as many of each. */
  locale: Locale | null;
  scores: Record<Locale, number>;
  /** The strongest markers, most frequent first. */
  evidence: LocaleEvidence[];
}

// "está a crescer" is European; "está crescendo" is Brazilian (European prose rarely uses the gerund after estar).
const CONTINUOUS_PT = /\b(?:estou|está|estão|estava|estavam|esteve|estar|continua|continuam|anda|andam)\s+a\s+\p{L}+(?:ar|er|ir)\b/giu;
const CONTINUOUS_BR = /\b(?:estou|está|estão|estava|estavam|esteve|estar|continua|continuam|anda|andam)\s+\p{L}+(?:ando|endo|indo)\b/giu;

// Before a nasal consonant and a vowel, Brazil writes the closed vowel ("econômico", "gênero"), Portugal the open one ("económico", "género").
const BRAZILIAN_ACCENT = /[êô][mn][aeiouáéíóú]/;
const EUROPEAN_ACCENT = /[éó][mn][aeiouáéíóú]/;

/** Which Portuguese the text is written in, from the words of only one variant and the continuous aspect. */
export function detectLocale(texts: readonly string[]): LocaleGuess {
  const counts = new Map<string, LocaleEvidence>();
  const add = (locale: Locale, form: string) => {
    const key = `${locale} ${form}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { locale, form, count: 1 });
  };
  for (const text of texts) {
    for (const token of tokenize(text)) {
      const word = token.text.toLowerCase();
      // A pt-PT article flags Brazilian words and vice versa: a word "of the other variant" for pt-PT is Brazilian.
      if (isOtherVariantWord(word, "pt-PT")) add("pt-BR", word);
      else if (isOtherVariantWord(word, "pt-BR")) add("pt-PT", word);
      else if (BRAZILIAN_ACCENT.test(word)) add("pt-BR", word);
      else if (EUROPEAN_ACCENT.test(word)) add("pt-PT", word);
    }
    for (const m of text.matchAll(CONTINUOUS_PT)) add("pt-PT", m[0].toLowerCase());
    for (const m of text.matchAll(CONTINUOUS_BR)) add("pt-BR", m[0].toLowerCase());
  }
  const evidence = [...counts.values()].sort((a, b) => b.count - a.count || a.form.localeCompare(b.form));
  const scores: Record<Locale, number> = { "pt-PT": 0, "pt-BR": 0 };
  for (const e of evidence) scores[e.locale] += e.count;
  const locale = scores["pt-PT"] === scores["pt-BR"] ? null : scores["pt-PT"] > scores["pt-BR"] ? "pt-PT" : "pt-BR";
  return { locale, scores, evidence: evidence.slice(0, 8) };
}
