import { openConfiguredDatabase } from "@/lib/data/db";
import { importArticle } from "@/lib/services/import-article";

/**
 * An import to be killed half-way: prints a `saving` line (JSON) as each batch of paragraphs is
 * written inside the import's transaction, and `done` when it has committed.
 * Usage: tsx scripts/faults/import-worker.ts <title> <paragraphs> <userId>
 */
const [title, count, userId] = process.argv.slice(2);
const text = [title, ...Array.from({ length: Number(count) }, (_, i) => `Parágrafo ${i + 1} de um artigo grande importado para testar falhas.`)].join("\n\n");
const opened = await openConfiguredDatabase();
const outcome = await importArticle(opened.db, {
  input: { kind: "text", text },
  options: { title },
  locale: "pt-PT",
  userId: Number(userId),
  onProgress: (stage, done, total) => {
    if (stage === "saving") console.log(JSON.stringify({ type: "saving", done, total }));
  },
});
console.log(JSON.stringify({ type: "done", ok: outcome.ok }));
await opened.close();
