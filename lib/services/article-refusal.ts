/** Why an article change was refused; the interface names each in the reader's language (messages/…/articles.json). */
export type ArticleRefusalCode = "not_found" | "not_allowed" | "archived" | "status_not_allowed" | "conflict" | "headline_conflict" | "not_assignable";

export class ArticleRefusal extends Error {
  constructor(
    readonly code: ArticleRefusalCode,
    readonly detail: Record<string, string> = {},
  ) {
    super(code);
  }
}
