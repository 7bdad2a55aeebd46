import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SourceForm } from "@/components/source/source-form";
import { canGiveSource } from "@/lib/auth/permissions/source";
import { requirePageUser } from "@/lib/auth/session";
import { maxImportBytes } from "@/lib/config";
import { getArticleMetadata } from "@/lib/data/article-metadata";
import { getDb } from "@/lib/data/db";
import { idParam } from "@/lib/http/id-param";
import { findCurrentSource } from "@/lib/data/source-texts";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const id = await idParam(params);
  const [article, t] = await Promise.all([id ? getArticleMetadata(await getDb(), { articleId: id }) : null, getTranslations("bilingual.sourcePage")]);
  return { title: article ? t("pageTitle", { title: article.fields.title }) : t("heading") };
}

/** The article's Chinese original: which one is in force, and (for reviewers) the form that gives a new one. */
export default async function ArticleSourcePage({ params }: Params) {
  const user = await requirePageUser();
  const id = await idParam(params);
  if (!id) notFound();
  const db = await getDb();
  const [article, source, t, format] = await Promise.all([getArticleMetadata(db, { articleId: id }), findCurrentSource({ db, articleId: id }), getTranslations("bilingual.sourcePage"), getFormatter()]);
  if (!article) notFound();
  const canGive = canGiveSource(user.role, { archived: article.archived });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <nav className="flex flex-wrap gap-3 text-sm">
        <Link href={`/articles/${id}`} className="text-accent hover:underline">
          ← {t("back")}
        </Link>
        {source ? (
          <Link href={`/articles/${id}/alignment`} className="text-accent hover:underline">
            {t("alignment")}
          </Link>
        ) : null}
      </nav>
      <h1 className="font-serif text-2xl font-semibold">{t("heading")}</h1>
      <p className="text-sm text-stone-600">{article.fields.title}</p>
      <p className="text-sm text-stone-700" data-testid="source-current">
        {source
          ? t("current", { version: source.version, paragraphs: source.paragraphs.length, name: source.createdBy ?? t("someone"), when: format.dateTime(source.createdAt, { dateStyle: "medium", timeStyle: "short" }) })
          : t("none")}
      </p>
      {canGive ? (
        <>
          <p className="text-sm text-stone-600">{source ? t("replaceIntro") : t("intro")}</p>
          <SourceForm articleId={id} maxBytes={maxImportBytes()} />
        </>
      ) : (
        <p className="text-sm text-stone-600">{article.archived ? t("archived") : t("readOnly")}</p>
      )}
    </div>
  );
}
