import { NextResponse } from "next/server";
import { maxImportBytes } from "@/lib/config";
import { getDb } from "@/lib/data/db";
import { findCurrentSource } from "@/lib/data/source-texts";
import { idParam } from "@/lib/http/id-param";
import { BodyTooLargeError, MULTIPART_OVERHEAD_BYTES, parseFormData, readBodyLimited } from "@/lib/http/read-body";
import { route } from "@/lib/http/route";
import { requestUiLocale } from "@/lib/i18n/request-locale";
import { sourceRefusalText } from "@/lib/import/wording";
import { giveArticleSource } from "@/lib/services/source-give";

type Context = { params: Promise<{ id: string }> };

/** A refusal with its code, which the source page words in the reader's language; `error` is worded in the request's. */
const refuse = async (status: number, code: string, extra: object = {}) => NextResponse.json({ error: sourceRefusalText(await requestUiLocale(), code), code, ...extra }, { status });

const STATUS: Record<string, number> = { not_allowed: 403, no_article: 404, needs_confirmation: 409, too_large: 413 };

/** The original in force and its alignment (404 when the article has none). */
export const GET = route<Context>("viewer", async (_request, _user, context) => {
  const id = await idParam(context.params);
  const source = id ? await findCurrentSource({ db: await getDb(), articleId: id }) : null;
  if (!source) return refuse(404, "no_source");
  return NextResponse.json(source);
});

/**
 * Gives the article its Chinese original, pasted (`text`) or uploaded (`file`: txt, md, html, docx), and aligns it.
 * When it has one already, `replace=yes` confirms that a new version takes its place (409 without it).
 */
export const POST = route<Context>("reviewer", async (request, user, context) => {
  const id = await idParam(context.params);
  if (!id) return refuse(404, "no_article");
  let form: FormData;
  try {
    form = await parseFormData(request, await readBodyLimited(request, maxImportBytes() + MULTIPART_OVERHEAD_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(413, "too_large");
    return refuse(400, "unreadable_upload");
  }
  const file = form.get("file");
  const text = form.get("text");
  const chosen = file instanceof File && file.size > 0 ? file : null;
  const pasted = typeof text === "string" && text.trim() ? text : null;
  if (chosen && pasted) return refuse(400, "both");
  if (!chosen && !pasted) return refuse(400, "nothing");
  const input = chosen ? { kind: "file" as const, bytes: new Uint8Array(await chosen.arrayBuffer()), filename: chosen.name, mediaType: chosen.type } : { kind: "text" as const, text: pasted! };
  const result = await giveArticleSource({ db: await getDb(), actor: user, articleId: id, input, replace: form.get("replace") === "yes" });
  if (!result.ok) {
    // The importer's own wording stays on the server: the page words the code.
    const { code, ...extra } = result;
    if ("wording" in extra) delete extra.wording;
    return refuse(STATUS[code] ?? 422, code, extra);
  }
  return NextResponse.json(result, { status: 201 });
});
