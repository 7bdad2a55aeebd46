import { downloadFileName } from "@/lib/backup/file-name";
import { downloadResponse } from "@/lib/backup/download-response";
import { getDb } from "@/lib/data/db";
import { refusalError, route } from "@/lib/http/route";
import { buildReport } from "@/lib/report/build-report";
import { loadReportInput } from "@/lib/services/load-report";
import { reportToCsv } from "@/lib/report/report-csv";
import { reportToHtml } from "@/lib/report/report-html";
import { readReportOptions } from "@/lib/report/report-options";
import { idParam } from "@/lib/http/id-param";
import { requestUiLocale } from "@/lib/i18n/request-locale";

type Context = { params: Promise<{ id: string }> };

/** The quality report as a file: `?format=html|csv[&preset=default|wmt|dqf][&threshold=N]`. */
export const GET = route<Context>("viewer", async (request, _user, context) => {
  const id = await idParam(context.params);
  const query = new URL(request.url).searchParams;
  const format = query.get("format");
  if (format !== "html" && format !== "csv") return refusalError(400, { key: "chooseFormat", values: { formats: "html, csv" } });
  const input = id !== null ? await loadReportInput(await getDb(), id, { flags: true }) : null;
  if (!input) return refusalError(404, { key: "noSuchArticle" });
  const report = buildReport(input, readReportOptions({ preset: query.get("preset"), threshold: query.get("threshold") }));
  const fileName = downloadFileName(input.article.title, "quality-report", format);
  return format === "html"
    ? downloadResponse(reportToHtml(report, { locale: await requestUiLocale() }), fileName, "text/html; charset=utf-8")
    : downloadResponse(reportToCsv(report), fileName, "text/csv; charset=utf-8");
});
