import { applyLinkEdit, type LinkEdit } from "@/lib/align/edit-links";
import { canEditAlignment } from "@/lib/auth/permissions/source";
import { isArticleArchived } from "@/lib/data/article-status";
import type { Db } from "@/lib/data/db";
import { findCurrentSource, saveAlignment } from "@/lib/data/source-texts";
import type { UserSummary } from "@/lib/data/users";
import { alignmentView, type AlignmentView } from "./alignment-view";

export type EditAlignmentResult =
  | { ok: true; view: AlignmentView }
  /** Someone fixed it meanwhile: their alignment is shown, ours is not applied over it. */
  | { ok: false; code: "conflict"; view: AlignmentView }
  | { ok: false; code: "not_allowed" | "no_source" | "unchanged" };

/**
 * A reviewer's hand fix of the alignment (merge, split, move a boundary), saved as a new version with who and when;
 * the answer carries the source-aware flags re-run with the new links.
 */
export async function editArticleAlignment({ db, actor, articleId, baseVersion, edit }: { db: Db; actor: Pick<UserSummary, "id" | "role">; articleId: number; baseVersion: number; edit: LinkEdit }): Promise<EditAlignmentResult> {
  const archived = await isArticleArchived(db, { articleId });
  if (archived === null) return { ok: false, code: "no_source" };
  if (!canEditAlignment(actor.role, { archived })) return { ok: false, code: "not_allowed" };
  const source = await findCurrentSource({ db, articleId });
  if (!source) return { ok: false, code: "no_source" };
  const conflict = async (): Promise<EditAlignmentResult> => ({ ok: false, code: "conflict", view: (await alignmentView(db, articleId))! });
  if (source.alignment.version !== baseVersion) return conflict();
  const links = applyLinkEdit(source.alignment.links, edit);
  if (JSON.stringify(links) === JSON.stringify(source.alignment.links)) return { ok: false, code: "unchanged" };
  const saved = await saveAlignment({ db, sourceTextId: source.id, baseVersion, links, userId: actor.id });
  if (!saved.ok) return saved.reason === "conflict" ? conflict() : { ok: false, code: "no_source" };
  return { ok: true, view: (await alignmentView(db, articleId))! };
}
