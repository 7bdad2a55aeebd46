import { NextResponse } from "next/server";
import { downloadResponse } from "@/lib/backup/download-response";
import { getDb } from "@/lib/data/db";
import { jsonError, route } from "@/lib/http/route";
import { ARTICLE_FORMATS, isArticleFormat, renderArticleExport } from "@/lib/report/export-formats";
import { toExportArticle } from "@/lib/report/export-article";
import { loadReportInput } from "@/lib/services/load-report";

type Context = { params: Promise<{ id: string }> };

/**
 * `?format=md|txt|html|docx|csv[&draft=1]`. The cleaned article is refused with 409 while paragraphs
 * are unapproved, unless a draft (marked as such inside the file) is asked for.
 */
export const GET = route<Context>("viewer", async (request, _user, context) => {
  const id = Number((await context.params).id);
  const query = new URL(request.url).searchParams;
  const format = query.get("format");
  if (!isArticleFormat(format)) return jsonError(400, `Choose a format: ${Object.keys(ARTICLE_FORMATS).join(", ")}.`);
  const input = Number.isInteger(id) && id > 0 ? await loadReportInput(await getDb(), id, { flags: format === "csv" }) : null;
  if (!input) return jsonError(404, "No such article.");
  const rendered = await renderArticleExport(toExportArticle(input), format, { draft: query.get("draft") === "1" });
  if (!rendered.ok) return NextResponse.json({ error: rendered.message, notApproved: rendered.notApproved }, { status: 409 });
  return downloadResponse(rendered.body, rendered.fileName, rendered.contentType);
});
