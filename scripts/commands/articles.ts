import { listArticles } from "@/lib/data/article-list";
import type { CommandIo } from "./io";
import { withDatabase } from "./with-database";

export async function articlesCommand(_argv: string[], io: CommandIo): Promise<number> {
  const articles = await withDatabase(listArticles);
  if (articles.length === 0) {
    io.stdout.write("No articles yet.\n");
    return 0;
  }
  for (const a of articles) {
    io.stdout.write(`${String(a.id).padStart(5)}  ${a.locale}  ${String(a.paragraphCount).padStart(5)} ¶  ${String(a.approvedPercent).padStart(3)}% approved  ${a.title}\n`);
  }
  return 0;
}
