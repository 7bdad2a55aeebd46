import { maxImportBytes } from "@/lib/config";
import { getDb } from "@/lib/data/db";
import { BodyTooLargeError, MULTIPART_OVERHEAD_BYTES, parseFormData, readBodyLimited } from "@/lib/http/read-body";
import { jsonError, route } from "@/lib/http/route";
import { importText } from "@/lib/import/wording";
import { requestUiLocale } from "@/lib/i18n/request-locale";
import { importArticle } from "@/lib/services/import-article";
import { countOpenFlags } from "@/lib/services/article-open-flags";
import { readImportForm } from "./read-import-form";

/**
 * Streams newline-delimited JSON: progress events while a large file is parsed and stored, then one
 * final event with the new article or the reason it was refused.
 */
export const POST = route("reviewer", async (request, user) => {
  const audience = user.role === "admin" ? "administrator" : "editor";
  const uiLocale = await requestUiLocale();
  const say = (key: string, values?: Record<string, string | number | null>) => importText(uiLocale, { key: `errors.${key}`, values });
  let form: FormData;
  try {
    form = await parseFormData(request, await readBodyLimited(request, maxImportBytes() + MULTIPART_OVERHEAD_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return jsonError(413, say("bodyTooLarge", { limitBytes: maxImportBytes(), audience }));
    }
    return jsonError(400, say("unreadableUpload"));
  }
  const read = await readImportForm(form);
  if (!read.ok) return jsonError(400, say(read.error.key, read.error.values));
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
        send(
          outcome.ok
            ? { type: "done", ...outcome, warnings: outcome.warnings.map((warning) => importText(uiLocale, warning)) }
            : "duplicates" in outcome
              ? { type: "duplicate", duplicates: outcome.duplicates }
              : { type: "refused", error: { ...outcome.error, message: importText(uiLocale, outcome.error.wording) } },
        );
        if (outcome.ok) {
          // After the answer: the reviewer's first opening then finds the flags ready.
          void countOpenFlags(await getDb(), outcome.id).catch((error) => console.error("Could not pre-compute flags", error));
        }
      } catch (error) {
        console.error(error);
        send({ type: "failed", message: say("failed") });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-cache, no-transform" },
  });
});
