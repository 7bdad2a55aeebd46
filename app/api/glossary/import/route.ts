import { NextResponse } from "next/server";
import { getDb } from "@/lib/data/db";
import { importGlossaryEntries, unchangedEntries } from "@/lib/data/glossary";
import { BodyTooLargeError, MULTIPART_OVERHEAD_BYTES, parseFormData, readBodyLimited } from "@/lib/http/read-body";
import { jsonError, route } from "@/lib/http/route";
import { formatOfFilename, parseGlossaryFile, planImport } from "@/lib/glossary/file-format";
import { CALQUE_REFUSAL, canEditGlossaryType } from "@/lib/auth/permissions/glossary";

const MAX_BYTES = 5 * 1024 * 1024;
const TOO_LARGE = "Glossary files are limited to 5 MB.";

/** Imports a CSV or TBX file: bad rows come back with their line numbers and nothing is stored, unless skipBadRows=yes. */
export const POST = route("reviewer", async (request, user) => {
  let form: FormData;
  try {
    form = await parseFormData(request, await readBodyLimited(request, MAX_BYTES + MULTIPART_OVERHEAD_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return jsonError(413, TOO_LARGE);
    return jsonError(400, "The upload could not be read. Try again.");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return jsonError(400, "Choose a CSV or TBX file.");
  if (file.size > MAX_BYTES) return jsonError(413, TOO_LARGE);
  const format = formatOfFilename(file.name);
  if (!format) return jsonError(400, "The file must end in .csv, .tbx or .xml.");
  const db = await getDb();
  const parsed = parseGlossaryFile(await file.text(), format);
  // A reviewer may re-import a full export: calque rows that change nothing are not a change to refuse.
  const unchanged = await unchangedEntries(db, parsed.entries);
  const allowed = parsed.entries.filter((entry, i) => {
    if (canEditGlossaryType(user.role, entry.type) || unchanged.has(i)) return true;
    parsed.errors.push({ line: parsed.lines[i], message: CALQUE_REFUSAL });
    return false;
  });
  parsed.errors.sort((a, b) => a.line - b.line);
  const plan = planImport({ ...parsed, entries: allowed }, form.get("skipBadRows") === "yes");
  if (!plan.ok) return NextResponse.json({ imported: false, errors: plan.errors }, { status: 422 });
  const counts = await importGlossaryEntries(db, plan.entries, user.id);
  return NextResponse.json({ imported: true, ...counts, skipped: plan.skipped });
});
