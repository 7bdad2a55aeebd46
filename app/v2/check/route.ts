import { getDb } from "@/lib/data/db";
import { apiLimiter } from "@/lib/http/api-rate-limit";
import { authenticate, CORS_HEADERS, plainError, preflight, readForm } from "@/lib/http/languagetool-route";
import { parseCheckRequest } from "@/lib/languagetool/check-request";
import { checkTextForApi } from "@/lib/services/check-text";

export const dynamic = "force-dynamic";

export const OPTIONS = preflight;

/** LanguageTool's `POST /v2/check`, so that any LanguageTool client can show Lapidar's checks. */
export async function POST(request: Request): Promise<Response> {
  const form = await readForm(request);
  if (form instanceof Response) return form;
  const owner = await authenticate(request, form);
  if (owner instanceof Response) return owner;
  const parsed = parseCheckRequest(form);
  if ("error" in parsed) return plainError(400, parsed.error);
  const wait = await apiLimiter().consume(owner.tokenId, parsed.document.plain.length);
  if (wait > 0) return plainError(429, `Too many requests with this token; try again in ${wait} s.`, { "retry-after": String(wait) });
  const answer = await checkTextForApi(await getDb(), parsed);
  return Response.json(answer, { headers: CORS_HEADERS });
}

/** LanguageTool's server also answers a GET with the fields in the query string; older clients use it. */
export const GET = POST;
