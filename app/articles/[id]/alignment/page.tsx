import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AlignmentEditor } from "@/components/source/alignment-editor";
import { canEditAlignment } from "@/lib/auth/permissions/source";
import { requirePageUser } from "@/lib/auth/session";
import { getArticleMetadata } from "@/lib/data/article-metadata";
import { getDb } from "@/lib/data/db";
import { idParam } from "@/lib/http/id-param";
import { alignmentView } from "@/lib/services/alignment-view";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const id = await idParam(params);
  const [article, t] = await Promise.all([id ? getArticleMetadata(await getDb(), { articleId: id }) : null, getTranslations("bilingual.alignmentPage")]);
  return { title: article ? t("pageTitle", { title: article.fields.title }) : t("heading") };
}

/** The alignment editor: the original and the translation link by link, fixed by hand by reviewers. */
export default async function ArticleAlignmentPage({ params }: Params) {
  const user = await requirePageUser();
  const id = await idParam(params);
  if (!id) notFound();
  const db = await getDb();
  const [article, t] = await Promise.all([getArticleMetadata(db, { articleId: id }), getTranslations("bilingual.alignmentPage")]);
  if (!article) notFound();
  const view = await alignmentView(db, id);
  const canEdit = canEditAlignment(user.role, { archived: article.archived });
  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <nav className="flex flex-wrap gap-3 text-sm">
        <Link href={`/articles/${id}`} className="text-accent hover:underline">
          ← {t("back")}
        </Link>
        <Link href={`/articles/${id}/source`} className="text-accent hover:underline">
          {t("source")}
        </Link>
      </nav>
      <h1 className="font-serif text-2xl font-semibold">{t("heading")}</h1>
      <p className="text-sm text-stone-600">{article.fields.title}</p>
      {view ? (
        <>
          <p className="text-sm text-stone-600">{canEdit ? t("intro") : t("readOnly")}</p>
          <AlignmentEditor initial={view} canEdit={canEdit} />
        </>
      ) : (
        <p className="text-sm text-stone-700">{t("none")}</p>
      )}
    </div>
  );
}
