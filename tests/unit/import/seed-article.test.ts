import { describe, expect, it } from "vitest";
import { parseImport } from "@/lib/import";
import { splitPlainText } from "@/lib/import/split-text";
import { readSharedFixture } from "@/tests/shared-fixtures";

const seed = readSharedFixture("seed-article.txt");

function countKinds(paragraphs: { kind: string }[]): Record<string, number> {
  const counts: Record<string, number> = { heading: 0, metadata: 0, body: 0, boilerplate: 0 };
  for (const paragraph of paragraphs) counts[paragraph.kind]++;
  return counts;
}

describe("the seed article", () => {
  const article = splitPlainText(seed);

  it("yields its title, author and source", () => {
    expect(article.title).toBe("Os modelos em grande escala estão em alta há meio ano e existem apenas alguns investidores que pagaram com dinheiro real");
    expect(article.author).toBe("Liu Yangnan");
    expect(article.sourceName).toBe("Jiazi Light Year");
    expect(article.sourceUrl).toBeNull();
  });

  it("has exactly these paragraph counts by kind", () => {
    expect(article.paragraphs).toHaveLength(100);
    expect(countKinds(article.paragraphs)).toEqual({ heading: 4, metadata: 2, body: 67, boilerplate: 27 });
  });

  it("keeps the title and the numbered sections as headings and the metadata lines as metadata", () => {
    const headings = article.paragraphs.filter((p) => p.kind === "heading").map((p) => p.text);
    expect(headings[0]).toBe(article.title);
    expect(headings.slice(1).map((text) => text.slice(0, 3))).toEqual(["1. ", "2. ", "3. "]);
    expect(article.paragraphs.slice(1, 3)).toEqual([
      { kind: "metadata", text: "Autor|Liu Yangnan" },
      { kind: "metadata", text: "Fonte|Jiazi Light Year" },
    ]);
  });

  it("marks the whole tail from “Ver original” as boilerplate, one paragraph per line", () => {
    const first = article.paragraphs.findIndex((p) => p.kind === "boilerplate");
    expect(article.paragraphs[first].text).toBe("Ver original");
    expect(article.paragraphs.slice(first).every((p) => p.kind === "boilerplate")).toBe(true);
    expect(article.paragraphs[first - 1]).toEqual({ kind: "body", text: "E o tempo é a melhor prova para provar tudo." });
    expect(article.paragraphs.at(-1)?.text).toBe("• Português (Brasil)");
    expect(article.paragraphs.map((p) => p.text)).toContain("0/400");
  });

  it("stores exactly what splitPlainText returns when imported as a file", async () => {
    const result = await parseImport({ kind: "file", bytes: new TextEncoder().encode(seed), filename: "seed-article.txt" });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.format).toBe("txt");
    expect(result.article.paragraphs).toEqual(article.paragraphs);
    expect(result.article.title).toBe(article.title);
    expect(result.article.warnings).toEqual([]);
  });

  it("keeps every offset-bearing character: the body text is the source text", () => {
    for (const paragraph of article.paragraphs) expect(seed).toContain(paragraph.text);
  });
});

describe("a clean article without boilerplate", () => {
  it("has no boilerplate paragraphs", () => {
    const article = splitPlainText(readSharedFixture("clean-pt-article.txt"));
    expect(countKinds(article.paragraphs)).toEqual({ heading: 1, metadata: 2, body: 9, boilerplate: 0 });
    expect(article.author).toBe("Marta Figueiredo");
    expect(article.sourceName).toBe("Redação de Tecnologia");
  });
});
