// `npx tsx scripts/seed-articles.ts [--count 300] [--seed 1]`: fills the configured database (the embedded one by
// default; stop the server first) with generated articles to look at and test the list with: statuses, assignments,
// archived ones and open-flag counts, all written through lib/ as the app writes them.
import { parseArgs } from "node:util";
import { setArticleAssignees, listAssignableUsers } from "@/lib/data/article-assignments";
import { setArticleArchived } from "@/lib/data/article-archive";
import { changeArticleStatus } from "@/lib/data/article-status";
import { createArticle, getArticle } from "@/lib/data/articles";
import { saveParagraphText } from "@/lib/data/paragraphs";
import { generateSeedArticles } from "@/lib/demo/seed-articles";
import { seededRandom } from "@/lib/seeded-random";
import { countOpenFlags } from "@/lib/services/article-open-flags";
import { withDatabase } from "./commands/with-database";

const { values } = parseArgs({ options: { count: { type: "string", default: "300" }, seed: { type: "string", default: "1" } } });
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || count > 5000 || !Number.isInteger(seed)) {
  console.error("usage: npx tsx scripts/seed-articles.ts [--count 1..5000] [--seed N]");
  process.exit(2);
}

await withDatabase(
  async (db) => {
    const people = await listAssignableUsers(db);
    const admin = people[0] ?? null;
    const random = seededRandom(seed * 7919);
    const started = performance.now();
    for (const [i, article] of generateSeedArticles(count, seed).entries()) {
      const { id } = await createArticle(db, article, admin?.id ?? null);
      const roll = random();
      if (admin && roll > 0.35) {
        const stored = (await getArticle(db, id))!;
        await saveParagraphText(db, { paragraphId: stored.paragraphs[1].id, baseVersion: 1, text: `${stored.paragraphs[1].currentText} (revisto)`, userId: admin.id });
        if (roll > 0.7) await changeArticleStatus(db, { articleId: id, event: "approve", userId: admin.id });
        if (roll > 0.85) await changeArticleStatus(db, { articleId: id, event: "exported", userId: admin.id });
      }
      if (admin && people.length > 0 && random() < 0.5) {
        const assignees = people.filter(() => random() < 0.5).map((p) => p.id);
        await setArticleAssignees(db, { articleId: id, userIds: assignees.length > 0 ? assignees : [people[0].id], byId: admin.id });
      }
      if (admin && random() < 0.05) await setArticleArchived(db, { articleId: id, archived: true, userId: admin.id });
      // An article the flagger could not finish stays "not checked yet" in the list; the rest go on.
      await countOpenFlags(db, id).catch((error: unknown) => console.warn(`article ${id}: flags not counted (${(error as Error).message})`));
      if ((i + 1) % 50 === 0) console.log(`${i + 1} / ${count} articles`);
    }
    console.log(`Seeded ${count} articles in ${((performance.now() - started) / 1000).toFixed(1)} s${admin ? "" : " (no reviewer or administrator yet: no statuses or assignments)"}.`);
  },
  { migrate: true },
);
