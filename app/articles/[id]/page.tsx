import { notFound } from "next/navigation";
import { ArticleWorkspace } from "@/components/article/article-workspace";
import { requirePageUser } from "@/lib/auth/session";
import { getArticle } from "@/lib/data/articles";
import { getDb } from "@/lib/data/db";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const article = Number.isInteger(id) ? await getArticle(await getDb(), id) : null;
  return { title: article?.title ?? "Article" };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const article = await getArticle(await getDb(), id);
  if (!article) notFound();
  return <ArticleWorkspace article={article} canEdit={user.role !== "viewer"} />;
}
