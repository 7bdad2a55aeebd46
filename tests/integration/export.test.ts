import type { Element, Root } from "hast";
import { toText } from "hast-util-to-text";
import mammoth from "mammoth";
import Papa from "papaparse";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/data/annotations";
import { getArticle } from "@/lib/data/articles";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { dismissFlag } from "@/lib/data/dismissals";
import { approveParagraph, saveParagraphText } from "@/lib/data/paragraphs";
import { createUser } from "@/lib/data/users";
import { REVIEW_CSV_COLUMNS } from "@/lib/export";
import { buildReport } from "@/lib/report/build-report";
import { renderArticleExport, type ArticleFormatId } from "@/lib/report/export-formats";
import { toExportArticle } from "@/lib/report/export-article";
import { loadReportInput } from "@/lib/services/load-report";
import type { ReportInput } from "@/lib/report/types";
import { importArticle } from "@/lib/services/import-article";
import { readSharedFixture } from "../shared-fixtures";
import { refusalText } from "@/lib/i18n/refusal-wording";

let opened: OpenDatabase;
let articleId: number;
let input: ReportInput;
const CORRECTED = "Desde 26 de junho, as ações de conceito de IA, como a iFlytek, a Kunlun Wanwei e a 360, despencaram coletivamente.";

/** The seed article imported through the real importer, partly reviewed: one edit, one annotation, one dismissal. */
beforeAll(async () => {
  opened = await openPglite();
  const db = opened.db;
  const ana = await createUser(db, { email: "ana@example.com", name: "Ana Revisora", passwordHash: "x", role: "reviewer" });
  const outcome = await importArticle(db, { input: { kind: "text", text: readSharedFixture("seed-article.txt") }, locale: "pt-BR", userId: ana.id, options: {} });
  if (!outcome.ok) throw new Error(outcome.error.message);
  articleId = outcome.id;
  const { paragraphs } = (await getArticle(db, articleId))!;
  const target = paragraphs.find((p) => p.machineText.includes("HKUST Xunfei"))!;
  await saveParagraphText(db, { paragraphId: target.id, baseVersion: 1, text: CORRECTED, userId: ana.id });
  await approveParagraph(db, target.id, 2, ana.id);
  const calque = paragraphs.find((p) => p.currentText.includes("necessidade justa"))!;
  const start = calque.currentText.indexOf("necessidade justa");
  await createAnnotation(db, { paragraphId: calque.id, start, end: start + 17, text: "necessidade justa", category: "Accuracy", subtype: "mistranslation", severity: "major", comment: null, check: "calque", authorId: ana.id });
  // The check that raises the company name on both the machine and the corrected text.
  await dismissFlag(db, { paragraphId: target.id, check: "known-entity", text: "Kunlun Wanwei", reason: null, userId: ana.id });
  input = (await loadReportInput(db, articleId, { flags: true }))!;
}, 120_000);
afterAll(async () => {
  await opened?.close();
});

const render = async (format: ArticleFormatId, draft = false) => {
  const rendered = await renderArticleExport(toExportArticle(input), format, { draft });
  if (!rendered.ok) throw new Error(refusalText("en", rendered.refusal));
  return rendered;
};

function elements(tree: Root | Element, tagName: string): Element[] {
  return tree.children.flatMap((child) => (child.type === "element" ? [...(child.tagName === tagName ? [child] : []), ...elements(child, tagName)] : []));
}

describe("exports from the database", () => {
  it("holds back the cleaned article while paragraphs are unapproved, but not the review table", async () => {
    const refused = await renderArticleExport(toExportArticle(input), "md", {});
    expect(refused).toMatchObject({ ok: false, refusal: { key: "notApproved" } });
    if (refused.ok) return;
    expect(refused.notApproved).toBeGreaterThan(60);
    // The route words the refusal in the reader's interface language.
    expect(refusalText("pt-PT", refused.refusal)).toBe(`${refused.notApproved} parágrafos ainda não estão aprovados. Aprove-os, ou exporte um rascunho marcado como tal.`);
    expect(refusalText("en", refused.refusal)).toBe(`${refused.notApproved} paragraphs are not approved yet. Approve them, or export a draft marked as such.`);
    expect((await render("csv")).fileName).toBe("os-modelos-em-grande-escala-estao-em-alta-ha-meio-ano-e-existem-apenas-alguns-in-review.csv");
  });

  it("writes Markdown and plain text with the correction, without the site's menus, marked as a draft", async () => {
    const md = (await render("md", true)).body as string;
    expect(md).toMatch(/^# Os modelos em grande escala/);
    expect(md).toMatch(/> \*\*RASCUNHO — \d+ parágrafos não aprovados\*\*/);
    expect(md).toContain(CORRECTED);
    expect(md).toContain("## 1\\. Investidores prudentes");
    expect(md).not.toContain("HKUST Xunfei");
    expect(md).not.toContain("Ver original");
    expect(md).not.toContain("简体中文");
    const txt = (await render("txt", true)).body as string;
    expect(txt.split("\n\n")).toContain(CORRECTED);
    expect((await render("txt", true)).fileName).toMatch(/-draft\.txt$/);
  });

  it("writes a standalone HTML page whose paragraphs parse back", async () => {
    const html = (await render("html", true)).body as string;
    const tree = unified().use(rehypeParse).parse(html);
    expect(elements(tree, "script")).toEqual([]);
    expect(elements(tree, "link")).toEqual([]);
    const headings = elements(tree, "h2").map((h) => toText(h));
    expect(headings).toContain("1. Investidores prudentes");
    expect(elements(tree, "p").map((p) => toText(p))).toContain(CORRECTED);
  });

  it("writes a DOCX that mammoth reads back with headings and the correction", async () => {
    const docx = (await render("docx", true)).body as Buffer;
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: docx });
    expect(messages.filter((m) => m.type === "error")).toEqual([]);
    expect(html).toContain("<h2>1. Investidores prudentes</h2>");
    expect(html).toContain(`<p>${CORRECTED}</p>`);
    expect(html).not.toContain("Ver original");
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    expect(text).toMatch(/RASCUNHO — \d+ parágrafos não aprovados/);
  });

  it("writes the review table with every paragraph, edit figures, flags and reviewer", async () => {
    const csv = (await render("csv")).body as string;
    const { data, meta, errors } = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...REVIEW_CSV_COLUMNS]);
    expect(data).toHaveLength(input.paragraphs.length);
    const row = data.find((r) => r.final_text === CORRECTED)!;
    expect(row).toMatchObject({ changed: "yes", status: "approved", reviewer: "Ana Revisora", flags_dismissed: "1" });
    expect(Number(row.ter)).toBeGreaterThan(0);
    expect(data.filter((r) => r.kind === "boilerplate").length).toBeGreaterThan(10);
  });
});

describe("the quality report from the database", () => {
  it("counts the fixed flags, the dismissal, the annotation and the reviewer", () => {
    const report = buildReport(input);
    expect(report.flags.total.found).toBeGreaterThan(20);
    expect(report.flags.total.fixed).toBeGreaterThanOrEqual(1);
    expect(report.flags.total.dismissed).toBe(1);
    expect(report.flags.byCheck.find((r) => r.key === "calque")?.found).toBeGreaterThan(0);
    expect(report.mqm).toMatchObject({ penalty: 5, bySeverity: { major: 1 } });
    expect(report.mqm.passed).toBe(true);
    expect(report.effort.changedParagraphs).toBe(1);
    expect(report.reviewers).toEqual([{ name: "Ana Revisora", edits: 1, approvals: 1, dismissals: 1, annotations: 1 }]);
    const edited = report.paragraphs.find((p) => p.status === "approved")!;
    expect(edited).toMatchObject({ reviewer: "Ana Revisora", effort: { changed: true } });
  });
});
