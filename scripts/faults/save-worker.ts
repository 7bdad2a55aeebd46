import { openConfiguredDatabase } from "@/lib/data/db";
import { getParagraph, saveParagraphText } from "@/lib/data/paragraphs";

/**
 * A writer to be killed: saves the given paragraphs in turn, forever, and prints one `ack` line (JSON)
 * after each save has committed — the moment a server would answer 200. The parent SIGKILLs it and
 * then checks that every acknowledged save is in the database.
 * Usage: tsx scripts/faults/save-worker.ts <userId> <paragraphId>...
 */
const [userId, ...paragraphIds] = process.argv.slice(2).map(Number);
const opened = await openConfiguredDatabase();
console.log(JSON.stringify({ type: "ready" }));
for (let seq = 1; ; seq++) {
  const paragraphId = paragraphIds[seq % paragraphIds.length];
  const current = (await getParagraph(opened.db, paragraphId))!;
  const text = `${current.machineText} [fault #${seq}]`;
  const result = await saveParagraphText(opened.db, { paragraphId, baseVersion: current.version, text, userId });
  if (result.ok) console.log(JSON.stringify({ type: "ack", paragraphId, userId, version: result.paragraph.version, text }));
}
