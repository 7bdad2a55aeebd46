import { canGiveSource } from "@/lib/auth/permissions/source";
import { isArticleArchived } from "@/lib/data/article-status";
import type { Db } from "@/lib/data/db";
import { findCurrentSource } from "@/lib/data/source-texts";
import type { UserSummary } from "@/lib/data/users";
import type { ImportInput } from "@/lib/import";
import type { ImportWording } from "@/lib/import/wording";
import { attachSource, type SourceRefusalCode } from "./source-text";

export type GiveSourceResult =
  | { ok: true; version: number; paragraphs: number; links: number; language: string }
  | { ok: false; code: SourceRefusalCode | "not_allowed"; wording?: ImportWording }
  /** The article has an original: a new one is given only when the reviewer confirms, having seen which. */
  | { ok: false; code: "needs_confirmation"; current: { version: number; createdBy: string | null; createdAt: Date; paragraphs: number } };

/**
 * A reviewer gives an article its Chinese original from the web (pasted or a file, split as the importer splits
 * articles). Replacing one asks first; either way the Portuguese and everyone's corrections stay as they are,
 * and the earlier original stays stored as a version.
 */
export async function giveArticleSource({ db, actor, articleId, input, replace }: { db: Db; actor: Pick<UserSummary, "id" | "role">; articleId: number; input: ImportInput; replace: boolean }): Promise<GiveSourceResult> {
  const archived = await isArticleArchived(db, { articleId });
  if (archived === null) return { ok: false, code: "no_article" };
  if (!canGiveSource(actor.role, { archived })) return { ok: false, code: "not_allowed" };
  const current = await findCurrentSource({ db, articleId });
  if (current && !replace) {
    return {
      ok: false,
      code: "needs_confirmation",
      current: { version: current.version, createdBy: current.createdBy, createdAt: current.createdAt, paragraphs: current.paragraphs.length },
    };
  }
  const result = await attachSource({ db, articleId, input, userId: actor.id });
  if (!result.ok) return result;
  return { ok: true, version: result.version, paragraphs: result.paragraphs, links: result.links.length, language: result.language };
}
