import { z } from "zod";
import { tokensOf } from "@/lib/text/tokens";
import { agreementForm } from "@/lib/text/variant-spelling";
import { makeFlag } from "./flag";
import type { Check, CheckContext } from "./types";
import type { Flag } from "@/lib/domain";
import type { Speller } from "@/lib/text/speller";

/** From this many words on, the old spelling is the publication's house style, not a slip. */
const HOUSE_STYLE = 3;

interface OldSpelling {
  paragraph: number;
  start: number;
  end: number;
  word: string;
  form: string;
}

const found = new WeakMap<CheckContext, OldSpelling[]>();

/** Per speller, each word's 1990 form when it is written in the old spelling, else null: every article repeats its words. */
const verdicts = new WeakMap<Speller, Map<string, string | null>>();

function modernForm(word: string, speller: Speller): string | null {
  let known = verdicts.get(speller);
  if (!known) verdicts.set(speller, (known = new Map()));
  let form = known.get(word);
  if (form === undefined) {
    const candidate = agreementForm(word);
    form = candidate && !speller.correct(word) && speller.correct(candidate) ? candidate : null;
    if (known.size > 100_000) known.clear();
    known.set(word, form);
  }
  return form;
}

/** Every word of the article spelt as before the 1990 agreement, in reading order; once per article. */
function oldSpellings(context: CheckContext): OldSpelling[] {
  const cached = found.get(context);
  if (cached) return cached;
  const list: OldSpelling[] = [];
  const { speller } = context;
  if (speller) {
    for (const paragraph of context.paragraphs) {
      if (paragraph.kind === "boilerplate" || !/[cp][tç]/.test(paragraph.text)) continue;
      for (const token of tokensOf(paragraph)) {
        const word = token.text;
        // Capitalised words are names ("Direcção dos Serviços"), which keep the spelling they were registered with.
        if (!/^\p{Ll}+$/u.test(word) || context.acceptedWords.has(word)) continue;
        const form = modernForm(word, speller);
        if (form) list.push({ paragraph: paragraph.index, start: token.start, end: token.end, word, form });
      }
    }
  }
  found.set(context, list);
  return list;
}

export const spellingPreAgreement: Check = {
  id: "spelling-pre-agreement",
  title: "Spelling before the 1990 agreement",
  description:
    "European Portuguese words spelt as before the 1990 orthographic agreement («objectivo», «eléctrico», «acção»). A text that does so " +
    "throughout follows a house style (some publications kept the old spelling): it gets one flag, on the first word, instead of one per word.",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Spelling",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "old-spelling": "«{word}» é a grafia anterior ao Acordo Ortográfico (ou a do Brasil): em português europeu escreve-se «{form}».",
    "house-style": "O artigo segue a grafia anterior ao Acordo Ortográfico em {count} palavras, a começar por «{word}» («{form}»): mantenha-a se for a norma da publicação.",
  },
  examples: {
    bad: [
      { text: "O objectivo da empresa é vender carros eléctricos.", locale: "pt-PT" },
      { text: "O objectivo é claro: a direcção aprovou a acção.", locale: "pt-PT" },
    ],
    good: [
      { text: "O objetivo da empresa é vender carros elétricos, diz a Direcção dos Serviços.", locale: "pt-PT" },
      { text: "A direção aprovou o pacto e o contacto.", locale: "pt-PT" },
      { text: "O objectivo é claro.", locale: "pt-BR" },
      {
        text: "A direcção aprovou o projecto.",
        locale: "pt-PT",
        article: ["O objectivo é claro.", "A acção correu bem."],
      },
    ],
  },
  run(paragraph, context) {
    if (context.locale !== "pt-PT" || paragraph.kind === "boilerplate") return [];
    const all = oldSpellings(context);
    const mine = all.filter((s) => s.paragraph === paragraph.index);
    if (mine.length === 0) return [];
    const flag = (s: OldSpelling, messageId: string, args: Record<string, string>): Flag =>
      makeFlag(spellingPreAgreement, paragraph.text, s.start, s.end, messageId, { word: s.word, form: s.form, ...args }, [s.form]);
    if (all.length < HOUSE_STYLE) return mine.map((s) => flag(s, "old-spelling", {}));
    return all[0].paragraph === paragraph.index ? [flag(all[0], "house-style", { count: String(all.length) })] : [];
  },
};
