import { NextResponse } from "next/server";
import { getDb } from "@/lib/data/db";
import { getParagraph, saveParagraphText } from "@/lib/data/paragraphs";
import { mineCorrectionsAfterSave } from "@/lib/services/mine-corrections";
import { idParam } from "@/lib/http/id-param";
import { jsonError, refusalError, route } from "@/lib/http/route";
import { requestUiLocale } from "@/lib/i18n/request-locale";
import { issuesText, refusalText } from "@/lib/i18n/refusal-wording";
import { saveParagraphSchema } from "@/lib/validation/paragraph";

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>("viewer", async (_request, _user, context) => {
  const id = await idParam(context.params);
  const paragraph = id ? await getParagraph(await getDb(), id) : null;
  return paragraph ? NextResponse.json(paragraph) : refusalError(404, { key: "noSuchParagraph" });
});

/** JSON API for saves: 200 with the saved paragraph, 409 with the newer one when the base version is stale. */
export const PUT = route<Context>("reviewer", async (request, user, context) => {
  const id = await idParam(context.params);
  if (!id) return refusalError(404, { key: "noSuchParagraph" });
  const body = await request.json().catch(() => null);
  const input = saveParagraphSchema.safeParse({ ...body, paragraphId: id });
  if (!input.success) return jsonError(400, issuesText(await requestUiLocale(), input.error.issues));
  const db = await getDb();
  const result = await saveParagraphText(db, { ...input.data, userId: user.id });
  if (result.ok && result.changed) await mineCorrectionsAfterSave(db);
  if (result.ok) return NextResponse.json({ paragraph: result.paragraph, changed: result.changed });
  if (result.reason === "conflict") {
    const error = refusalText(await requestUiLocale(), { key: "paragraphChanged" });
    return NextResponse.json({ error, current: result.current }, { status: 409 });
  }
  return refusalError(404, { key: "noSuchParagraph" });
});
