import lexicon from "@/lib/checks/data/calques.json";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/checks/data/portuguese-function-words";
import { agreeWith, numberLike } from "@/lib/text/inflection";
import { entryIdentity } from "./identity";
import type { GlossaryEntryData } from "./types";

interface LexiconEntry {
  term: string;
  zh: string;
  meaning: string;
  suggestions: string[];
  suggestionsBR?: string[];
  context?: string[];
}

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
 * The calque lexicon (lib/checks/data/calques.json) as glossary entries of type calque. An entry that needs a
 * context word ("ilusão" only near "modelo") or matches verb forms by prefix ("atravess*") cannot be a plain
 * list of variants and stays with the calque check alone. A suggestion that repeats a matched word ("{1}
 * nacional") gives one entry per alternative of that word.
 */
export function calqueGlossaryEntries(entries: LexiconEntry[] = lexicon.entries as LexiconEntry[]): GlossaryEntryData[] {
  const byIdentity = new Map<string, GlossaryEntryData>();
  for (const entry of entries) {
    if (entry.context) continue;
    const slots = entry.term.split(" ").map((slot) => slot.split("|"));
    if (slots.some((alternatives) => alternatives.some((a) => a.endsWith("*")))) continue;
    const renderings: [GlossaryEntryData["locale"], string][] = entry.suggestionsBR
      ? [["pt-PT", entry.suggestions[0]], ["pt-BR", entry.suggestionsBR[0]]]
      : [["both", entry.suggestions[0]]];
    for (const [locale, template] of renderings) {
      const fixed = referencedSlots(template);
      const choices = product(slots.map((alternatives, i) => (fixed.has(i) ? alternatives : [alternatives[0]])));
      for (const choice of choices) {
        const variants = product(slots.map((alternatives, i) => (fixed.has(i) ? [choice[i]] : alternatives))).map(spell);
        if (variants.length > MAX_VARIANTS) continue;
        const preferred = fill(template, choice);
        const data: GlossaryEntryData = {
          preferred,
          variants: variants.filter((v) => v.toLowerCase() !== preferred.toLowerCase()),
          sourceTerm: entry.zh,
          type: "calque",
          caseSensitive: false,
          locale,
          note: entry.meaning,
        };
        if (data.variants.length === 0) continue;
        const identity = entryIdentity(data);
        const existing = byIdentity.get(identity);
        if (!existing) byIdentity.set(identity, data);
        else {
          existing.variants = [...new Set([...existing.variants, ...data.variants])];
          if (!existing.note?.includes(data.note!)) existing.note = `${existing.note}\n${data.note}`;
        }
      }
    }
  }
  return [...byIdentity.values()];
}
