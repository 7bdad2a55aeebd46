import { NextResponse } from "next/server";
import { maxImportBytes } from "@/lib/config";
import { getDb } from "@/lib/data/db";
import { BodyTooLargeError, MULTIPART_OVERHEAD_BYTES, parseFormData, readBodyLimited } from "@/lib/http/read-body";
import { route } from "@/lib/http/route";
import { requestUiLocale } from "@/lib/i18n/request-locale";
import { sourceRefusalText } from "@/lib/import/wording";
import { countOpenFlags } from "@/lib/services/article-open-flags";
import { importXliffArticle } from "@/lib/services/source-xliff-import";

const refuse = async (status: number, code: string) => NextResponse.json({ error: sourceRefusalText(await requestUiLocale(), code), code }, { status });

/**
 * Imports a CAT tool's XLIFF 1.2 or 2.0 file from the import page: the targets become a new article with their unit
 * ids, a Chinese source its aligned original. A refusal has a code the page words in the reader's language, and that wording in the request's.
 */
export const POST = route("reviewer", async (request, user) => {
  let form: FormData;
  try {
    form = await parseFormData(request, await readBodyLimited(request, maxImportBytes() + MULTIPART_OVERHEAD_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(413, "too_large");
    return refuse(400, "unreadable_upload");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse(400, "xliff_nothing");
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return refuse(422, "xliff_not_utf8");
  }
  const db = await getDb();
  const result = await importXliffArticle({ db, xml, userId: user.id });
  if (!result.ok) return refuse(422, result.code);
  // After the answer: the reviewer's first opening then finds the flags ready.
  void countOpenFlags(db, result.id).catch((error) => console.error("Could not pre-compute flags", error));
  return NextResponse.json(result, { status: 201 });
});
