import { z } from "zod";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** Escapes and markup a page's source leaves in scraped text, each with what it stands for. */
const NAMED_ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", hellip: "…", mdash: "—", ndash: "–", laquo: "«", raquo: "»", ldquo: "“", rdquo: "”", rsquo: "’", lsquo: "‘", middot: "·", copy: "©", reg: "®" };

// Every alternative is bounded and anchored on its first character, so the scan stays linear.
const RESIDUE =
  /\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[nrt](?=[\p{L}\s]|$)|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});|<\/?[a-zA-Z][\w:-]{0,30}(?:\s[^<>\n]{0,200})?\/?>|\{\{[^{}\n]{0,60}\}\}|\[\/?(?:b|i|url|img|quote)\]/gu;

function decoded(residue: string): string | null {
  if (residue.startsWith("\\u")) return String.fromCharCode(parseInt(residue.slice(2), 16));
  if (residue.startsWith("\\x")) return String.fromCharCode(parseInt(residue.slice(2), 16));
  if (residue.startsWith("&#x")) return String.fromCodePoint(parseInt(residue.slice(3, -1), 16));
  if (residue.startsWith("&#")) return String.fromCodePoint(Number(residue.slice(2, -1)));
  if (residue.startsWith("&")) return NAMED_ENTITIES[residue.slice(1, -1).toLowerCase()] ?? null;
  return null;
}

export const markupResidue: Check = {
  id: "markup-residue",
  title: "Escape or markup residue",
  description:
    "Escapes and markup of the source page left in the text: \\u003c, &nbsp;, &amp;quot;, stray tags such as <t-49/> or </p>, template braces and BBCode.",
  category: "Design and markup",
  mqm: "Design and markup / Markup tag",
  defaultSeverity: "major",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    markup: "«{found}» é código da página de origem, não texto: apague-o.",
    escape: "«{found}» é um código de escape: no texto deve ficar «{value}».",
    "escaped-space": "«{found}» é um código de escape: no texto deve ficar um espaço.",
  },
  examples: {
    bad: [{ text: "A Baidu\\u003cbr\\u003e lançou o modelo." }, { text: "O preço caiu&nbsp;5 %." }, { text: "A empresa <t-49/> anunciou lucros." }],
    good: [{ text: "A Baidu lançou o modelo e o preço caiu 5 % (a < b e c > d)." }],
  },
  run(paragraph) {
    const text = paragraph.text;
    if (paragraph.kind === "boilerplate" || !/[\\&<{[]/.test(text)) return [];
    const flags: Flag[] = [];
    for (const m of text.matchAll(RESIDUE)) {
      const value = decoded(m[0]);
      const replacement = value === null ? "" : value === " " && text[m.index - 1] === " " ? "" : value;
      const meaning = value?.trim();
      const messageId = value === null ? "markup" : meaning ? "escape" : "escaped-space";
      flags.push(makeFlag(markupResidue, text, m.index, m.index + m[0].length, messageId, meaning ? { found: m[0], value: meaning } : { found: m[0] }, [replacement]));
    }
    return flags;
  },
};
