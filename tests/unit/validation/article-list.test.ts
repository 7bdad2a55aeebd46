import { describe, expect, it } from "vitest";
import { articleListHref, parseArticleListQuery, sortDirection } from "@/lib/validation/article-list";

describe("the article list's URL", () => {
  it("reads filters, sort and page, and falls back to defaults for values that do not fit", () => {
    expect(parseArticleListQuery({})).toEqual({ q: "", sort: "updated", page: 1 });
    expect(parseArticleListQuery({ q: "  Xiaomi ", status: "approved", locale: "pt-BR", assignee: "me", flags: "open", archived: "only", sort: "title", dir: "desc", page: "3" })).toEqual({
      q: "Xiaomi",
      status: "approved",
      locale: "pt-BR",
      assignee: "me",
      flags: "open",
      archived: "only",
      sort: "title",
      dir: "desc",
      page: 3,
    });
    expect(parseArticleListQuery({ status: "done", locale: "en", assignee: "-1", sort: "random", page: "0", flags: ["open", "none"] })).toEqual({ q: "", sort: "updated", page: 1, flags: "open" });
    expect(parseArticleListQuery({ assignee: "12" }).assignee).toBe(12);
    expect(parseArticleListQuery({ q: "x".repeat(201) }).q).toBe("");
  });

  it("sorts titles A→Z and everything else newest first unless told", () => {
    expect(sortDirection({ sort: "title" })).toBe("asc");
    expect(sortDirection({ sort: "updated" })).toBe("desc");
    expect(sortDirection({ sort: "updated", dir: "asc" })).toBe("asc");
  });

  it("builds short URLs: defaults left out, page 1 after a filter change", () => {
    const query = parseArticleListQuery({ q: "ações", status: "new", page: "4" });
    expect(articleListHref(query, { page: 5 })).toBe("/?q=a%C3%A7%C3%B5es&status=new&page=5");
    expect(articleListHref(query, { status: "approved" })).toBe("/?q=a%C3%A7%C3%B5es&status=approved");
    expect(articleListHref(query, { q: "", status: undefined })).toBe("/");
  });
});
