import { describe, expect, it } from "vitest";
import { cleanArticle } from "@/lib/export/clean-article";
import { exportSummary } from "@/lib/export/summary";
import { toPlainText } from "@/lib/export/to-plain-text";
import type { ExportArticle } from "@/lib/export/types";
import { seedExportArticle } from "./article-fixture";

describe("cleanArticle", () => {
  it("keeps body and headings in order, leaves out boilerplate, metadata and the repeated title", () => {
    const article = seedExportArticle();
    const { header, blocks } = cleanArticle(article);
    expect(header).toMatchObject({ title: article.title, author: "Liu Yangnan", source: "Jiazi Light Year", locale: "pt-PT" });
    expect(header.extra).toEqual([]);
    const texts = blocks.map((b) => b.text);
    expect(texts[0]).toMatch(/^No 136º dia/);
    expect(texts.at(-1)).toBe("E o tempo é a melhor prova para provar tudo.");
    expect(texts.some((t) => t.includes("Ver original") || t.includes("简体中文") || t.startsWith("Autor|"))).toBe(false);
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "1. Investidores prudentes",
      "2. Antes de abraçar o modelo grande, esclareça duas questões",
      "3. Não há uma resposta padrão para a implementação de engenharia de grandes modelos",
    ]);
    expect(texts.join("\n")).toContain("como iFlytek,");
  });

  it("keeps metadata lines the header fields do not already say, and drops excluded paragraphs", () => {
    const article: ExportArticle = {
      title: "T",
      author: null,
      sourceName: null,
      sourceUrl: null,
      locale: "pt-BR",
      paragraphs: [
        { position: 1, kind: "metadata", machineText: "Autor|Liu", text: "Autor|Liu", status: "pending" },
        { position: 2, kind: "body", machineText: "b", text: "fica", status: "approved" },
        { position: 3, kind: "body", machineText: "c", text: "sai", status: "pending", excluded: true },
        { position: 0, kind: "body", machineText: "a", text: "primeiro", status: "pending" },
      ],
    };
    const { header, blocks } = cleanArticle(article);
    expect(header.extra).toEqual(["Autor|Liu"]);
    expect(blocks.map((b) => b.text)).toEqual(["primeiro", "fica"]);
  });
});

describe("a byline's date", () => {
  it("is printed apart from the author, under its own label, and the byline is not repeated", () => {
    const article: ExportArticle = {
      title: "Título",
      author: "Liu Yangnan",
      sourceName: null,
      sourceUrl: null,
      locale: "pt-PT",
      paragraphs: [
        { position: 0, kind: "heading", machineText: "Título", text: "Título", status: "approved" },
        { position: 1, kind: "metadata", machineText: "Autor: Liu Yangnan · 30 de junho de 2023", text: "Autor: Liu Yangnan · 30 de junho de 2023", status: "approved" },
        { position: 2, kind: "body", machineText: "Texto.", text: "Texto.", status: "approved" },
      ],
    };
    const { header } = cleanArticle(article);
    expect(header).toMatchObject({ author: "Liu Yangnan", date: "30 de junho de 2023", extra: [] });
    expect(toPlainText(article).split("\n\n")[1]).toBe("Autor: Liu Yangnan\nData: 30 de junho de 2023\nVariante: pt-PT");
  });
});

describe("exportSummary", () => {
  it("counts approval among the paragraphs that will be exported", () => {
    const summary = exportSummary(seedExportArticle());
    const kept = cleanArticle(seedExportArticle()).blocks;
    expect(summary.total).toBe(kept.length);
    expect(summary.approved + summary.notApproved).toBe(summary.total);
    expect(summary.notApproved).toBe(kept.filter((b) => b.status !== "approved").length);
    expect(summary.notApproved).toBeGreaterThan(0);
    expect(exportSummary(seedExportArticle({ approveAll: true })).notApproved).toBe(0);
  });
});
