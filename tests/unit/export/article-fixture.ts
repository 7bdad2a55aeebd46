import type { ExportArticle, ExportParagraph } from "@/lib/export/types";
import { readSharedFixture } from "../../shared-fixtures";

/**
 * The seed article as the export sees it: title, byline and source lines as metadata, numbered
 * section titles as headings, the site's menus after "Ver original" as boilerplate, and a few
 * corrections applied so final text differs from machine text.
 */
export function seedExportArticle(options: { approveAll?: boolean } = {}): ExportArticle {
  const blocks = readSharedFixture("seed-article.txt").split(/\n\s*\n/);
  const boilerplateFrom = blocks.findIndex((b) => b.startsWith("Ver original"));
  const paragraphs: ExportParagraph[] = blocks.map((machineText, position) => {
    const kind =
      position >= boilerplateFrom
        ? "boilerplate"
        : position === 0 || /^\d+\. /.test(machineText)
          ? "heading"
          : machineText.includes("|")
            ? "metadata"
            : "body";
    const text = machineText.replace("HKUST Xunfei", "iFlytek").replace(/ ,/g, ",").replace("o otimização", "a otimização");
    const status = options.approveAll || position % 3 !== 0 ? "approved" : text === machineText ? "pending" : "edited";
    return { position, kind, machineText, text, status, reviewer: "Ana Revisora", flagsOpen: position % 4, flagsDismissed: position % 2 };
  });
  return {
    title: blocks[0],
    author: "Liu Yangnan",
    sourceName: "Jiazi Light Year",
    sourceUrl: "https://example.org/artigo?id=1&lang=pt",
    locale: "pt-PT",
    paragraphs,
  };
}

export const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)> & "aspas" 'simples'`;

/** A small article whose every text field carries markup that must come out as plain text. */
export function hostileArticle(): ExportArticle {
  return {
    title: `Título ${XSS}`,
    author: `Autor ${XSS}`,
    sourceName: "Fonte <b>negrito</b>",
    sourceUrl: "javascript:alert(1)",
    locale: "pt-BR",
    paragraphs: [
      { position: 0, kind: "heading", machineText: "# Secção", text: `# Secção ${XSS}`, status: "approved" },
      { position: 1, kind: "body", machineText: "x", text: `Corpo ${XSS}\n* não é lista _nem_ [link](http://x)`, status: "approved" },
      { position: 2, kind: "body", machineText: "y", text: "1. não é lista numerada", status: "approved" },
    ],
  };
}
