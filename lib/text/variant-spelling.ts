import type { Locale } from "@/lib/domain";

/** Consonants the 1990 agreement dropped from European spelling («eléctrico», «acção», «óptimo»), one rule each. */
const DROPPED_CONSONANTS: [RegExp, string][] = [
  [/p(?=[tç])/g, ""],
  [/c(?=[tç])/g, ""],
];

/**
 * The spellings one variant writes where the other has its own: pre-1990 spelling kept consonants that both now drop
 * («óptimo»), pt-BR keeps some that pt-PT drops («ruptura», «recepção»), and the two accent a vowel before m or n differently
 * («econômico» / «económico», «gênio» / «génio»). Each rule rewrites the other variant's form into this one's.
 */
const INTO: Record<Locale, [RegExp, string][]> = {
  "pt-PT": [
    ...DROPPED_CONSONANTS,
    [/ô(?=[mn])/g, "ó"],
    [/ê(?=[mn])/g, "é"],
  ],
  "pt-BR": [
    ...DROPPED_CONSONANTS,
    [/ó(?=[mn])/g, "ô"],
    [/é(?=[mn])/g, "ê"],
  ],
};

/**
 * This variant's forms of a word written as the other variant writes it, for a dictionary to confirm: each rule
 * alone, then all together («recepção» → «receção»). Empty when no rule applies.
 */
export function variantSpellings(word: string, locale: Locale): string[] {
  const lower = word.toLowerCase();
  const rules = INTO[locale];
  const forms = new Set<string>();
  for (const [pattern, replacement] of rules) forms.add(lower.replace(pattern, replacement));
  forms.add(rules.reduce((form, [pattern, replacement]) => form.replace(pattern, replacement), lower));
  forms.delete(lower);
  return [...forms];
}

/**
 * The 1990 European form of a word written in the spelling before it («objectivo» → «objetivo»), or null when the
 * word has no consonant the agreement dropped. A dictionary confirms the result: «pacto» keeps its «c».
 */
export function agreementForm(word: string): string | null {
  const form = DROPPED_CONSONANTS.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
  return form === word ? null : form;
}
