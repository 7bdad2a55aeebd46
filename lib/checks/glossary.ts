import { z } from "zod";
import { makeFlag } from "@/lib/checks/flag";
import type { Check, CheckContext, CheckExample } from "@/lib/checks/types";
import { calqueGlossaryEntries } from "@/lib/glossary/calque-entries";
import { foldKey } from "@/lib/text/inflection";
import { findVariants, GlossaryIndex, mayContainVariant, TokenKeys } from "@/lib/glossary/match";
import { tokensOf } from "@/lib/text/tokens";
import type { Flag } from "@/lib/domain";
import type { GlossaryTerm } from "@/lib/glossary/types";

const SEVERITY: Record<GlossaryTerm["type"], Flag["severity"]> = { entity: "major", term: "minor", calque: "major" };

const indexes = new WeakMap<GlossaryTerm[], Map<string, GlossaryIndex<GlossaryTerm>>>();

/**
 * The entries in force for a locale, indexed once per glossary (a server hands every article the same list)
 * rather than per article: a 20,000-entry glossary then costs one lookup per word, like a small one.
 */
function indexFor(context: CheckContext): GlossaryIndex<GlossaryTerm> {
  let byLocale = indexes.get(context.glossary);
  if (!byLocale) indexes.set(context.glossary, (byLocale = new Map()));
  let index = byLocale.get(context.locale);
  if (!index) {
    // Entries still exactly as the lexicon seeded them are the calque check's: leaving them out of the index
    // costs nothing per paragraph.
    index = new GlossaryIndex(
      context.glossary.filter((t) => t.variants.length > 0 && (t.locale === "both" || t.locale === context.locale) && !(t.type === "calque" && t.variants.every((v) => isLexiconPair(v, t.preferred)))),
    );
    byLocale.set(context.locale, index);
  }
  return index;
}

let lexiconPairs: Set<string> | null = null;

/**
 * Calque entries as the lexicon seeded them: the calque check reports those spans itself (with the Chinese term
 * and its meaning), so one flag is enough. An entry an administrator changed is no longer such a pair.
 */
function isLexiconPair(form: string, preferred: string): boolean {
  lexiconPairs ??= new Set(calqueGlossaryEntries().flatMap((e) => e.variants.map((v) => pairKey(v, e.preferred))));
  return lexiconPairs.has(pairKey(form, preferred));
}

const pairKey = (variant: string, preferred: string) => `${foldKey(variant)}\u0000${foldKey(preferred)}`;

const GLOSSARY: GlossaryTerm[] = [
  { preferred: "iFlytek", variants: ["HKUST Xunfei"], type: "entity", caseSensitive: false, locale: "both" },
  { preferred: "alucinação", variants: ["ilusão"], type: "term", caseSensitive: false, locale: "both" },
  { preferred: "mercado das cidades pequenas", variants: ["mercado afundado"], type: "calque", caseSensitive: false, locale: "both" },
];

const example = (text: string): CheckExample => ({ text, glossary: GLOSSARY });

export const glossaryCheck: Check = {
  id: "glossary",
  title: "Glossary variant",
  description:
    "A form the glossary lists as a variant to replace (\"HKUST Xunfei\" for iFlytek, \"ilusão\" for alucinação): flagged with the " +
    "preferred rendering, in the number and capitalisation of the text. Terms match any number and gender; names match as written.",
  category: "Terminology",
  mqm: "Terminology / Inconsistent with terminology resource",
  defaultSeverity: "major",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  // One message per entry type, so that configuration can weigh names, terms and calques apart as SEVERITY does.
  // {note} is the entry's note after a space, or nothing.
  messages: {
    entity: "O glossário escreve este nome «{preferred}», não «{found}».{note}",
    term: "O glossário prefere o termo «{preferred}» a «{found}».{note}",
    calque: "O glossário regista «{found}» como decalque: prefira «{preferred}».{note}",
  },
  examples: {
    bad: [example("As ações da HKUST Xunfei caíram."), example("O problema da ilusão dos modelos persiste."), example("A empresa entrou no mercado afundado.")],
    good: [example("As ações da iFlytek caíram.")],
  },
  run(paragraph, context) {
    if (paragraph.kind === "boilerplate" || context.glossary.length === 0) return [];
    const index = indexFor(context);
    if (index.isEmpty()) return [];
    const tokens = tokensOf(paragraph);
    const keys = new TokenKeys(tokens);
    const flags: Flag[] = [];
    for (const term of index.candidates(tokens)) {
      if (!mayContainVariant(term, keys)) continue;
      for (const m of findVariants(paragraph.text, term, tokens)) {
        if (term.type === "calque" && isLexiconPair(m.form, term.preferred)) continue;
        flags.push(
          makeFlag(glossaryCheck, paragraph.text, m.start, m.end, term.type,
            { preferred: term.preferred, found: m.form, note: term.note ? ` ${term.note}` : "" },
            [m.replacement], SEVERITY[term.type]),
        );
      }
    }
    return flags;
  },
};
