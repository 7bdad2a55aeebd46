import { NextResponse } from "next/server";
import { maxImportBytes } from "@/lib/config";
import { getDb } from "@/lib/data/db";
import { findCurrentSource } from "@/lib/data/source-texts";
import { BodyTooLargeError, MULTIPART_OVERHEAD_BYTES, parseFormData, readBodyLimited } from "@/lib/http/read-body";
import { jsonError, route } from "@/lib/http/route";
import { attachSource } from "@/lib/services/source-text";

type Context = { params: Promise<{ id: string }> };

async function articleId(context: Context): Promise<number | null> {
  const id = Number((await context.params).id);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The original in force and its alignment (404 when the article has none). */
export const GET = route<Context>("viewer", async (_request, _user, context) => {
  const id = await articleId(context);
  const source = id ? await findCurrentSource({ db: await getDb(), articleId: id }) : null;
  if (!source) return jsonError(404, "This article has no original.");
  return NextResponse.json(source);
});

/** Gives the article its Chinese original, pasted (`text`) or uploaded (`file`: txt, md, html, docx), and aligns it. */
export const POST = route<Context>("reviewer", async (request, user, context) => {
  const id = await articleId(context);
  if (!id) return jsonError(404, "No such article.");
  let form: FormData;
  try {
    form = await parseFormData(request, await readBodyLimited(request, maxImportBytes() + MULTIPART_OVERHEAD_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return jsonError(413, "The original is larger than the import limit.");
    return jsonError(400, "The upload could not be read. Try again.");
  }
  const file = form.get("file");
  const text = form.get("text");
  const chosen = file instanceof File && file.size > 0 ? file : null;
  const pasted = typeof text === "string" && text.trim() ? text : null;
  if (chosen && pasted) return jsonError(400, "Both a file and pasted text were sent; send one of them. Nothing was stored.");
  if (!chosen && !pasted) return jsonError(400, "Paste the Chinese original or choose its file.");
  const input = chosen ? { kind: "file" as const, bytes: new Uint8Array(await chosen.arrayBuffer()), filename: chosen.name, mediaType: chosen.type } : { kind: "text" as const, text: pasted! };
  const result = await attachSource({ db: await getDb(), articleId: id, input, userId: user.id });
  if (!result.ok) return jsonError(422, result.message);
  return NextResponse.json(result, { status: 201 });
});
