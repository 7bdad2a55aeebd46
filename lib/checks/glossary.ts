import { z } from "zod";
import { calque } from "@/lib/checks/calque";
import { makeFlag } from "@/lib/checks/flag";
import type { Check, CheckContext, CheckExample, CheckParagraph, Flag, GlossaryTerm } from "@/lib/checks/types";
import { findVariants, GlossaryIndex, mayContainVariant, TokenKeys } from "@/lib/glossary/match";
import { tokensOf } from "@/lib/text/tokens";

const SEVERITY: Record<GlossaryTerm["type"], Flag["severity"]> = { entity: "major", term: "minor", calque: "major" };

const indexByContext = new WeakMap<CheckContext, GlossaryIndex<GlossaryTerm>>();

/** The entries in force for the article, indexed once per article rather than read per paragraph. */
function indexFor(context: CheckContext): GlossaryIndex<GlossaryTerm> {
  let index = indexByContext.get(context);
  if (!index) {
    index = new GlossaryIndex(context.glossary.filter((t) => t.variants.length > 0 && (t.locale === "both" || t.locale === context.locale)));
    indexByContext.set(context, index);
  }
  return index;
}

/** Calque entries seeded from the lexicon: where the calque check already flags the span with this rendering, one flag is enough. */
function flaggedByLexicon(paragraph: CheckParagraph, context: CheckContext, start: number, end: number, replacement: string): boolean {
  return calque.run(paragraph, context).some((f) => f.start <= start && end <= f.end && f.suggestions[0]?.toLowerCase() === replacement.toLowerCase());
}

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
    const tokens = tokensOf(paragraph);
    const keys = new TokenKeys(tokens);
    const flags: Flag[] = [];
    for (const term of indexFor(context).candidates(tokens)) {
      if (!mayContainVariant(term, keys)) continue;
      for (const m of findVariants(paragraph.text, term, tokens)) {
        if (term.type === "calque" && flaggedByLexicon(paragraph, context, m.start, m.end, m.replacement)) continue;
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
