import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleWorkspace } from "@/components/article/article-workspace";
import { StoppedChecksNotice } from "@/components/article/stopped-checks-notice";
import { SourceBar } from "@/components/source/source-bar";
import { SourceProvider } from "@/components/source/source-context";
import { CHECKS } from "@/lib/checks";
import { canEditArticle } from "@/lib/auth/permissions/article";
import { canGiveSource } from "@/lib/auth/permissions/source";
import { requirePageUser } from "@/lib/auth/session";
import { getArticle } from "@/lib/data/articles";
import { getDb } from "@/lib/data/db";
import { checkTitleKey } from "@/lib/i18n/flag-message";
import { articleThreads } from "@/lib/services/comment-threads";
import { reviewFlags } from "@/lib/services/review-flags";
import { workspaceSource } from "@/lib/services/source-workspace";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const article = Number.isInteger(id) && id > 0 ? await getArticle(await getDb(), id) : null;
  return { title: article?.title ?? (await getTranslations("workspace"))("fallbackTitle") };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const db = await getDb();
  const article = await getArticle(db, id);
  if (!article) notFound();
  const [review, t, threads, source] = await Promise.all([
    reviewFlags(db, article),
    getTranslations("checks"),
    articleThreads({ db, actor: user, articleId: id }),
    workspaceSource(db, article),
  ]);
  // The registry, not a loaded flagger: the page needs check titles, and the checks run on the flagging pool.
  const checkTitles = Object.fromEntries(CHECKS.map((c) => [c.id, t.has(checkTitleKey(c.id)) ? t(checkTitleKey(c.id)) : c.title]));
  return (
    <>
      <StoppedChecksNotice stopped={review.stopped} checkTitles={checkTitles} />
      <SourceBar articleId={id} source={source} canGive={canGiveSource(user.role, { archived: article.archivedAt !== null })} />
      <SourceProvider source={source}>
      <ArticleWorkspace
      article={article}
      initialFlags={review.flags}
      initialDismissals={review.dismissals}
      initialIgnoredWords={review.ignoredWords}
      checkTitles={checkTitles}
      canEdit={canEditArticle(user.role, { archived: article.archivedAt !== null })}
      me={{ id: user.id, role: user.role }}
      archived={article.archivedAt !== null}
      initialThreads={threads}
      />
      </SourceProvider>
    </>
  );
}
