import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { hashPassword } from "@/lib/auth/password";
import { demoWanted, postgresUrl } from "@/lib/config";
import { openConfiguredDatabase } from "@/lib/data/db";
import { seedCalqueEntries } from "@/lib/data/glossary-seed";
import { countUsers, createUser, findUserForSignIn } from "@/lib/data/users";
import { DEMO_ARTICLE_PATH, DEMO_ARTICLE_TITLE } from "@/lib/demo";
import { importArticle } from "@/lib/services/import-article";

export const DEMO_EMAIL = "demo@lapidar.local";

export type DemoAccount =
  /** Created by this start: the only time its password is known, so it is printed now. */
  | { kind: "created"; email: string; password: string }
  | { kind: "exists"; email: string }
  | { kind: "none" };

function randomPassword(): string {
  return randomBytes(15).toString("base64url");
}

/**
 * On an empty embedded database: a demo administrator with a random password, and the demo article (unless
 * LAPIDAR_DEMO=0). Never on a PostgreSQL server: a team's installation starts with the first-run page, and
 * an administrator account with a password printed to a console has no place there.
 */
export async function prepareDemo(): Promise<DemoAccount> {
  const opened = await openConfiguredDatabase({ migrate: true });
  try {
    const db = opened.db;
    await seedCalqueEntries(db);
    if (postgresUrl()) return { kind: "none" };
    if (demoWanted() && (await countUsers(db)) === 0) {
      const password = randomPassword();
      const admin = await createUser(db, { email: DEMO_EMAIL, name: "Demo Admin", role: "admin", passwordHash: await hashPassword(password) });
      const outcome = await importArticle(db, {
        input: { kind: "file", bytes: new Uint8Array(readFileSync(DEMO_ARTICLE_PATH)), filename: "demo-article.txt" },
        options: { title: DEMO_ARTICLE_TITLE },
        locale: "pt-PT",
        userId: admin.id,
      });
      if (!outcome.ok) throw new Error(`The demo article could not be imported: ${outcome.error.message}`);
      console.log(`Created the demo administrator and imported the demo article (${outcome.counts.body} body paragraphs).`);
      return { kind: "created", email: DEMO_EMAIL, password };
    }
    const demo = await findUserForSignIn(db, DEMO_EMAIL);
    return demo && !demo.disabled ? { kind: "exists", email: DEMO_EMAIL } : { kind: "none" };
  } finally {
    await opened.close();
  }
}
