import { z } from "zod";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** CJK punctuation outside the full-width block, with what a Portuguese text uses instead. */
const PUNCTUATION: Record<string, string> = {
  "、": ",", "。": ".", "“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"',
  "《": '"', "》": '"', "〈": '"', "〉": '"', "【": "[", "】": "]", "〔": "[", "〕": "]", "\u3000": " ",
};

/**
 * Han, kana and hangul runs, plus full-width forms (U+FF01–FF5E) and CJK punctuation (U+3000–303F).
 * The curly quotes “ ” are ordinary Portuguese typography, so they only count next to CJK text.
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60“”]+/gu;
/** One greedy class, then a test: a pattern requiring a CJK character inside a run of quotes backtracks quadratically. */
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60]/u;
const HAS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function asciiFor(run: string): string {
  return [...run]
    .map((char) => {
      const code = char.charCodeAt(0);
      if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
      return PUNCTUATION[char] ?? char;
    })
    .join("");
}

export const cjkResidue: Check = {
  id: "cjk-residue",
  title: "Chinese characters or full-width punctuation",
  description:
    "Han, kana or hangul characters and full-width punctuation (，。：“”) left in the Portuguese text by the machine translation.",
  category: "Accuracy",
  mqm: "Accuracy / Untranslated",
  defaultSeverity: "major",
  suggests: "sometimes",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    untranslated: "Texto em chinês por traduzir.",
    "full-width": "Pontuação de largura total (chinesa) no texto português.",
  },
  examples: {
    bad: [
      { text: "A empresa anunciou os resultados，mas não deu pormenores。" },
      { text: "O valor chegou a 10 ｍil milhões：um recorde." },
      { text: "A empresa lançou o 大模型 ontem." },
    ],
    good: [
      { text: "A empresa anunciou os resultados, mas não deu pormenores." },
      { text: "Ela disse: “O mercado vai premiar quem transformar os modelos em produtos úteis.”" },
    ],
  },
  run(paragraph) {
    if (paragraph.kind === "boilerplate") return [];
    const flags: Flag[] = [];
    const text = paragraph.text;
    for (const m of text.matchAll(CJK_RUN)) {
      const run = m[0];
      if (!HAS_CJK.test(run)) continue;
      if (HAS_SCRIPT.test(run)) {
        flags.push(makeFlag(cjkResidue, text, m.index, m.index + run.length, "untranslated"));
      } else {
        const replacement = asciiFor(run);
        flags.push(
          makeFlag(cjkResidue, text, m.index, m.index + run.length, "full-width", {}, [replacement], "minor"),
        );
      }
    }
    return flags;
  },
};
