import { z } from "zod";
import { makeFlag } from "@/lib/checks/flag";
import { analyseSegment, pinyinReading } from "@/lib/checks/source-analysis";
import { toSimplified } from "@/lib/align/script";
import type { Check, CheckContext, CheckParagraph } from "@/lib/checks/types";
import type { Flag } from "@/lib/domain";

const MESSAGES = {
  name: "«{found}» foi copiado do original: é «{name}».",
  copied: "«{found}» foi copiado do original sem tradução.",
};

const HAN_RUN = /[\p{Script=Han}々〇]+/gu;

export const sourceLeftover: Check = {
  id: "source-leftover",
  title: "Source text copied into the translation",
  description:
    "With the Chinese original aligned: Chinese text in the translation that the source holds, copied instead of translated. A name the " +
    "knowledge base or the segmenter knows gets its Latin form as the suggestion (马化腾 → Pony Ma).",
  category: "Accuracy",
  mqm: "Accuracy / Untranslated",
  defaultSeverity: "major",
  suggests: "sometimes",
  exclusive: false,
  options: z.strictObject({}),
  messages: MESSAGES,
  examples: {
    bad: [
      { text: "O fundador da Tencent, 马化腾, esteve presente.", source: "腾讯创始人马化腾也出席了。" },
      { text: "O grupo lançou o 星火大模型 ontem.", source: "集团昨天发布了星火大模型。" },
    ],
    good: [{ text: "O fundador da Tencent, Pony Ma, esteve presente.", source: "腾讯创始人马化腾也出席了。" }],
  },
  run(paragraph: CheckParagraph, context: CheckContext) {
    const segment = context.source?.byTarget[paragraph.index];
    if (!segment || paragraph.kind === "boilerplate") return [];
    const flags: Flag[] = [];
    const names = analyseSegment(segment, context.glossary).names;
    for (const match of paragraph.text.matchAll(HAN_RUN)) {
      const simplified = toSimplified(match[0]);
      if (!segment.simplified.includes(simplified)) continue;
      const start = match.index;
      const end = start + match[0].length;
      const name = names.find((n) => n.zh === simplified);
      if (name) {
        const latin = name.known[0] ?? pinyinReading(name.zh, name.person);
        flags.push(makeFlag(sourceLeftover, paragraph.text, start, end, "name", { found: match[0], name: latin }, [latin]));
      } else {
        flags.push(makeFlag(sourceLeftover, paragraph.text, start, end, "copied", { found: match[0] }));
      }
    }
    return flags;
  },
};
