import { notFound } from "next/navigation";
import { ArticleWorkspace } from "@/components/article/article-workspace";
import { requirePageUser } from "@/lib/auth/session";
import { getArticle } from "@/lib/data/articles";
import { getDb } from "@/lib/data/db";
import { getFlagger, reviewFlags } from "@/lib/services/review-flags";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const article = Number.isInteger(id) && id > 0 ? await getArticle(await getDb(), id) : null;
  return { title: article?.title ?? "Article" };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const db = await getDb();
  const article = await getArticle(db, id);
  if (!article) notFound();
  const [review, flagger] = await Promise.all([reviewFlags(db, article), getFlagger()]);
  const checkTitles = Object.fromEntries(flagger.checks.map((c) => [c.id, c.title]));
  return (
    <ArticleWorkspace
      article={article}
      initialFlags={review.flags}
      initialDismissals={review.dismissals}
      initialIgnoredWords={review.ignoredWords}
      checkTitles={checkTitles}
      canEdit={user.role !== "viewer"}
    />
  );
}
