import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { countNotApproved } from "@/components/export/count-not-approved";
import { ReportThreads } from "@/components/comments/report-threads";
import { ExportMenu } from "@/components/export/export-menu";
import { ReportView } from "@/components/report/report-view";
import { ScoringForm } from "@/components/report/scoring-form";
import { buttonVariants } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/session";
import { listArticleAnnotations } from "@/lib/data/annotations";
import { getDb } from "@/lib/data/db";
import { buildReport } from "@/lib/report/build-report";
import { articleThreads } from "@/lib/services/comment-threads";
import { loadReportInput } from "@/lib/services/load-report";
import { readReportOptions, reportQuery } from "@/lib/report/report-options";

export async function generateMetadata() {
  return { title: (await getTranslations("report"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ preset?: string; threshold?: string }> };

export default async function ReportPage({ params, searchParams }: Props) {
  const [user, t] = await Promise.all([requirePageUser(), getTranslations("report")]);
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const db = await getDb();
  const [input, annotations, threads] = await Promise.all([loadReportInput(db, id, { flags: true }), listArticleAnnotations(db, id), articleThreads({ db, actor: user, articleId: id })]);
  if (!input) notFound();
  const options = readReportOptions(await searchParams);
  const report = buildReport(input, options);
  const query = reportQuery(options);
  const separator = query ? "&" : "?";
  return (
    <div className="space-y-6">
      <header className="space-y-3 border-b border-stone-200 pb-4">
        <Link href={`/articles/${id}`} className="text-sm text-accent hover:underline">{t("page.back")}</Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="font-serif text-2xl font-semibold leading-snug">{t("title")}</h1>
            <p className="text-stone-700" lang={report.article.locale}>{report.article.title}</p>
            <p className="text-sm text-stone-500">
              {t("page.summary", { locale: report.article.locale, approved: report.approved, total: report.paragraphs.length, excluded: report.excludedParagraphs })}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <a href={`/api/articles/${id}/export/report${query}${separator}format=html`} download className={buttonVariants({ variant: "secondary", size: "sm" })}>{t("page.downloadHtml")}</a>
            <a href={`/api/articles/${id}/export/report${query}${separator}format=csv`} download className={buttonVariants({ variant: "secondary", size: "sm" })}>{t("page.downloadCsv")}</a>
            <ExportMenu articleId={id} notApproved={countNotApproved(input.paragraphs, input.article.title)} canBackup={user.role !== "viewer"} showReportLink={false} />
          </div>
        </div>
      </header>
      <ScoringForm preset={options.preset} threshold={report.mqm.threshold} />
      <ReportView report={report} annotations={annotations} />
      <ReportThreads threads={threads} />
    </div>
  );
}
