import { describe, expect, it } from "vitest";
import { ARTICLE_STATUSES, nextArticleStatus, type ArticleStatus, type ArticleStatusEvent } from "@/lib/domain/article-status";

describe("nextArticleStatus", () => {
  const table: [ArticleStatus, ArticleStatusEvent, ArticleStatus | null][] = [
    ["new", "changed", "in_review"],
    ["in_review", "changed", "in_review"],
    ["approved", "changed", "in_review"],
    ["published", "changed", "in_review"],
    ["new", "approve", "approved"],
    ["in_review", "approve", "approved"],
    ["approved", "approve", "approved"],
    ["published", "approve", null],
    ["new", "reopen", null],
    ["in_review", "reopen", null],
    ["approved", "reopen", "in_review"],
    ["published", "reopen", "in_review"],
    ["new", "exported", "new"],
    ["in_review", "exported", "in_review"],
    ["approved", "exported", "published"],
    ["published", "exported", "published"],
  ];
  it.each(table)("%s + %s → %s", (from, event, to) => {
    expect(nextArticleStatus(from, event)).toBe(to);
  });

  it("covers every status and event", () => {
    expect(new Set(table.map(([from]) => from))).toEqual(new Set(ARTICLE_STATUSES));
    expect(table).toHaveLength(ARTICLE_STATUSES.length * 4);
  });
});
