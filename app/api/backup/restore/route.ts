import { NextResponse } from "next/server";
import { MAX_BACKUP_BYTES } from "@/lib/backup/format";
import { parseBackup } from "@/lib/backup/parse-backup";
import { restoreArticleBackup } from "@/lib/data/backup";
import { getDb } from "@/lib/data/db";
import { formatBytes } from "@/lib/format";
import { jsonError, route } from "@/lib/http/route";

/**
 * Restores a JSON backup as a new article: the file as multipart field "file", or the JSON as the
 * request body. Administrators only, since a backup attributes work to this installation's accounts.
 * Anything wrong is refused with 400 and a reason, and nothing is written.
 */
export const POST = route("admin", async (request, user) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BACKUP_BYTES + 64 * 1024) {
    return jsonError(413, `The backup is larger than ${formatBytes(MAX_BACKUP_BYTES)}.`);
  }
  let text: string;
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const file = await request.formData().then((form) => form.get("file"), () => null);
    if (!(file instanceof File) || file.size === 0) return jsonError(400, "Choose a backup file (.json).");
    if (file.size > MAX_BACKUP_BYTES) return jsonError(413, `The backup is larger than ${formatBytes(MAX_BACKUP_BYTES)}.`);
    text = await file.text();
  } else {
    text = await request.text();
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const restored = await restoreArticleBackup(await getDb(), parsed.backup, user.id);
  return NextResponse.json(restored, { status: 201 });
});
