import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleArchivePanel } from "@/components/articles/article-archive-panel";
import { ArticleAssignPanel } from "@/components/articles/article-assign-panel";
import { ArticleHistory } from "@/components/articles/article-history";
import { ArticleMetadataForm } from "@/components/articles/article-metadata-form";
import { ArticleStatusPanel } from "@/components/articles/article-status-panel";
import { StatusBadge } from "@/components/articles/status-badge";
import { Badge } from "@/components/ui/badge";
import { canArchiveArticle, canAssignArticle, canChangeArticleStatus, canEditArticleMetadata } from "@/lib/auth/permissions/article";
import { requirePageUser } from "@/lib/auth/session";
import { listArticleAssignees, listAssignableUsers } from "@/lib/data/article-assignments";
import { listArticleEvents } from "@/lib/data/article-events";
import { getArticle } from "@/lib/data/articles";
import { getDb } from "@/lib/data/db";
import { findHeadline } from "@/lib/export/headline";

type Params = { params: Promise<{ id: string }> };

async function load(params: Params["params"]) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return getArticle(await getDb(), id);
}

export async function generateMetadata({ params }: Params) {
  const [article, t] = await Promise.all([load(params), getTranslations("articles.details")]);
  return { title: article ? t("pageTitle", { title: article.title }) : t("metadata") };
}

export default async function ArticleDetailsPage({ params }: Params) {
  const user = await requirePageUser();
  const article = await load(params);
  if (!article) notFound();
  const db = await getDb();
  const [t, events, assignees, people] = await Promise.all([
    getTranslations("articles"),
    listArticleEvents(db, { articleId: article.id }),
    listArticleAssignees(db, { articleId: article.id }),
    listAssignableUsers(db),
  ]);
  const access = { archived: article.archivedAt !== null };
  const headline = findHeadline(article.importedTitle, article.paragraphs.map((p) => ({ ...p, text: p.currentText })));
  const section = "space-y-3 rounded-lg border border-stone-200 bg-white p-4";
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <nav className="flex gap-3 text-sm">
          <Link href={`/articles/${article.id}`} className="text-accent hover:underline">← {t("details.back")}</Link>
          <Link href="/" className="text-stone-600 hover:underline">{t("details.toList")}</Link>
        </nav>
        <h1 className="font-serif text-2xl font-semibold" lang={article.locale}>{article.title}</h1>
        <div className="flex items-center gap-2">
          <StatusBadge status={article.status} />
          {access.archived ? <Badge className="bg-stone-100 text-stone-600 ring-stone-300">{t("list.archivedBadge")}</Badge> : null}
        </div>
      </div>
      {access.archived ? <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("header.archivedNotice")}</p> : null}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-5">
          <section className={section} aria-labelledby="metadata-heading">
            <h2 id="metadata-heading" className="font-semibold">{t("details.metadata")}</h2>
            <ArticleMetadataForm
              articleId={article.id}
              stored={{ title: article.title, author: article.author, sourceName: article.sourceName, sourceUrl: article.sourceUrl, locale: article.locale }}
              headlineVersion={headline?.version ?? null}
              canEdit={canEditArticleMetadata(user.role, access)}
            />
          </section>
          <section className={section} aria-labelledby="history-heading">
            <h2 id="history-heading" className="font-semibold">{t("details.history")}</h2>
            <ArticleHistory events={events} />
          </section>
        </div>
        <div className="space-y-5">
          <section className={section} aria-labelledby="status-heading">
            <h2 id="status-heading" className="font-semibold">{t("details.statusHeading")}</h2>
            <ArticleStatusPanel articleId={article.id} status={article.status} canChange={canChangeArticleStatus(user.role, access)} />
          </section>
          <section className={section} aria-labelledby="assign-heading">
            <h2 id="assign-heading" className="font-semibold">{t("details.assignHeading")}</h2>
            <ArticleAssignPanel articleId={article.id} assignees={assignees} people={people} canAssign={canAssignArticle(user.role, access)} />
          </section>
          {canArchiveArticle(user.role) ? (
            <section className={section} aria-labelledby="archive-heading">
              <h2 id="archive-heading" className="font-semibold">{t("details.archiveHeading")}</h2>
              <ArticleArchivePanel articleId={article.id} archived={access.archived} />
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
