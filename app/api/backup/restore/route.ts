import { NextResponse } from "next/server";
import { MAX_BACKUP_BYTES } from "@/lib/backup/format";
import { parseBackup } from "@/lib/backup/parse-backup";
import { backupRefusalText } from "@/lib/backup/wording";
import { restoreArticleBackup } from "@/lib/data/backup";
import { getDb } from "@/lib/data/db";
import { BodyTooLargeError, MULTIPART_OVERHEAD_BYTES, parseFormData, readBodyLimited } from "@/lib/http/read-body";
import { jsonError, route } from "@/lib/http/route";
import { catalogueTranslator } from "@/lib/i18n/catalogue-translator";
import { requestUiLocale } from "@/lib/i18n/request-locale";
import { sizeText } from "@/lib/import/wording";

/**
 * Restores a JSON backup as a new article: the file as multipart field "file", or the JSON as the
 * request body. Administrators only, since a backup attributes work to this installation's accounts.
 * Anything wrong is refused with 400 and a reason in the request's interface language, and nothing is written.
 */
export const POST = route("admin", async (request, user) => {
  const locale = await requestUiLocale();
  const t = catalogueTranslator(locale, "backup.refusal");
  const tooLarge = () => jsonError(413, t("tooLarge", { limit: sizeText(locale, MAX_BACKUP_BYTES) }));
  const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyLimited(request, MAX_BACKUP_BYTES + (multipart ? MULTIPART_OVERHEAD_BYTES : 0));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge();
    return jsonError(400, t("unreadableUpload"));
  }
  let text: string;
  if (multipart) {
    const file = await parseFormData(request, body).then((form) => form.get("file"), () => null);
    if (!(file instanceof File) || file.size === 0) return jsonError(400, t("noFile"));
    if (file.size > MAX_BACKUP_BYTES) return tooLarge();
    text = await file.text();
  } else {
    text = new TextDecoder().decode(body);
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) return jsonError(400, backupRefusalText(locale, parsed.refusal));
  const restored = await restoreArticleBackup(await getDb(), parsed.backup, user.id);
  return NextResponse.json(restored, { status: 201 });
});
