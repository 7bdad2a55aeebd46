import { canEditArticleMetadata } from "@/lib/auth/permissions/article";
import { recordTitleChange, updateArticleMetadata, type ArticleMetadataFields, type MetadataField } from "@/lib/data/article-metadata";
import { ArticleArchivedError } from "@/lib/data/article-status";
import { getArticle } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { saveParagraphText } from "@/lib/data/paragraphs";
import type { UserSummary } from "@/lib/data/users";
import { findHeadline } from "@/lib/export/headline";
import { finalParagraphText } from "@/lib/validation/paragraph";
import { countOpenFlags } from "./article-open-flags";
import { ArticleRefusal } from "./article-refusal";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

export interface MetadataEdit {
  user: Pick<UserSummary, "id" | "role">;
  articleId: number;
  /** The fields as the form showed them (the title as it reads now). */
  expected: ArticleMetadataFields;
  next: ArticleMetadataFields;
  headlineVersion: number | null;
}

/**
 * Saves an article's metadata with history. The title is the headline paragraph's current text: when the
 * article has a headline, a new title is saved as a revision of that paragraph (the same as correcting it in
 * the workspace, version-checked), so title and headline never disagree and exports print it once. Only an
 * article without a headline paragraph keeps its title in the article itself. A changed locale re-checks it.
 */
export async function editArticleMetadataAs(db: Db, edit: MetadataEdit): Promise<{ changed: MetadataField[] }> {
  const article = await getArticle(db, edit.articleId);
  if (!article) throw new ArticleRefusal("not_found");
  const archived = article.archivedAt !== null;
  if (!canEditArticleMetadata(edit.user.role, { archived })) throw new ArticleRefusal(archived ? "archived" : "not_allowed");
  const headline = findHeadline(article.importedTitle, article.paragraphs.map((p) => ({ ...p, text: p.currentText })));
  const titleChanged = edit.next.title !== article.title;
  if (titleChanged && edit.expected.title !== article.title) {
    throw new ArticleRefusal("conflict", { fields: "title", title: article.title });
  }
  const changed: MetadataField[] = [];
  try {
    if (titleChanged && headline) {
      const saved = await saveParagraphText(db, {
        paragraphId: headline.id,
        baseVersion: edit.headlineVersion ?? headline.version,
        text: finalParagraphText(edit.next.title),
        userId: edit.user.id,
        note: encodeRevisionNote({ key: "titleEdited" }),
      });
      if (!saved.ok) throw new ArticleRefusal("headline_conflict", { title: article.title });
      await recordTitleChange(db, { articleId: article.id, oldTitle: article.title, newTitle: edit.next.title, userId: edit.user.id });
      changed.push("title");
    }
    // With a headline the stored title stays the imported one: it is how the headline paragraph is found.
    const storedTitle = headline ? article.importedTitle : undefined;
    const outcome = await updateArticleMetadata(db, {
      articleId: article.id,
      expected: { ...edit.expected, title: storedTitle ?? edit.expected.title },
      next: { ...edit.next, title: storedTitle ?? edit.next.title },
      userId: edit.user.id,
    });
    if (!outcome.ok) {
      if (outcome.reason === "not_found") throw new ArticleRefusal("not_found");
      throw new ArticleRefusal("conflict", { fields: outcome.fields.join(", ") });
    }
    changed.push(...outcome.changed);
  } catch (error) {
    if (error instanceof ArticleArchivedError) throw new ArticleRefusal("archived");
    throw error;
  }
  if (changed.includes("locale") || changed.includes("title")) await countOpenFlags(db, article.id);
  return { changed };
}
