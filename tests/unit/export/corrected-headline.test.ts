import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "@/lib/export/clean-article";
import { toDocx } from "@/lib/export/to-docx";
import { toHtml } from "@/lib/export/to-html";
import { toMarkdown } from "@/lib/export/to-markdown";
import { toPlainText } from "@/lib/export/to-plain-text";
import type { ExportArticle } from "@/lib/export/types";
import { renderArticleExport } from "@/lib/report/export-formats";

const MACHINE = "Modelo grande de IA popular meio ano e só algumas empresas ganham dinheiro";
const CORRECTED = "Os grandes modelos de IA estão em alta há meio ano, e poucas empresas lucram";

/** An article whose headline (paragraph 1, after a byline) a reviewer corrected. */
function article(headline = CORRECTED, headlineKind: "heading" | "body" = "heading"): ExportArticle {
  return {
    title: MACHINE,
    author: "Liu Yangnan",
    sourceName: null,
    sourceUrl: null,
    locale: "pt-PT",
    paragraphs: [
      { position: 0, kind: "metadata", machineText: "Autor: Liu Yangnan", text: "Autor: Liu Yangnan", status: "approved" },
      { position: 1, kind: headlineKind, machineText: MACHINE, text: headline, status: "approved" },
      { position: 2, kind: "body", machineText: "Primeiro parágrafo.", text: "Primeiro parágrafo.", status: "approved" },
      { position: 3, kind: "heading", machineText: "Uma secção", text: "Uma secção", status: "approved" },
      { position: 4, kind: "body", machineText: "Segundo parágrafo.", text: "Segundo parágrafo.", status: "approved" },
    ],
  };
}

const occurrences = (text: string, phrase: string) => text.split(phrase).length - 1;

describe("a corrected headline is the title", () => {
  it("makes the cleaned article's title the headline's current text and drops the headline from the body", () => {
    const { header, blocks } = cleanArticle(article());
    expect(header.title).toBe(CORRECTED);
    expect(blocks.map((b) => b.text)).toEqual(["Primeiro parágrafo.", "Uma secção", "Segundo parágrafo."]);
  });

  it("finds the headline whether it is given the imported title or the current one, and whatever kind it was changed to", () => {
    expect(cleanArticle({ ...article(), title: CORRECTED }).header.title).toBe(CORRECTED);
    expect(cleanArticle(article(CORRECTED, "body")).blocks).toHaveLength(3);
    expect(cleanArticle(article(MACHINE)).header.title).toBe(MACHINE);
  });

  it("keeps the stored title when no paragraph carries it (a title typed at import)", () => {
    const typed = { ...article(), title: "Um título escrito à mão" };
    const { header, blocks } = cleanArticle(typed);
    expect(header.title).toBe("Um título escrito à mão");
    expect(blocks[0].text).toBe(CORRECTED);
  });

  it("prints the corrected headline exactly once and never the machine title, in every format", async () => {
    const markdown = toMarkdown(article()).replace(/\\/g, "");
    const text = toPlainText(article());
    const html = toHtml(article());
    const { value: docx } = await mammoth.extractRawText({ buffer: await toDocx(article()) });
    expect(markdown.startsWith(`# ${CORRECTED}\n`)).toBe(true);
    expect(text.startsWith(`${CORRECTED}\n`)).toBe(true);
    expect(html).toContain(`<h1>${CORRECTED}</h1>`);
    expect(html).toContain(`<title>${CORRECTED}</title>`);
    for (const [format, body] of Object.entries({ markdown, text, docx })) {
      expect(occurrences(body, CORRECTED), format).toBe(1);
      expect(body, format).not.toContain(MACHINE);
    }
    // The HTML page names it twice by design: its <title> and its <h1>.
    expect(occurrences(html, CORRECTED)).toBe(2);
    expect(html).not.toContain(MACHINE);
  });

  it("names the downloaded file after the corrected headline", async () => {
    const rendered = await renderArticleExport(article(), "md");
    expect(rendered.ok && rendered.fileName).toBe("os-grandes-modelos-de-ia-estao-em-alta-ha-meio-ano-e-poucas-empresas-lucram.md");
  });
});
