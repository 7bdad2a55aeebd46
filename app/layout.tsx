import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { SignOutButton } from "@/components/sign-out-button";
import { currentUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lapidar", template: "%s · Lapidar" },
  description: "Review machine-translated articles: flags, corrections, glossary, clean export.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <header className="border-b border-stone-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
            <Link href="/" className="font-serif text-xl font-semibold tracking-tight text-accent">
              Lapidar
            </Link>
            {user ? (
              <>
                <Link href="/" className="text-sm text-stone-700 hover:text-ink">Articles</Link>
                {user.role !== "viewer" ? <Link href="/import" className="text-sm text-stone-700 hover:text-ink">Import</Link> : null}
                <Link href="/glossary" className="text-sm text-stone-700 hover:text-ink">Glossary</Link>
                <Link href="/dictionary" className="text-sm text-stone-700 hover:text-ink">Dictionary</Link>
                {user.role === "admin" ? <Link href="/users" className="text-sm text-stone-700 hover:text-ink">Users</Link> : null}
                <span className="ml-auto flex items-center gap-3 text-sm text-stone-600">
                  <span>
                    <Link href="/account" className="hover:text-ink" title="Your account: change your password">
                      {user.name}
                    </Link>{" "}
                    <span className="text-stone-500">·</span> <span data-testid="current-role">{user.role}</span>
                  </span>
                  <SignOutButton />
                </span>
              </>
            ) : null}
          </nav>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
        <Toaster position="bottom-right" richColors closeButton />
      </body>
    </html>
  );
}
