import { getDb } from "@/lib/data/db";
import { listGlossaryEntries } from "@/lib/data/glossary";
import { refusalError, route } from "@/lib/http/route";
import { MEDIA_TYPES, serializeGlossary } from "@/lib/glossary/file-format";

/** The whole glossary as a CSV or TBX download. */
export const GET = route("viewer", async (request) => {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "tbx") return refusalError(400, { key: "chooseFormat", values: { formats: "csv, tbx" } });
  const entries = await listGlossaryEntries(await getDb());
  return new Response(serializeGlossary(entries, format), {
    headers: {
      "Content-Type": MEDIA_TYPES[format],
      "Content-Disposition": `attachment; filename="lapidar-glossary.${format}"`,
      "Cache-Control": "no-store",
    },
  });
});
