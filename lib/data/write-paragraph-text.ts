import { recordArticleChange } from "./article-status";
import type { PrismaTx } from "./prisma-handle";
import type { RevisionKind } from "./generated/prisma/enums";

type Tx = Pick<PrismaTx, "paragraph" | "revision" | "article" | "articleEvent">;

export interface ParagraphTextWrite {
  paragraphId: number;
  articleId: number;
  /** The version the new text replaces: the write happens only if the paragraph is still at it. */
  version: number;
  text: string;
  userId: number;
  revision: { kind: RevisionKind; note?: string | null; bulkChangeId?: number };
}

/**
 * The one way a paragraph's text changes, inside the caller's transaction: compare-and-set on the version, the
 * revision of the new text, and the article's change record (which refuses an archived article). The text must
 * already be final (lib/validation/paragraph). False when someone else wrote first: nothing was written.
 */
export async function writeParagraphText(tx: Tx, write: ParagraphTextWrite): Promise<boolean> {
  const next = write.version + 1;
  const updated = await tx.paragraph.updateMany({
    where: { id: write.paragraphId, version: write.version },
    data: { currentText: write.text, version: next, status: "edited", approvedById: null, approvedAt: null, updatedById: write.userId, updatedAt: new Date() },
  });
  if (updated.count === 0) return false;
  await tx.revision.create({
    data: {
      paragraphId: write.paragraphId,
      version: next,
      text: write.text,
      kind: write.revision.kind,
      authorId: write.userId,
      note: write.revision.note ?? null,
      bulkChangeId: write.revision.bulkChangeId,
    },
  });
  await recordArticleChange(tx, { articleId: write.articleId, userId: write.userId });
  return true;
}
