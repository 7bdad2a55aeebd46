import { withAuth } from "next-auth/middleware";
import type { NextFetchEvent } from "next/server";
import type { NextRequestWithAuth } from "next-auth/middleware";
import { authSecret } from "@/lib/auth/secret";

// A first line of defence only: every page, action and route handler checks the session itself.
export function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  return withAuth({ secret: authSecret(), pages: { signIn: "/login" } })(request, event);
}

export const config = {
  matcher: ["/((?!api/auth|login|setup|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
