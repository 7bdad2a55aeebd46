import { hashPassword } from "@/lib/auth/password";
import { getArticleTexts } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { createUser, type UserSummary } from "@/lib/data/users";
import { DEMO_ARTICLE_LOCALE, readDemoArticle } from "@/lib/demo";
import { importArticle } from "@/lib/services/import-article";

export const LOAD_PASSWORD = "load-test-password-1";

export interface Installation {
  reviewers: UserSummary[];
  articles: { id: number; paragraphIds: number[] }[];
}

/** Reviewers and articles for a load run, written straight into the database before the server opens it. */
export async function prepareInstallation(db: Db, options: { reviewers: number; articles: number }): Promise<Installation> {
  // One hash for every account: argon2 is slow on purpose and the password is the same.
  const passwordHash = await hashPassword(LOAD_PASSWORD);
  const reviewers: UserSummary[] = [];
  for (let i = 1; i <= options.reviewers; i++) {
    reviewers.push(await createUser(db, { email: `load-reviewer-${i}@lapidar.test`, name: `Load reviewer ${i}`, role: "reviewer", passwordHash }));
  }
  const articles: Installation["articles"] = [];
  for (let i = 1; i <= options.articles; i++) {
    const outcome = await importArticle(db, {
      input: { kind: "text", text: readDemoArticle() },
      options: { title: `Load article ${i}` },
      locale: DEMO_ARTICLE_LOCALE,
      userId: reviewers[0]?.id ?? null,
    });
    if (!outcome.ok) throw new Error(`The demo article was refused: ${outcome.error.message}`);
    const texts = await getArticleTexts(db, outcome.id);
    articles.push({ id: outcome.id, paragraphIds: texts!.paragraphs.filter((p) => p.kind === "body").map((p) => p.id) });
  }
  return { reviewers, articles };
}
