import { describe, expect, it } from "vitest";
import { parseMetadataLine } from "@/lib/import/metadata";
import { splitPlainText } from "@/lib/import/split-text";

const texts = (text: string) => splitPlainText(text).paragraphs.map((p) => p.text);

describe("single line breaks inside a block", () => {
  it("joins prose hard-wrapped at a fixed column", () => {
    const wrapped = "A empresa de robótica anunciou esta semana uma nova ronda\nde financiamento liderada por fundos estatais de Hangzhou e\npor dois investidores privados de Xangai.";
    expect(texts(wrapped)).toEqual([wrapped.replace(/\n/g, " ")]);
  });

  it("keeps one paragraph per line when a scraper put each paragraph on its own line", () => {
    expect(texts("A empresa anunciou uma ronda de financiamento.\nO fundador quer abrir uma fábrica em Ningbo.")).toEqual([
      "A empresa anunciou uma ronda de financiamento.",
      "O fundador quer abrir uma fábrica em Ningbo.",
    ]);
  });

  it("keeps menu lines apart and trims their indentation, but rejoins a sentence broken mid-way", () => {
    expect(texts("Partilhar\n  • Comentar\nqrCode\nO investidor disse que,\nnas próximas semanas, vai rever a avaliação.")).toEqual([
      "Partilhar",
      "• Comentar",
      "qrCode",
      "O investidor disse que, nas próximas semanas, vai rever a avaliação.",
    ]);
  });
});

describe("headings in plain text", () => {
  it("takes a headline-like first paragraph as the title, numbered and short unpunctuated lines as headings", () => {
    const article = splitPlainText("Robôs de Hangzhou\n\nTexto do primeiro parágrafo.\n\n1. O mercado\n\nMais texto.\n\nUm novo começo\n\nFim do texto.");
    expect(article.title).toBe("Robôs de Hangzhou");
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["heading", "body", "heading", "body", "heading", "body"]);
  });

  it("has no title when the article opens with a sentence", () => {
    const article = splitPlainText("A empresa anunciou uma ronda de financiamento esta semana.\n\nMais texto.");
    expect(article.title).toBeNull();
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["body", "body"]);
  });
});

describe("metadata lines", () => {
  it.each([
    ["Autor|Liu Yangnan", { field: "author", value: "Liu Yangnan" }],
    ["Autor: Marta Figueiredo", { field: "author", value: "Marta Figueiredo" }],
    ["Author: Jane Doe", { field: "author", value: "Jane Doe" }],
    ["Por Ana Clara Souza", { field: "author", value: "Ana Clara Souza" }],
    ["By Jane Doe, in Beijing", { field: "author", value: "Jane Doe" }],
    ["Fonte|Jiazi Light Year", { field: "sourceName", value: "Jiazi Light Year" }],
    ["Source: Example Research", { field: "sourceName", value: "Example Research" }],
    ["来源：示例科技网", { field: "sourceName", value: "示例科技网" }],
    ["Fonte: https://example.com/artigo/1", { field: "sourceUrl", value: "https://example.com/artigo/1" }],
    ["Link original: https://example.com/a?id=2", { field: "sourceUrl", value: "https://example.com/a?id=2" }],
    ["URL original: https://example.com/b", { field: "sourceUrl", value: "https://example.com/b" }],
    ["Publicado em 12 de março de 2024", { field: null, value: "12 de março de 2024" }],
    ["Autor: Liu Yangnan · 30 de junho de 2023", { field: "author", value: "Liu Yangnan", date: "30 de junho de 2023" }],
    ["Autor|Liu Yangnan|2023-06-30 14:05", { field: "author", value: "Liu Yangnan", date: "2023-06-30 14:05" }],
    ["Por Marta Figueiredo, 3 de março de 2024", { field: "author", value: "Marta Figueiredo", date: "3 de março de 2024" }],
    ["Fonte: Reuters — 12/03/2024", { field: "sourceName", value: "Reuters", date: "12/03/2024" }],
    ["Autor: Ana Sá, Rui Lopes", { field: "author", value: "Ana Sá, Rui Lopes" }],
  ])("%s", (line, expected) => {
    expect(parseMetadataLine(line)).toEqual(expected);
  });

  it.each([
    "Por exemplo, em 1º de junho, foi relatado que a empresa estava prestes a concluir uma ronda.",
    "Por que razão os investidores estão cautelosos?",
    "A fonte: um investidor que pediu anonimato.",
    "Autor de vários livros, o fundador deixou a universidade em 2019 para criar a empresa.",
  ])("is not metadata: %s", (line) => {
    expect(parseMetadataLine(line)).toBeNull();
  });

  it("keeps a byline's date out of the author field", () => {
    const article = splitPlainText("Título\n\nAutor: Liu Yangnan · 30 de junho de 2023\n\nTexto do artigo.");
    expect(article.author).toBe("Liu Yangnan");
    expect(article.paragraphs[1]).toEqual({ kind: "metadata", text: "Autor: Liu Yangnan · 30 de junho de 2023" });
  });

  it("fills the article fields from the first value of each", () => {
    const article = splitPlainText("Título\n\nAutor: Primeiro Autor\n\nAutor: Segundo Autor\n\nFonte: Jornal\n\nTexto.");
    expect(article).toMatchObject({ author: "Primeiro Autor", sourceName: "Jornal", sourceUrl: null });
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["heading", "metadata", "metadata", "metadata", "body"]);
  });
});
