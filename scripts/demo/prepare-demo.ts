import { readFileSync } from "node:fs";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { openConfiguredDatabase } from "@/lib/data/db";
import { seedCalqueEntries } from "@/lib/data/glossary-seed";
import { countUsers, createUser, findUserForSignIn } from "@/lib/data/users";
import { DEMO_ARTICLE_PATH, DEMO_ARTICLE_TITLE } from "@/lib/demo";
import { importArticle } from "@/lib/services/import-article";

export const DEMO_EMAIL = "demo@lapidar.local";
export const DEMO_PASSWORD = "lapidar-demo";

/**
 * On an empty database: a demo administrator and the demo article (unless LAPIDAR_DEMO=0). Later
 * starts leave the data alone and only report whether the demo account still has its demo password.
 */
export async function prepareDemo(): Promise<{ credentials: { email: string; password: string } | null }> {
  const opened = await openConfiguredDatabase({ migrate: true });
  try {
    const db = opened.db;
    await seedCalqueEntries(db);
    if (process.env.LAPIDAR_DEMO !== "0" && (await countUsers(db)) === 0) {
      const admin = await createUser(db, { email: DEMO_EMAIL, name: "Demo Admin", role: "admin", passwordHash: await hashPassword(DEMO_PASSWORD) });
      const outcome = await importArticle(db, {
        input: { kind: "file", bytes: new Uint8Array(readFileSync(DEMO_ARTICLE_PATH)), filename: "demo-article.txt" },
        options: { title: DEMO_ARTICLE_TITLE },
        locale: "pt-PT",
        userId: admin.id,
      });
      if (!outcome.ok) throw new Error(`The demo article could not be imported: ${outcome.error.message}`);
      console.log(`Created the demo administrator and imported the demo article (${outcome.counts.body} body paragraphs).`);
    }
    const demo = await findUserForSignIn(db, DEMO_EMAIL);
    const usable = demo && !demo.disabled && (await verifyPassword(demo.passwordHash, DEMO_PASSWORD));
    return { credentials: usable ? { email: DEMO_EMAIL, password: DEMO_PASSWORD } : null };
  } finally {
    await opened.close();
  }
}
