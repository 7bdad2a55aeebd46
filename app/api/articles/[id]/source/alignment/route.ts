import { NextResponse } from "next/server";
import { applyLinkEdit } from "@/lib/align/edit-links";
import { getDb } from "@/lib/data/db";
import { findCurrentSource, saveAlignment } from "@/lib/data/source-texts";
import { jsonError, route } from "@/lib/http/route";
import { alignmentEditSchema } from "@/lib/validation/source-alignment";

type Context = { params: Promise<{ id: string }> };

/**
 * A reviewer merges, splits or shifts links of the alignment in force. The fix is a new version; one based on an
 * older version than the current is refused with 409 and the current alignment, never applied over it.
 */
export const POST = route<Context>("reviewer", async (request, user, context) => {
  const id = Number((await context.params).id);
  const parsed = alignmentEditSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return jsonError(400, "Send { baseVersion, edit: { op: merge|split|shift, link, side?, direction? } }.");
  const db = await getDb();
  const source = Number.isInteger(id) && id > 0 ? await findCurrentSource({ db, articleId: id }) : null;
  if (!source) return jsonError(404, "This article has no original.");
  if (source.alignment.version !== parsed.data.baseVersion) return NextResponse.json({ error: "Someone fixed the alignment meanwhile; here is theirs.", alignment: source.alignment }, { status: 409 });
  const links = applyLinkEdit(source.alignment.links, parsed.data.edit);
  const saved = await saveAlignment({ db, sourceTextId: source.id, baseVersion: parsed.data.baseVersion, links, userId: user.id });
  if (!saved.ok) return NextResponse.json({ error: "Someone fixed the alignment meanwhile; reload it.", version: saved.ok === false && saved.reason === "conflict" ? saved.version : null }, { status: saved.reason === "conflict" ? 409 : 404 });
  return NextResponse.json({ version: saved.version, links });
});
