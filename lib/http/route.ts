import { NextResponse } from "next/server";
import { NotAllowedError, requireUser } from "@/lib/auth/session";
import { ArticleArchivedError } from "@/lib/data/article-status";
import { isDatabaseUnreachable } from "@/lib/data/db";
import { refusalText } from "@/lib/i18n/refusal-wording";
import { requestUiLocale } from "@/lib/i18n/request-locale";
import type { UserSummary } from "@/lib/data/users";
import type { Role } from "@/lib/domain";
import type { Refusal } from "@/lib/domain/refusal";

/**
 * Browsers send Origin on cross-site POSTs; a write whose Origin is another site is refused so that a
 * signed-in reviewer visiting a hostile page cannot be made to change anything.
 */
export function isCrossSite(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export function jsonError(status: number, message: string): NextResponse {
  return NextResponse.json({ error: message }, { status });
}

/** A refusal worded in the request's interface language, so that the page shows it as it comes. */
export async function refusalError(status: number, refusal: Refusal): Promise<NextResponse> {
  return jsonError(status, refusalText(await requestUiLocale(), refusal));
}

type Handler<C> = (request: Request, user: UserSummary, context: C) => Promise<Response>;

/** Every route handler starts here: same-site check, then the session and role on the server. */
export function route<C = unknown>(role: Role, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    if (isCrossSite(request)) return refusalError(403, { key: "crossSite" });
    try {
      const user = await requireUser(role);
      return await handler(request, user, context);
    } catch (error) {
      if (error instanceof NotAllowedError) return refusalError(error.refusal.key === "notSignedIn" ? 401 : 403, error.refusal);
      if (isDatabaseUnreachable(error)) return refusalError(503, { key: "databaseUnreachable" });
      if (error instanceof ArticleArchivedError) return refusalError(409, { key: "articleArchived" });
      throw error;
    }
  };
}
