import { NextResponse } from "next/server";
import { getDb } from "@/lib/data/db";
import { importGlossaryEntries, unchangedEntries } from "@/lib/data/glossary";
import { BodyTooLargeError, MULTIPART_OVERHEAD_BYTES, parseFormData, readBodyLimited } from "@/lib/http/read-body";
import { jsonError, route } from "@/lib/http/route";
import { formatOfFilename, parseGlossaryFile, planImport } from "@/lib/glossary/file-format";
import { rowErrorText } from "@/lib/glossary/wording";
import { catalogueTranslator } from "@/lib/i18n/catalogue-translator";
import { requestUiLocale } from "@/lib/i18n/request-locale";
import { sizeText } from "@/lib/import/wording";
import { canEditGlossaryType } from "@/lib/auth/permissions/glossary";

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Imports a CSV or TBX file: bad rows come back with their line numbers and nothing is stored, unless skipBadRows=yes.
 * Every message is worded in the request's interface language.
 */
export const POST = route("reviewer", async (request, user) => {
  const locale = await requestUiLocale();
  const t = catalogueTranslator(locale, "glossary.file");
  const tooLarge = () => jsonError(413, t("tooLarge", { limit: sizeText(locale, MAX_BYTES) }));
  let form: FormData;
  try {
    form = await parseFormData(request, await readBodyLimited(request, MAX_BYTES + MULTIPART_OVERHEAD_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge();
    return jsonError(400, t("unreadableUpload"));
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return jsonError(400, t("noFile"));
  if (file.size > MAX_BYTES) return tooLarge();
  const format = formatOfFilename(file.name);
  if (!format) return jsonError(400, t("badExtension"));
  const db = await getDb();
  const parsed = parseGlossaryFile(await file.text(), format);
  // A reviewer may re-import a full export: calque rows that change nothing are not a change to refuse.
  const unchanged = await unchangedEntries(db, parsed.entries);
  const allowed = parsed.entries.filter((entry, i) => {
    if (canEditGlossaryType(user.role, entry.type) || unchanged.has(i)) return true;
    parsed.errors.push({ line: parsed.lines[i], problems: [{ key: "calqueAdminsOnly" }] });
    return false;
  });
  parsed.errors.sort((a, b) => a.line - b.line);
  const plan = planImport({ ...parsed, entries: allowed }, form.get("skipBadRows") === "yes");
  const worded = (errors: typeof parsed.errors) => errors.map((error) => rowErrorText(locale, error));
  if (!plan.ok) return NextResponse.json({ imported: false, errors: worded(plan.errors) }, { status: 422 });
  const counts = await importGlossaryEntries(db, plan.entries, user.id);
  return NextResponse.json({ imported: true, ...counts, skipped: worded(plan.skipped) });
});
