import { getArticleTexts } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import type { DismissalView } from "@/lib/data/dismissals";
import type { MergeConflict, MergedSave, ParagraphView, SaveResult } from "@/lib/data/paragraphs";
import { storeOpenFlagCount } from "@/lib/services/article-open-flags";
import { mineCorrectionsAfterSave } from "@/lib/services/mine-corrections";
import { reviewFlags } from "@/lib/services/review-flags";
import { ActionError } from "./safe-action";
import type { Flag } from "@/lib/domain";

export interface ReviewUpdate {
  /** The paragraph after the change, or the newer one that made it a conflict. */
  paragraph: ParagraphView;
  conflict: boolean;
  /** The save was based on an older version and was merged with the newer text. */
  merged?: MergedSave;
  /** The save overlapped the newer text: the spans to settle. */
  merge?: MergeConflict;
  flags: Record<number, Flag[]>;
  dismissals: DismissalView[];
  checkedInMs: number;
}

/** The whole article's flags after a change: article-wide checks (one entity, several spellings) move everywhere. */
export async function recheck(db: Db, articleId: number): Promise<Omit<ReviewUpdate, "paragraph" | "conflict">> {
  const article = await getArticleTexts(db, articleId);
  if (!article) throw new ActionError("articleGone");
  const { flags, dismissals, checkedInMs } = await reviewFlags(db, article);
  await storeOpenFlagCount(db, articleId, flags);
  return { flags, dismissals, checkedInMs };
}

export async function afterSave(db: Db, result: SaveResult): Promise<ReviewUpdate> {
  if (!result.ok && result.reason === "not_found") throw new ActionError("paragraphGone");
  if (result.ok && result.changed) await mineCorrectionsAfterSave(db);
  const paragraph = result.ok ? result.paragraph : result.current;
  const merge = result.ok ? { merged: result.merged } : { merge: result.merge };
  return { paragraph, conflict: !result.ok, ...merge, ...(await recheck(db, paragraph.articleId)) };
}
