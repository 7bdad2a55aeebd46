import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

// Reached without a session: sign-in, first run, and next-auth's own routes.
const PUBLIC = /^\/(login|setup|api\/auth)(\/|$)/;

/**
 * Every page gets a Content-Security-Policy with a fresh nonce: Next reads it from the request's header and
 * puts it on the scripts it renders, so no other inline script runs. Then a first line of defence only:
 * every page, action and route handler checks the session itself. Anonymous API calls get a 401 a program
 * can read; anonymous page visits go to sign-in.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname } = request.nextUrl;
  let response: NextResponse;
  if (PUBLIC.test(pathname) || (await getToken({ req: request, secret: authSecret() }))) {
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
  } else if (pathname.startsWith("/api/")) {
    response = NextResponse.json({ error: "You are not signed in." }, { status: 401 });
  } else {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
    response = NextResponse.redirect(login);
  }
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// The upload routes are left out: for a request it runs on, Next copies the body into memory for the
// proxy and cuts it at 10 MB, so a 100 MB backup would arrive truncated. Their handlers check the
// session and read the body within their own limits (lib/http/read-body.ts); their JSON answers get the
// static headers of next.config.js.
// The LanguageTool-compatible API (/v2/) is left out too: its clients authenticate with a token, not a
// session, and need its plain-text refusals rather than a redirect to sign-in.
export const config = {
  matcher: ["/((?!api/import|api/glossary/import|api/backup/restore|v2/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
