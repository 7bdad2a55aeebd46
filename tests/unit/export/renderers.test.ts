import mammoth from "mammoth";
import Papa from "papaparse";
import rehypeParse from "rehype-parse";
import { toText } from "hast-util-to-text";
import { unified } from "unified";
import type { Element, Root } from "hast";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "@/lib/export/clean-article";
import { toDocx } from "@/lib/export/to-docx";
import { toHtml } from "@/lib/export/to-html";
import { toMarkdown } from "@/lib/export/to-markdown";
import { toPlainText } from "@/lib/export/to-plain-text";
import { REVIEW_CSV_COLUMNS, toReviewCsv } from "@/lib/export/to-review-csv";
import { XSS, hostileArticle, seedExportArticle } from "./article-fixture";

/** CommonMark reads a backslash before ASCII punctuation as that character, and before a line end as a hard break. */
const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~\n])/g, "$1");

function elements(tree: Root | Element, tagName?: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (!tagName || child.tagName === tagName) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

describe("toMarkdown", () => {
  it("writes the title, the header, headings as ## and every paragraph as its own block", () => {
    const article = seedExportArticle();
    const { blocks } = cleanArticle(article);
    const markdown = toMarkdown(article);
    const parts = markdown.trimEnd().split("\n\n");
    expect(unescapeMarkdown(parts[0])).toBe(`# ${article.title}`);
    expect(parts[1].split("\n")).toEqual([
      "- Autor: Liu Yangnan",
      "- Fonte: [Jiazi Light Year](<https://example.org/artigo?id=1&lang=pt>)",
      "- Variante: pt-PT",
    ]);
    const body = parts.slice(2);
    expect(body).toHaveLength(blocks.length);
    body.forEach((part, i) => {
      const expected = blocks[i].kind === "heading" ? `## ${blocks[i].text}` : blocks[i].text;
      expect(unescapeMarkdown(part)).toBe(expected);
    });
    expect(markdown).not.toContain("Ver original");
  });

  it("escapes text so it cannot become markup", () => {
    const markdown = toMarkdown(hostileArticle());
    expect(markdown).not.toMatch(/(^|[^\\])<script/);
    expect(markdown).toContain("\\# Secção");
    expect(markdown).toContain("\\\n\\* não é lista \\_nem\\_ \\[link\\](http://x)");
    expect(markdown).toContain("1\\. não é lista numerada");
    expect(markdown).not.toContain("javascript:");
    expect(unescapeMarkdown(markdown)).toContain(XSS);
  });

  it("marks a draft with the number of paragraphs not approved", () => {
    const article = seedExportArticle();
    const notApproved = cleanArticle(article).blocks.filter((b) => b.status !== "approved").length;
    expect(toMarkdown(article, { draft: true })).toContain(`> **RASCUNHO — ${notApproved} parágrafos não aprovados**`);
    expect(toMarkdown(article)).not.toContain("RASCUNHO");
    expect(toMarkdown(seedExportArticle({ approveAll: true }), { draft: true })).not.toContain("RASCUNHO");
  });
});

describe("toPlainText", () => {
  it("writes the header and the kept paragraphs, unescaped, separated by blank lines", () => {
    const article = seedExportArticle();
    const text = toPlainText(article);
    const parts = text.trimEnd().split("\n\n");
    expect(parts[0]).toBe(article.title);
    expect(parts[1]).toBe("Autor: Liu Yangnan\nFonte: Jiazi Light Year (https://example.org/artigo?id=1&lang=pt)\nVariante: pt-PT");
    expect(parts.slice(2)).toEqual(cleanArticle(article).blocks.map((b) => b.text));
    expect(toPlainText(hostileArticle())).toContain(XSS);
  });
});

describe("toHtml", () => {
  const parse = (html: string) => unified().use(rehypeParse).parse(html) as Root;

  it("is a standalone page with the header, headings and paragraphs", () => {
    const article = seedExportArticle();
    const tree = parse(toHtml(article));
    const [html] = elements(tree, "html");
    expect(html.properties.lang).toBe("pt-PT");
    expect(elements(tree, "h1").map((e) => toText(e))).toEqual([article.title]);
    const { blocks } = cleanArticle(article);
    expect(elements(tree, "h2").map((e) => toText(e))).toEqual(blocks.filter((b) => b.kind === "heading").map((b) => b.text));
    const paragraphs = elements(elements(tree, "article")[0], "p").map((e) => toText(e));
    expect(paragraphs).toEqual(blocks.filter((b) => b.kind === "body").map((b) => b.text));
    expect(elements(tree, "dd").map((e) => toText(e))).toEqual(["Liu Yangnan", "Jiazi Light Year", "pt-PT"]);
    expect(elements(tree, "a")[0].properties.href).toBe("https://example.org/artigo?id=1&lang=pt");
  });

  it("loads nothing from outside and runs nothing", () => {
    const tree = parse(toHtml(seedExportArticle(), { draft: true }));
    for (const tag of ["script", "link", "img", "iframe", "object", "embed", "base"]) {
      expect(elements(tree, tag)).toEqual([]);
    }
    expect(elements(tree, "style")).toHaveLength(1);
    expect(toText(elements(tree, "style")[0])).not.toMatch(/url\(|@import/);
  });

  it("renders markup in any field as text", () => {
    const html = toHtml(hostileArticle());
    const tree = parse(html);
    expect(elements(tree, "script")).toEqual([]);
    expect(elements(tree, "img")).toEqual([]);
    expect(elements(tree, "b")).toEqual([]);
    expect(toText(elements(tree, "h1")[0])).toBe(`Título ${XSS}`);
    expect(toText(elements(tree, "title")[0])).toBe(`Título ${XSS}`);
    expect(elements(tree, "a")).toEqual([]);
    expect(html).not.toContain("javascript:");
    const everyAttribute = elements(tree).flatMap((e) => Object.keys(e.properties));
    expect(everyAttribute.filter((name) => name.toLowerCase().startsWith("on"))).toEqual([]);
  });

  it("shows the draft banner only for a draft", () => {
    const draft = parse(toHtml(seedExportArticle(), { draft: true }));
    expect(toText(elements(draft, "div").find((e) => e.properties.role === "note")!)).toMatch(/^RASCUNHO — \d+ parágrafos não aprovados$/);
    expect(toHtml(seedExportArticle())).not.toContain("RASCUNHO");
  });
});

describe("toDocx", () => {
  it("reads back in mammoth with the title, header, headings and paragraphs", async () => {
    const article = seedExportArticle();
    const buffer = await toDocx(article);
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    const { value: html, messages } = await mammoth.convertToHtml({ buffer });
    expect(messages.filter((m) => m.type === "error")).toEqual([]);
    const { blocks } = cleanArticle(article);
    const headings = blocks.filter((b) => b.kind === "heading").map((b) => `<h2>${b.text}</h2>`);
    for (const heading of headings) expect(html).toContain(heading);
    const { value: raw } = await mammoth.extractRawText({ buffer });
    const lines = raw.split(/\n+/).filter(Boolean);
    expect(lines[0]).toBe(article.title);
    expect(lines.slice(1, 4)).toEqual(["Autor: Liu Yangnan", "Fonte: Jiazi Light Year", "Variante: pt-PT"]);
    expect(lines.slice(4)).toEqual(blocks.map((b) => b.text));
  });

  it("keeps markup as text and starts a draft with the banner", async () => {
    const { value: raw } = await mammoth.extractRawText({ buffer: await toDocx(hostileArticle()) });
    expect(raw).toContain(`Título ${XSS}`);
    expect(raw).toContain(`Corpo ${XSS}`);
    const draft = await mammoth.extractRawText({ buffer: await toDocx(seedExportArticle(), { draft: true }) });
    expect(draft.value.split(/\n+/)[0]).toMatch(/^RASCUNHO — \d+ parágrafos não aprovados$/);
  });

  it("drops characters XML cannot carry instead of writing a broken file", async () => {
    const article = hostileArticle();
    article.paragraphs[1].text = "antes\u0001\u000Bdepois";
    const { value: raw } = await mammoth.extractRawText({ buffer: await toDocx(article) });
    expect(raw).toContain("antesdepois");
  });
});

describe("toReviewCsv", () => {
  it("has a BOM, the columns, and one row per paragraph with its figures", () => {
    const article = seedExportArticle();
    const csv = toReviewCsv(article);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...REVIEW_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(article.paragraphs.length);
    const changed = parsed.data.find((row) => row.machine_text.includes("HKUST Xunfei"))!;
    expect(changed.final_text).toContain("iFlytek");
    expect(changed.changed).toBe("yes");
    expect(Number(changed.ter)).toBeGreaterThan(0);
    expect(Number(changed.chrf)).toBeLessThan(100);
    const first = parsed.data[0];
    expect(first).toMatchObject({ paragraph: "1", changed: "no", char_edit_rate: "0", ter: "0", chrf: "100", status: "pending", reviewer: "Ana Revisora" });
    expect(parsed.data.map((row) => row.kind)).toContain("boilerplate");
  });

  it("keeps quotes, commas and line breaks, and neutralises spreadsheet formulas", () => {
    const article = hostileArticle();
    article.paragraphs[2].text = '=HYPERLINK("http://x","clique")';
    const parsed = Papa.parse<Record<string, string>>(toReviewCsv(article).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data[1].final_text).toBe(article.paragraphs[1].text);
    expect(parsed.data[2].final_text).toBe(`'=HYPERLINK("http://x","clique")`);
  });
});
