import { z } from "zod";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

type Style = "straight" | "curly" | "angle";

const OPENERS: Record<string, Style> = { '"': "straight", "“": "curly", "«": "angle" };
const CLOSERS: Record<string, Style> = { '"': "straight", "”": "curly", "»": "angle" };
const PAIRS: Record<Style, [string, string]> = { straight: ['"', '"'], curly: ["“", "”"], angle: ["«", "»"] };
const QUOTE = /["“”«»]/g;

interface Open {
  style: Style;
  index: number;
}

interface Quotation {
  style: Style;
  start: number;
  end: number;
}

/** Whether a straight quote opens: at the start, or after a space or an opening bracket. */
function straightOpens(text: string, index: number, stack: Open[]): boolean {
  if (stack.at(-1)?.style === "straight") return false;
  return index === 0 || /[\s([{«“—–-]/.test(text[index - 1]);
}

export const typoQuotes: Check = {
  id: "typo-quotes",
  title: "Unbalanced or mixed quotation marks",
  description:
    "A quotation opened with one kind of mark and closed with another, a mark never closed or never opened, or top-level quotations in different styles in one paragraph.",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Punctuation",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    unopened: "Aspas de fecho sem abertura.",
    mismatched: "Aspas abertas com {opened} e fechadas com {closed}.",
    unclosed: "Aspas abertas e nunca fechadas.",
    "mixed-styles": "Estilos de aspas diferentes no mesmo parágrafo.",
  },
  examples: {
    bad: [
      { text: 'Ele disse: "O modelo é apenas uma ferramenta.” E saiu.' },
      { text: "Ele disse: “O modelo é apenas uma ferramenta. E saiu." },
      { text: "Chamou-lhe “bolha” e depois \"onda\"." },
      { text: "Ele saiu.” E voltou depois." },
    ],
    good: [
      { text: "Ele disse: «O modelo é “apenas” uma ferramenta.» E saiu." },
      { text: 'Ele disse: "O modelo é apenas uma ferramenta." E saiu.' },
    ],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    const stack: Open[] = [];
    const topLevel: Quotation[] = [];
    for (const m of text.matchAll(QUOTE)) {
      const mark = m[0];
      const index = m.index;
      const opens = mark === '"' ? straightOpens(text, index, stack) : mark in OPENERS;
      if (opens) {
        stack.push({ style: OPENERS[mark], index });
        continue;
      }
      const open = stack.pop();
      const style = CLOSERS[mark];
      if (!open) {
        flags.push(makeFlag(typoQuotes, text, index, index + 1, "unopened", {}, [""]));
      } else if (open.style !== style) {
        const closer = PAIRS[open.style][1];
        flags.push(makeFlag(typoQuotes, text, index, index + 1, "mismatched", { opened: text[open.index], closed: mark }, [closer]));
      } else if (stack.length === 0) {
        topLevel.push({ style, start: open.index, end: index + 1 });
      }
    }
    for (const open of stack) {
      flags.push(makeFlag(typoQuotes, text, open.index, open.index + 1, "unclosed", {}, [""]));
    }
    const first = topLevel[0];
    for (const quotation of topLevel) {
      if (quotation.style === first.style) continue;
      const [opener, closer] = PAIRS[first.style];
      const inner = text.slice(quotation.start + 1, quotation.end - 1);
      flags.push(
        makeFlag(typoQuotes, text, quotation.start, quotation.end, "mixed-styles", {}, [`${opener}${inner}${closer}`]),
      );
    }
    return flags;
  },
};
