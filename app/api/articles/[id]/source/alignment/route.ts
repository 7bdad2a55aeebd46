import { NextResponse } from "next/server";
import { getDb } from "@/lib/data/db";
import { idParam } from "@/lib/http/id-param";
import { jsonError, refusalError, route } from "@/lib/http/route";
import { requestUiLocale } from "@/lib/i18n/request-locale";
import { issuesText } from "@/lib/i18n/refusal-wording";
import { editArticleAlignment } from "@/lib/services/alignment-edit";
import { alignmentEditSchema } from "@/lib/validation/source-alignment";

type Context = { params: Promise<{ id: string }> };

const STATUS = { not_allowed: 403, no_source: 404, unchanged: 422, conflict: 409 } as const;

/**
 * A reviewer merges, splits or shifts links of the alignment in force, as the alignment editor does. The fix is a
 * new version; one based on an older version than the current is refused with 409 and the current alignment.
 */
export const POST = route<Context>("reviewer", async (request, user, context) => {
  const id = await idParam(context.params);
  const parsed = alignmentEditSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return jsonError(400, issuesText(await requestUiLocale(), parsed.error.issues));
  if (!id) return refusalError(404, { key: "noSuchArticle" });
  const result = await editArticleAlignment({ db: await getDb(), actor: user, articleId: id, ...parsed.data });
  if (result.ok) return NextResponse.json(result.view);
  return NextResponse.json({ code: result.code, ...("view" in result ? { view: result.view } : {}) }, { status: STATUS[result.code] });
});
