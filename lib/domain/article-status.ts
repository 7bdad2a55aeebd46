import { z } from "zod";

/** An article's way through review, in order. */
export const ARTICLE_STATUSES = ["new", "in_review", "approved", "published"] as const;

export const articleStatusSchema = z.enum(ARTICLE_STATUSES);

export type ArticleStatus = z.infer<typeof articleStatusSchema>;

/**
 * What happens to an article, as far as its status cares:
 * - `changed`: a saved change to its text or its paragraphs (edit, suggestion, restore, merge, kind, apply-to-all);
 * - `approve` / `reopen`: a reviewer's explicit decision;
 * - `exported`: a clean (not draft) export of the article.
 */
export type ArticleStatusEvent = "changed" | "approve" | "reopen" | "exported";

/**
 * The status after an event, or null when a reviewer asked for something the status does not allow
 * (approving a published article, reopening one nobody has approved). Events that only sometimes move
 * the status (a change to an article already in review, a draft-like export of one not approved) keep it.
 *
 * An edit after approval sends the article back to review: what was approved is no longer what it says,
 * and a published article that changes must be approved and exported again.
 */
export function nextArticleStatus(current: ArticleStatus, event: ArticleStatusEvent): ArticleStatus | null {
  switch (event) {
    case "changed":
      return "in_review";
    case "approve":
      return current === "published" ? null : "approved";
    case "reopen":
      return current === "approved" || current === "published" ? "in_review" : null;
    case "exported":
      return current === "approved" ? "published" : current;
  }
}
