import { maxImportBytes } from "@/lib/config";
import { getDb } from "@/lib/data/db";
import { BodyTooLargeError, MULTIPART_OVERHEAD_BYTES, parseFormData, readBodyLimited } from "@/lib/http/read-body";
import { jsonError, route } from "@/lib/http/route";
import { formatBytes, tooLargeAdvice } from "@/lib/import/messages";
import { importArticle } from "@/lib/services/import-article";
import { countOpenFlags } from "@/lib/services/article-open-flags";
import { readImportForm } from "./read-import-form";

/**
 * Streams newline-delimited JSON: progress events while a large file is parsed and stored, then one
 * final event with the new article or the reason it was refused.
 */
export const POST = route("reviewer", async (request, user) => {
  const audience = user.role === "admin" ? "administrator" : "editor";
  let form: FormData;
  try {
    form = await parseFormData(request, await readBodyLimited(request, maxImportBytes() + MULTIPART_OVERHEAD_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return jsonError(413, `What was sent is larger than the import limit of ${formatBytes(maxImportBytes())}. ${tooLargeAdvice(audience)}`);
    }
    return jsonError(400, "The upload could not be read. Try again.");
  }
  const read = await readImportForm(form);
  if (!read.ok) return jsonError(400, read.error);
  const { input, fields } = read;

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: object) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        const outcome = await importArticle(await getDb(), {
          input,
          locale: fields.locale,
          userId: user.id,
          checkDuplicates: fields.duplicate === "check",
          options: {
            title: fields.title,
            encoding: fields.encoding,
            removeControlCharacters: fields.removeControlCharacters === "yes",
            askForTitle: true,
            audience,
          },
          onProgress: (stage, done, total) => send({ type: "progress", stage, done, total }),
        });
        send(outcome.ok ? { type: "done", ...outcome } : "duplicates" in outcome ? { type: "duplicate", duplicates: outcome.duplicates } : { type: "refused", error: outcome.error });
        if (outcome.ok) {
          // After the answer: the reviewer's first opening then finds the flags ready.
          void countOpenFlags(await getDb(), outcome.id).catch((error) => console.error("Could not pre-compute flags", error));
        }
      } catch (error) {
        console.error(error);
        send({ type: "failed", message: "The import failed on the server; nothing was stored. Try again." });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-cache, no-transform" },
  });
});
