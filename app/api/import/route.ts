import { z } from "zod";
import { maxImportBytes } from "@/lib/config";
import { getDb } from "@/lib/data/db";
import { formatBytes } from "@/lib/format";
import { jsonError, route } from "@/lib/http/route";
import type { ImportInput } from "@/lib/import";
import { importArticle } from "@/lib/services/import-article";
import { warmArticleFlags } from "@/lib/services/review-flags";

const fieldsSchema = z.object({
  locale: z.enum(["pt-PT", "pt-BR"]),
  title: z.string().trim().max(1000).optional(),
  encoding: z.enum(["gb18030", "windows-1252"]).optional(),
  removeControlCharacters: z.literal("yes").optional(),
});

/**
 * Streams newline-delimited JSON: progress events while a large file is parsed and stored, then one
 * final event with the new article or the reason it was refused.
 */
export const POST = route("reviewer", async (request, user) => {
  const declared = Number(request.headers.get("content-length") ?? 0);
  // The multipart envelope adds a little to the file itself.
  if (declared > maxImportBytes() + 64 * 1024) {
    return jsonError(413, `The file is larger than the import limit of ${formatBytes(maxImportBytes())}. Split the article or raise LAPIDAR_MAX_IMPORT_BYTES.`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError(400, "The upload could not be read. Try again.");
  }
  const fields = fieldsSchema.safeParse({
    locale: form.get("locale"),
    title: form.get("title") || undefined,
    encoding: form.get("encoding") || undefined,
    removeControlCharacters: form.get("removeControlCharacters") || undefined,
  });
  if (!fields.success) return jsonError(400, "Choose the target locale (pt-PT or pt-BR).");

  const file = form.get("file");
  const text = form.get("text");
  let input: ImportInput;
  if (file instanceof File && file.size > 0) {
    input = { kind: "file", bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, mediaType: file.type };
  } else if (typeof text === "string" && text.trim()) {
    input = { kind: "text", text };
  } else {
    return jsonError(400, "Paste the article's text or choose a file.");
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: object) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        const outcome = await importArticle(await getDb(), {
          input,
          locale: fields.data.locale,
          userId: user.id,
          options: {
            title: fields.data.title,
            encoding: fields.data.encoding,
            removeControlCharacters: fields.data.removeControlCharacters === "yes",
          },
          onProgress: (stage, done, total) => send({ type: "progress", stage, done, total }),
        });
        send(outcome.ok ? { type: "done", ...outcome } : { type: "refused", error: outcome.error });
        if (outcome.ok) {
          // After the answer: the reviewer's first opening then finds the flags ready.
          void warmArticleFlags(await getDb(), outcome.id).catch((error) => console.error("Could not pre-compute flags", error));
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
