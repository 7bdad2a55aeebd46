import { describe, expect, it } from "vitest";
import { articleListHref, parseArticleListQuery, searchTermsOf, sortDirection } from "@/lib/validation/article-list";

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

describe("searchTermsOf", () => {
  it("takes each word on its own and quoted text as one phrase, once each", () => {
    expect(searchTermsOf('lote7 e a Xiaomi "bolsa de Xangai" xiaomi')).toEqual(["lote7", "e", "a", "Xiaomi", "bolsa de Xangai"]);
  });

  it("reads an unclosed quote as words and ignores empty quotes", () => {
    expect(searchTermsOf('"bolsa de')).toEqual(["bolsa", "de"]);
    expect(searchTermsOf('"" Meituan')).toEqual(["Meituan"]);
    expect(searchTermsOf("   ")).toEqual([]);
  });

  it("keeps at most ten terms", () => {
    expect(searchTermsOf(Array.from({ length: 15 }, (_, i) => `w${i}`).join(" "))).toHaveLength(10);
  });
});
