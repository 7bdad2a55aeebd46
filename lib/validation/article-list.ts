import { z } from "zod";
import { ARTICLE_STATUSES } from "@/lib/domain/article-status";
import { LOCALES } from "@/lib/domain/locale";

export const ARTICLE_SORTS = ["updated", "created", "title", "status", "flags"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export const ARTICLE_PAGE_SIZE = 25;
export const MAX_SEARCH_LENGTH = 200;

/** `me`, `none` (nobody assigned) or a user's id. */
const assignee = z.union([z.enum(["me", "none"]), z.coerce.number().int().positive()]);

/**
 * The list's URL search params, so that a filtered view can be bookmarked and Back restores it. A value that
 * does not fit (an old bookmark, a hand-edited URL) falls back to its default instead of failing the page.
 */
export const articleListQuerySchema = z.object({
  q: z.string().trim().max(MAX_SEARCH_LENGTH).catch("").default(""),
  /** `waiting` is new or in review: what a reviewer still has to do. */
  status: z.enum([...ARTICLE_STATUSES, "waiting"]).optional().catch(undefined),
  locale: z.enum(LOCALES).optional().catch(undefined),
  assignee: assignee.optional().catch(undefined),
  flags: z.enum(["open", "none"]).optional().catch(undefined),
  archived: z.enum(["include", "only"]).optional().catch(undefined),
  sort: z.enum(ARTICLE_SORTS).catch("updated").default("updated"),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

type RawParams = Record<string, string | string[] | undefined>;

/** Next hands repeated params as arrays; the list reads the first of each. */
export function parseArticleListQuery(params: RawParams): ArticleListQuery {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined && v !== ""));
  return articleListQuerySchema.parse(first);
}

const MAX_SEARCH_TERMS = 10;

/**
 * The search box's words, each of which must occur somewhere in the article (title, source, author or any
 * paragraph), in any order; text in double quotes is kept as one phrase. Repeated terms count once.
 */
export function searchTermsOf(q: string): string[] {
  const terms = new Map<string, string>();
  for (const m of q.matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = (m[1] ?? m[2]).trim().replace(/"/g, "");
    if (term && !terms.has(term.toLowerCase())) terms.set(term.toLowerCase(), term);
  }
  return [...terms.values()].slice(0, MAX_SEARCH_TERMS);
}

/** Titles read best A→Z; everything else newest or largest first. */
export function sortDirection(query: Pick<ArticleListQuery, "sort" | "dir">): "asc" | "desc" {
  return query.dir ?? (query.sort === "title" ? "asc" : "desc");
}

/** The URL of the list with some params changed; defaults are left out so URLs stay short. A filter change returns to page 1. */
export function articleListHref(query: ArticleListQuery, change: Partial<Record<keyof ArticleListQuery, string | number | undefined>>): string {
  const merged: Record<string, string | number | undefined> = { ...query, ...("page" in change ? {} : { page: undefined }), ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if (key === "sort" && value === "updated") continue;
    if (key === "page" && Number(value) === 1) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `/?${text}` : "/";
}
