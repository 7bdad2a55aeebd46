import { CORS_HEADERS, preflight } from "@/lib/http/languagetool-route";
import { API_LANGUAGES } from "@/lib/languagetool/languages";

export const OPTIONS = preflight;

/** LanguageTool clients ask which languages a server checks before they offer it. No token: it is public knowledge. */
export function GET(): Response {
  return Response.json(API_LANGUAGES, { headers: CORS_HEADERS });
}
