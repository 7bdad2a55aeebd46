import { backupFileName } from "@/lib/backup/file-name";
import { downloadResponse } from "@/lib/backup/download-response";
import { readArticleBackup } from "@/lib/data/backup";
import { getDb } from "@/lib/data/db";
import { refusalError, route } from "@/lib/http/route";
import { idParam } from "@/lib/http/id-param";

type Context = { params: Promise<{ id: string }> };

/** The article's full JSON backup. Reviewers and up: it names every contributor by e-mail, which viewers do not see. */
export const GET = route<Context>("reviewer", async (_request, _user, context) => {
  const id = await idParam(context.params);
  const backup = id !== null ? await readArticleBackup(await getDb(), id) : null;
  if (!backup) return refusalError(404, { key: "noSuchArticle" });
  return downloadResponse(`${JSON.stringify(backup, null, 2)}\n`, backupFileName(backup), "application/json; charset=utf-8");
});
