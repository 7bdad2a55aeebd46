import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/data/db";
import { findUserForSignIn, normaliseEmail } from "@/lib/data/users";
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from "@/lib/validation/user";
import { dummyPasswordHash, verifyPassword } from "./password";
import { signInLimiter } from "./rate-limit";
import { authSecret } from "./secret";
import type { Role } from "@/lib/domain";

function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || String(headers?.["x-real-ip"] ?? "unknown");
}

export const SIGN_IN_FAILED = "Wrong e-mail or password, or the account is disabled.";

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const email = normaliseEmail(credentials?.email ?? "");
          const password = credentials?.password ?? "";
          // No account has a longer address or password: refused before anything is looked up or hashed.
          if (!email || !password || email.length > MAX_EMAIL_LENGTH || password.length > MAX_PASSWORD_LENGTH) throw new Error(SIGN_IN_FAILED);
          const address = clientAddress(req?.headers);
          const limiter = signInLimiter();
          await limiter.check(email, address);
          const user = await findUserForSignIn(await getDb(), email);
          // The hash is checked whether or not the account exists or is enabled, so the time taken tells nothing.
          const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
          if (!user || user.disabled || !matches) {
            await limiter.recordFailure(email, address);
            throw new Error(SIGN_IN_FAILED);
          }
          await limiter.recordSuccess(email, address);
          return { id: String(user.id), email: user.email, name: user.name, role: user.role };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.role = (user as unknown as { role: Role }).role;
          // next-auth renews iat whenever it re-issues the cookie; this stays the time of the sign-in itself.
          token.signedInAt = Date.now();
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { ...session.user, id: token.uid as number, role: token.role as Role };
        session.signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
        return session;
      },
    },
  };
}
