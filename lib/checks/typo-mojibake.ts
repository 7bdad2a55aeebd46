import { z } from "zod";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** Windows-1252 characters in 0x80–0x9F, mapped back to their byte. */
const CP1252: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89, "Š": 0x8a,
  "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97,
  "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

/**
 * UTF-8 read as Latin-1 or Windows-1252: a lead byte shown as Â, Ã or â followed by continuation bytes
 * ("Ã©" for é, "â€™" for ’). No Portuguese word contains these pairs.
 */
const MOJIBAKE =
  /(?:[ÂÃ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™šœžŸ›]|â[€\u0080-\u00BF][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™šœžŸ›]?)+|(?<=\s)Ã(?=\s)/gu;
const REPLACEMENT_CHARACTER = /\uFFFD+/g;
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes the garbled run back to UTF-8. Two bytes have no Windows-1252 glyph and usually vanish:
 * 0xA0 after Ã (so a lone "Ã" was "à") and 0x9D after â€ (so a final "â€" was "”").
 */
function repair(garbled: string): string | null {
  if (garbled === "Ã") return "à";
  if (garbled.endsWith("â€")) {
    const head = repair(garbled.slice(0, -2));
    return head === null ? null : `${head}”`;
  }
  const bytes = Uint8Array.from([...garbled].map((char) => CP1252[char] ?? char.charCodeAt(0)));
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

export const typoMojibake: Check = {
  id: "typo-mojibake",
  title: "Broken character encoding",
  description: "Mojibake (\"Ã©\" for é, \"â€™\" for ’) or the replacement character U+FFFD, where the text went through a wrong encoding.",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Character encoding",
  defaultSeverity: "major",
  suggests: "sometimes",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    mojibake: "Codificação de caracteres corrompida.",
    "replacement-character": "Carácter de substituição U+FFFD: um carácter perdeu-se na conversão.",
  },
  examples: {
    bad: [
      { text: "A inteligÃªncia artificial chegou Ã\u00A0indÃºstria." },
      { text: "Chamou-lhe â€œbolhaâ€ e saiu." },
      { text: "O lucro subiu 5 \uFFFD no trimestre." },
    ],
    good: [{ text: "A inteligência artificial chegou à indústria. NÃO é o fim." }],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    for (const m of text.matchAll(MOJIBAKE)) {
      const fixed = repair(m[0]);
      flags.push(
        makeFlag(typoMojibake, text, m.index, m.index + m[0].length, "mojibake", {}, fixed === null ? [] : [fixed]),
      );
    }
    for (const m of text.matchAll(REPLACEMENT_CHARACTER)) {
      flags.push(makeFlag(typoMojibake, text, m.index, m.index + m[0].length, "replacement-character"));
    }
    return flags;
  },
};
