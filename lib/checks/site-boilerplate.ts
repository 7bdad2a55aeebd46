import { boilerplateReason } from "@/lib/import/boilerplate";
import { makeFlag } from "./flag";
import type { Check } from "./types";

/**
 * Site text that import did not mark (or that a reviewer flipped back): flags the whole paragraph.
 * The remedy is a change of kind, not of text; the first suggestion is the empty string because
 * removing the text is the textual equivalent, and the message tells the editor to mark it instead.
 */
export const siteBoilerplate: Check = {
  id: "site-boilerplate",
  title: "Site boilerplate",
  description: "Menus, share and comment buttons, ads, disclaimers, language lists and similar site text left in the article.",
  category: "Design and markup",
  defaultSeverity: "major",
  examples: {
    bad: [
      { text: "Ver original" },
      { text: "Partilhar" },
      { text: "Negocie cripto em qualquer lugar e a qualquer hora" },
      { text: "This page may contain third-party content, which is provided for information purposes only." },
      { text: "Português (Brasil)" },
      { text: "© 2024 Diário Exemplo. Todos os direitos reservados." },
    ],
    good: [
      { text: "O fundador pediu aos clientes que voltassem a partilhar as suas opiniões num comentário público." },
      { text: "1. Investidores prudentes" },
      { text: "E o tempo é a melhor prova para provar tudo." },
    ],
  },
  run(paragraph, context) {
    if (paragraph.kind !== "body" && paragraph.kind !== "heading") return [];
    const text = paragraph.text;
    const reason = boilerplateReason(text, { index: paragraph.index, total: context.paragraphs.length });
    if (!reason) return [];
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().length;
    const message = `Site text (${reason}), not part of the article: mark this paragraph as boilerplate so that export leaves it out.`;
    return [makeFlag(siteBoilerplate, text, start, end, message, [""])];
  },
};
