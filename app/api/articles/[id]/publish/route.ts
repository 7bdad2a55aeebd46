import { NextResponse } from "next/server";
import { downloadResponse } from "@/lib/backup/download-response";
import { canChangeArticleStatus } from "@/lib/auth/permissions/article";
import { getDb } from "@/lib/data/db";
import { getArticleMetadata } from "@/lib/data/article-metadata";
import { jsonError, refusalError, route } from "@/lib/http/route";
import { refusalText } from "@/lib/i18n/refusal-wording";
import { requestUiLocale } from "@/lib/i18n/request-locale";
import { ARTICLE_FORMATS, isArticleFormat, renderArticleExport } from "@/lib/report/export-formats";
import { toExportArticle } from "@/lib/report/export-article";
import { loadReportInput } from "@/lib/services/load-report";
import { markArticleExported } from "@/lib/services/article-status-change";
import { idParam } from "@/lib/http/id-param";

type Context = { params: Promise<{ id: string }> };

/**
 * `POST ?format=…`: the clean export of an approved article, which then counts as published. A POST because it
 * changes the article's status; the plain download (GET …/export) changes nothing.
 */
export const POST = route<Context>("reviewer", async (request, user, context) => {
  const id = await idParam(context.params);
  const format = new URL(request.url).searchParams.get("format");
  if (!isArticleFormat(format) || format === "csv") return refusalError(400, { key: "chooseFormat", values: { formats: Object.keys(ARTICLE_FORMATS).filter((f) => f !== "csv").join(", ") } });
  const db = await getDb();
  const meta = id === null ? null : await getArticleMetadata(db, { articleId: id });
  if (id === null || !meta) return jsonError(404, "not_found");
  if (!canChangeArticleStatus(user.role, { archived: meta.archived })) return NextResponse.json({ error: meta.archived ? "archived" : "not_allowed" }, { status: 403 });
  if (meta.status !== "approved" && meta.status !== "published") return NextResponse.json({ error: "status_not_allowed" }, { status: 409 });
  const input = await loadReportInput(db, id, { flags: false });
  if (!input) return jsonError(404, "not_found");
  const rendered = await renderArticleExport(toExportArticle(input), format, { draft: false });
  // The status panel words the code and the route the reason, both in the reader's language.
  if (!rendered.ok) return NextResponse.json({ error: "export_refused", reason: refusalText(await requestUiLocale(), rendered.refusal) }, { status: 409 });
  await markArticleExported(db, { user, articleId: id });
  return downloadResponse(rendered.body, rendered.fileName, rendered.contentType);
});
