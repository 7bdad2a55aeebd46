import { eld } from "eld/small";
import { z } from "zod";
import { makeFlag } from "@/lib/checks/flag";
import type { Check, Flag } from "@/lib/checks/types";
import { tokensOf } from "@/lib/text/tokens";

/** The languages looked for, by the identifier's code, with the message that names each. */
const LANGUAGES: Record<string, string> = { es: "spanish", fr: "french", it: "italian", de: "german" };
const MIN_WORDS = 3;

export const foreignLeft: Check = {
  id: "foreign-left",
  title: "Other language left in",
  description:
    "Runs of three or more words that the Portuguese dictionary does not know and the language identifier reads as Spanish, French, Italian or German: " +
    "text the machine translation left in a third language (English is the english-left check's).",
  category: "Accuracy",
  mqm: "Accuracy / Untranslated",
  defaultSeverity: "major",
  suggests: "never",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    spanish: "«{found}» parece espanhol, não português: traduza.",
    french: "«{found}» parece francês, não português: traduza.",
    italian: "«{found}» parece italiano, não português: traduza.",
    german: "«{found}» parece alemão, não português: traduza.",
  },
  examples: {
    bad: [
      { text: "A empresa disse que también queremos hacerlo mejor en el mercado chino este año." },
      { text: "A empresa disse que nous voulons faire mieux sur le marché chinois cette année." },
      { text: "A empresa disse che vogliamo fare meglio nel mercato cinese quest’anno." },
      { text: "A empresa disse que wir wollen es besser machen auf dem chinesischen Markt." },
    ],
    good: [{ text: "A empresa disse que também quer fazer melhor no mercado chinês este ano, em Madrid." }],
  },
  run(paragraph, context) {
    const speller = context.speller;
    if (paragraph.kind === "boilerplate" || speller === null) return [];
    const text = paragraph.text;
    const tokens = tokensOf(paragraph);
    const flags: Flag[] = [];
    const unknown = (i: number) => {
      const word = tokens[i].text;
      return /^\p{Ll}/u.test(word) && !speller.correct(word) && !(context.english?.correct(word) ?? false);
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!unknown(i)) continue;
      // A run may take in short words both languages share ("de", "en", "la") between unknown ones.
      let j = i;
      let unknowns = 1;
      while (j + 1 < tokens.length && /^[\s,]+$/.test(text.slice(tokens[j].end, tokens[j + 1].start)) && (unknown(j + 1) || tokens[j + 1].text.length <= 3)) {
        j++;
        if (unknown(j)) unknowns++;
      }
      while (j > i && !unknown(j)) j--;
      if (unknowns >= MIN_WORDS) {
        const span = text.slice(tokens[i].start, tokens[j].end);
        const result = eld.detect(span);
        const messageId = LANGUAGES[result.language];
        if (messageId && result.isReliable()) {
          flags.push(makeFlag(foreignLeft, text, tokens[i].start, tokens[j].end, messageId, { found: span }));
        }
      }
      i = j;
    }
    return flags;
  },
};
