import { z } from "zod";
import { boilerplateReason } from "@/lib/import/boilerplate";
import { makeFlag } from "./flag";
import type { Check } from "./types";

/** The importer names its reasons in English (its logs, its tests); the message says them in Portuguese. */
const REASONS: Record<string, string> = {
  advertisement: "publicidade",
  "app download prompt": "convite para descarregar a aplicação",
  breadcrumb: "trilho de navegação",
  "comment widget": "caixa de comentários",
  "cookie notice": "aviso de cookies",
  "copyright line": "direitos de autor",
  counter: "contador",
  disclaimer: "aviso legal",
  "editor credit": "crédito de edição",
  "follow prompt": "convite para seguir o site",
  "language menu": "menu de idiomas",
  menu: "menu",
  "menu item": "entrada de menu",
  "newsletter prompt": "convite para a newsletter",
  "reaction button": "botão de reação",
  "related-article link": "ligação para artigos relacionados",
  "share button": "botão de partilha",
  "site footer": "rodapé do site",
  "source link": "ligação para a fonte",
  "tag list": "lista de etiquetas",
  "view-original link": "ligação para o original",
  "widget label": "etiqueta de interface",
};

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
  // Site chrome left in the text fits none of MQM's design types (layout, markup tag, truncation, missing text, link).
  mqm: "Design and markup",
  defaultSeverity: "major",
  suggests: "always",
  exclusive: true,
  options: z.strictObject({}),
  messages: {
    "site-text": "Texto do site ({reason}), não do artigo: marque este parágrafo como texto do site (boilerplate) para que a exportação o deixe de fora.",
  },
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
    return [makeFlag(siteBoilerplate, text, start, end, "site-text", { reason: REASONS[reason] ?? reason }, [""])];
  },
};
