import { calqueConcepts, expandRendering, type CalqueConcept } from "@/lib/lang/pt/calque-lexicon";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/lang/pt/portuguese-function-words";
import { agreeWith, numberLike } from "@/lib/text/inflection";
import { entryIdentity } from "./identity";
import { glossaryEntrySchema, MAX_VARIANTS_PER_ENTRY } from "./validate";
import type { GlossaryEntryData } from "./types";

/** Beyond this many spelled-out variants an entry is a pattern, better left to the calque check. */
const MAX_VARIANTS = 60;

const REFERENCE = /\{(\d)(?:([:=])([^}]+))?\}/g;

/** The lexicon's suggestion template filled with the words of one variant (same syntax as lib/checks/calque.ts). */
function fill(template: string, words: string[]): string {
  return template.replace(REFERENCE, (_, n: string, mode?: string, word?: string) => {
    const model = words[Number(n) - 1] ?? "";
    if (word === undefined) return model;
    return mode === "=" ? agreeWith(word, model) : numberLike(word, model);
  });
}

function product(slots: string[][]): string[][] {
  return slots.reduce<string[][]>((acc, alternatives) => acc.flatMap((prefix) => alternatives.map((a) => [...prefix, a])), [[]]);
}

/** The lexicon writes adjectives in the masculine ("necessidade justo"); shown variants agree with their noun. */
function spell(words: string[]): string {
  return words
    .map((w, i) => (i > 0 && /o$/.test(w) && !PORTUGUESE_FUNCTION_WORDS.has(words[i - 1].toLowerCase()) && !PORTUGUESE_FUNCTION_WORDS.has(w.toLowerCase()) ? agreeWith(w, words[i - 1]) : w))
    .join(" ");
}

function referencedSlots(template: string): Set<number> {
  return new Set([...template.matchAll(REFERENCE)].map((m) => Number(m[1]) - 1));
}

/**
 * The calque lexicon (lib/lang/pt/calques/) as glossary entries of type calque, which administrators see and
 * extend. A concept with a context rule ("ilusão" only near "modelo") or verb forms matched by prefix
 * ("empoder*") cannot be a plain list of variants and stays with the calque check alone. A suggestion that repeats
 * a matched word ("{1} nacional") gives one entry per alternative of that word.
 */
export function calqueGlossaryEntries(concepts: readonly CalqueConcept[] = calqueConcepts()): GlossaryEntryData[] {
  const byIdentity = new Map<string, GlossaryEntryData>();
  for (const concept of concepts) {
    if (concept.context) continue;
    const sequences = concept.renderings.flatMap((r) => expandRendering(r, concept.anyOrder));
    if (sequences.some((slots) => slots.some((alternatives) => alternatives.some((a) => a.endsWith("*"))))) continue;
    const [pt, br] = [concept.suggest["pt-PT"][0], concept.suggest["pt-BR"][0]];
    const renderings: [GlossaryEntryData["locale"], string][] = pt === br ? [["both", pt]] : [["pt-PT", pt], ["pt-BR", br]];
    for (const [locale, template] of renderings) {
      const fixed = referencedSlots(template);
      for (const slots of sequences) {
        const choices = product(slots.map((alternatives, i) => (fixed.has(i) ? alternatives : [alternatives[0]])));
        for (const choice of choices) {
          const variants = product(slots.map((alternatives, i) => (fixed.has(i) ? [choice[i]] : alternatives))).map(spell);
          if (variants.length > MAX_VARIANTS) continue;
          add(byIdentity, {
            preferred: fill(template, choice),
            variants,
            sourceTerm: concept.zh,
            type: "calque",
            caseSensitive: false,
            locale,
            note: concept.gloss,
          });
        }
      }
    }
  }
  // Exactly as the glossary's own validation would store them, so that exporting and importing them back is a no-op.
  return [...byIdentity.values()].flatMap((entry) => {
    const parsed = glossaryEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Entries of one preferred form merge; past the glossary's limit the calque check alone covers the rest. */
function add(byIdentity: Map<string, GlossaryEntryData>, data: GlossaryEntryData) {
  data.preferred = data.preferred.trim();
  data.variants = data.variants.filter((v) => v.toLowerCase() !== data.preferred.toLowerCase()).slice(0, MAX_VARIANTS_PER_ENTRY);
  if (data.variants.length === 0) return;
  const identity = entryIdentity(data);
  const existing = byIdentity.get(identity);
  if (!existing) byIdentity.set(identity, data);
  else {
    existing.variants = [...new Set([...existing.variants, ...data.variants])].slice(0, MAX_VARIANTS_PER_ENTRY);
    if (!existing.note?.includes(data.note!)) existing.note = `${existing.note}\n${data.note}`;
  }
}
