import { NextResponse } from "next/server";
import { downloadResponse } from "@/lib/backup/download-response";
import { getDb } from "@/lib/data/db";
import { refusalError, route } from "@/lib/http/route";
import { refusalText } from "@/lib/i18n/refusal-wording";
import { requestUiLocale } from "@/lib/i18n/request-locale";
import { ARTICLE_FORMATS, isArticleFormat, renderArticleExport } from "@/lib/report/export-formats";
import { toExportArticle } from "@/lib/report/export-article";
import { loadReportInput } from "@/lib/services/load-report";
import { BILINGUAL_FORMATS, isBilingualFormat, renderBilingualExport } from "@/lib/services/source-export";
import { idParam } from "@/lib/http/id-param";

type Context = { params: Promise<{ id: string }> };

/**
 * `?format=md|txt|html|docx|csv[&draft=1]`. The cleaned article is refused with 409 while paragraphs
 * are unapproved, unless a draft (marked as such inside the file) is asked for. `xliff`, `xliff12` and `tmx` are
 * the bilingual files for CAT tools (TMX only with the Chinese original: 409 without it).
 */
export const GET = route<Context>("viewer", async (request, _user, context) => {
  const id = await idParam(context.params);
  const query = new URL(request.url).searchParams;
  const format = query.get("format");
  if (isBilingualFormat(format)) {
    const bilingual = id !== null ? await renderBilingualExport(await getDb(), id, format) : null;
    if (!bilingual) return refusalError(404, { key: "noSuchArticle" });
    if (!bilingual.ok) return refusalError(409, bilingual.refusal);
    return downloadResponse(bilingual.body, bilingual.fileName, bilingual.contentType);
  }
  if (!isArticleFormat(format)) return refusalError(400, { key: "chooseFormat", values: { formats: [...Object.keys(ARTICLE_FORMATS), ...Object.keys(BILINGUAL_FORMATS)].join(", ") } });
  const input = id !== null ? await loadReportInput(await getDb(), id, { flags: format === "csv" }) : null;
  if (!input) return refusalError(404, { key: "noSuchArticle" });
  const rendered = await renderArticleExport(toExportArticle(input), format, { draft: query.get("draft") === "1" });
  if (!rendered.ok) return NextResponse.json({ error: refusalText(await requestUiLocale(), rendered.refusal), notApproved: rendered.notApproved }, { status: 409 });
  return downloadResponse(rendered.body, rendered.fileName, rendered.contentType);
});
