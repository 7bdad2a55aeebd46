import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/data/db";
import { findUserForSignIn } from "@/lib/data/users";
import { verifyPassword } from "./password";
import { consumeSignInAttempt, resetAccountAttempts } from "./rate-limit";
import type { Role } from "./roles";
import { authSecret } from "./secret";

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
          const email = credentials?.email?.trim() ?? "";
          const password = credentials?.password ?? "";
          if (!email || !password) throw new Error(SIGN_IN_FAILED);
          await consumeSignInAttempt(email, clientAddress(req?.headers));
          const user = await findUserForSignIn(await getDb(), email);
          const ok = user !== null && !user.disabled && (await verifyPassword(user.passwordHash, password));
          if (!ok || !user) throw new Error(SIGN_IN_FAILED);
          await resetAccountAttempts(email);
          return { id: String(user.id), email: user.email, name: user.name, role: user.role };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.role = (user as unknown as { role: Role }).role;
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { ...session.user, id: token.uid as number, role: token.role as Role };
        return session;
      },
    },
  };
}
