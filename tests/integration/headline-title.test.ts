import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArticleBackup } from "@/lib/data/backup";
import { backupFileName } from "@/lib/backup/file-name";
import { getArticle } from "@/lib/data/articles";
import { listArticles } from "@/lib/data/article-list";
import { previewBulkChange, listScopeArticles } from "@/lib/data/bulk-changes";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { saveParagraphText } from "@/lib/data/paragraphs";
import { createUser } from "@/lib/data/users";
import { renderArticleExport, type ArticleFormatId } from "@/lib/report/export-formats";
import { toExportArticle } from "@/lib/report/export-article";
import { loadReportInput } from "@/lib/services/load-report";
import { importArticle } from "@/lib/services/import-article";
import { refusalText } from "@/lib/i18n/refusal-wording";

const MACHINE = "Modelo grande popular meio ano só poucas empresas ganham dinheiro";
const CORRECTED = "Os grandes modelos estão em alta há meio ano, e poucas empresas lucram";
const TEXT = `${MACHINE}\n\nAutor: Liu Yangnan\n\nDesde junho, as ações de IA caíram em conjunto na bolsa de Xangai.\n\nOs investidores estão mais prudentes do que há um ano.`;

let opened: OpenDatabase;
let articleId: number;
let reviewerId: number;

/** An article imported from pasted text whose headline (paragraph #1) a reviewer then corrected. */
beforeAll(async () => {
  opened = await openPglite();
  const db = opened.db;
  const ana = await createUser(db, { email: "ana@example.com", name: "Ana Revisora", passwordHash: "x", role: "reviewer" });
  reviewerId = ana.id;
  const outcome = await importArticle(db, { input: { kind: "text", text: TEXT }, locale: "pt-PT", userId: ana.id, options: {} });
  if (!outcome.ok) throw new Error(outcome.error.message);
  articleId = outcome.id;
  expect(outcome.title).toBe(MACHINE);
  const [headline] = (await getArticle(db, articleId))!.paragraphs;
  expect(headline.kind).toBe("heading");
  await saveParagraphText(db, { paragraphId: headline.id, baseVersion: 1, text: CORRECTED, userId: ana.id });
}, 120_000);
afterAll(async () => {
  await opened?.close();
});

describe("an article imported without a title", () => {
  it("is named in its own variant, not in English", async () => {
    const db = opened.db;
    const text = "Desde junho, as ações de IA caíram em conjunto na bolsa de Xangai.\n\nOs investidores estão mais prudentes do que há um ano.";
    for (const locale of ["pt-PT", "pt-BR"] as const) {
      const outcome = await importArticle(db, { input: { kind: "text", text }, locale, userId: reviewerId, options: {} });
      if (!outcome.ok) throw new Error(outcome.error.message);
      expect(outcome.title).toBe("Artigo sem título");
      expect((await getArticle(db, outcome.id))?.title).toBe("Artigo sem título");
    }
  });
});

describe("the corrected headline is the article's title", () => {
  it("in the article list, on the article page and in the glossary's article choices", async () => {
    const db = opened.db;
    expect((await listArticles(db)).find((a) => a.id === articleId)?.title).toBe(CORRECTED);
    expect((await getArticle(db, articleId))?.title).toBe(CORRECTED);
    expect((await listScopeArticles(db)).find((a) => a.id === articleId)?.title).toBe(CORRECTED);
    const preview = await previewBulkChange(db, { preferred: "Shanghai", variants: ["Xangai"], type: "entity", caseSensitive: false }, { articleId });
    expect(preview.articles[articleId]).toBe(CORRECTED);
  });

  it("in the file names and the contents of every clean export", async () => {
    const input = (await loadReportInput(opened.db, articleId, { flags: false }))!;
    expect(input.article.title).toBe(CORRECTED);
    const stem = "os-grandes-modelos-estao-em-alta-ha-meio-ano-e-poucas-empresas-lucram";
    for (const format of ["md", "txt", "html", "docx"] as ArticleFormatId[]) {
      const rendered = await renderArticleExport(toExportArticle(input), format, { draft: true });
      if (!rendered.ok) throw new Error(refusalText("en", rendered.refusal));
      expect(rendered.fileName).toBe(`${stem}-draft.${format}`);
      const body = format === "docx" ? (await mammoth.extractRawText({ buffer: rendered.body as Buffer })).value : String(rendered.body).replace(/\\/g, "");
      const visible = format === "html" ? body.replace(/<title>.*<\/title>/, "") : body;
      expect(visible.split(CORRECTED).length - 1, format).toBe(1);
      expect(body, format).not.toContain(MACHINE);
    }
  });

  it("in the backup's file name, while the backup keeps the title as imported", async () => {
    const backup = (await readArticleBackup(opened.db, articleId))!;
    expect(backup.article.title).toBe(MACHINE);
    expect(backupFileName(backup)).toBe("os-grandes-modelos-estao-em-alta-ha-meio-ano-e-poucas-empresas-lucram-backup.json");
  });
});
