import { z } from "zod";
import type { Check } from "@/lib/checks/types";
import { namesOfParagraph } from "@/lib/checks/context";
import { ENGLISH_WORDS } from "@/lib/lang/pt/english-words";
import { touchesKnownEntity } from "@/lib/checks/entity-index";
import { makeFlag } from "@/lib/checks/flag";
import { isAllowedName, officialNameOf, pinyinNameSyllables } from "@/lib/checks/pinyin-lexicon";
import { isAcronym, tokenize } from "@/lib/text/tokens";
import type { Flag } from "@/lib/domain";

// A company name does not end in an adverb or preposition unless a Chinese phrase was translated word by word
// (光年之外 → "Light Years Away"/"Light Years Beyond").
const PHRASE_ENDINGS = new Set([
  "away", "beyond", "ahead", "forward", "above", "below", "outside", "inside", "forever", "again", "together",
  "within", "without", "afar", "apart", "onward", "onwards", "upward", "everywhere", "anywhere", "far",
]);

export const hybridName: Check = {
  id: "hybrid-name",
  title: "Misread or hybrid name",
  description:
    "A Latin acronym glued to a pinyin name (科大讯飞 read as \"HKUST Xunfei\"), or a company name made of English " +
    "common words that reads as a phrase translated word by word.",
  category: "Accuracy",
  mqm: "Accuracy / Mistranslation",
  defaultSeverity: "major",
  suggests: "sometimes",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "acronym-and-pinyin": "«{found}» junta uma sigla latina a um nome em pinyin: parte do nome chinês foi provavelmente mal lida; confirme o nome oficial.",
    "english-phrase": "«{found}» lê-se como um nome chinês traduzido palavra a palavra para inglês, não como o nome da própria empresa: confirme o nome oficial.",
  },
  examples: {
    bad: [
      { text: "As ações da XKD Lianhe caíram." },
      { text: "Wang Huiwen vendeu New Road Ahead para a Meituan." },
    ],
    good: [
      { text: "As ações da iFlytek caíram." },
      { text: "A consultora IT Juzi publicou os dados." },
      { text: "A Zhipu AI e a Moonshot AI captaram fundos." },
      { text: "O relatório da Light Year Capital saiu ontem." },
    ],
  },
  run(paragraph, context) {
    const flags: Flag[] = [];
    const text = paragraph.text;
    for (const span of namesOfParagraph(context, paragraph.index)) {
      if (isAllowedName(span.text)) continue;
      const tokens = tokenize(span.text);
      for (let i = 0; i + 1 < tokens.length; i++) {
        const acronym = tokens[i];
        const name = tokens[i + 1];
        if (!isAcronym(acronym.text) || pinyinNameSyllables(name.text, context.speller) < 2) continue;
        if (isAllowedName(`${acronym.text} ${name.text}`)) continue;
        const start = span.start + acronym.start;
        const end = span.start + name.end;
        if (touchesKnownEntity(paragraph, context, start, end)) continue;
        const found = text.slice(start, end);
        const official = officialNameOf(found) ?? officialNameOf(name.text);
        flags.push(
          makeFlag(hybridName, text, start, end, "acronym-and-pinyin", { found }, official ? [official] : []),
        );
      }
      const words = tokens.map((t) => t.text.toLowerCase());
      if (words.length >= 2 && !touchesKnownEntity(paragraph, context, span.start, span.end) && PHRASE_ENDINGS.has(words[words.length - 1]) && words.every((w) => ENGLISH_WORDS.has(w))) {
        flags.push(
          makeFlag(hybridName, text, span.start, span.end, "english-phrase", { found: span.text }, [], "minor"),
        );
      }
    }
    return flags;
  },
};
