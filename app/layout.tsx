import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { SignOutButton } from "@/components/sign-out-button";
import { currentUser } from "@/lib/auth/session";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Lapidar", template: "%s · Lapidar" }, description: t("meta.description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, locale, t] = await Promise.all([currentUser(), getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <NextIntlClientProvider>
          <header className="border-b border-stone-200 bg-white">
            <nav aria-label={t("nav.label")} className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
              <Link href="/" className="font-serif text-xl font-semibold tracking-tight text-accent">
                Lapidar
              </Link>
              {user ? (
                <>
                  <Link href="/" className="text-sm text-stone-700 hover:text-ink">{t("nav.articles")}</Link>
                  {user.role !== "viewer" ? <Link href="/import" className="text-sm text-stone-700 hover:text-ink">{t("nav.import")}</Link> : null}
                  <Link href="/glossary" className="text-sm text-stone-700 hover:text-ink">{t("nav.glossary")}</Link>
                  <Link href="/dictionary" className="text-sm text-stone-700 hover:text-ink">{t("nav.dictionary")}</Link>
                  <Link href="/concordance" className="text-sm text-stone-700 hover:text-ink">{t("nav.concordance")}</Link>
                  {user.role === "admin" ? <Link href="/users" className="text-sm text-stone-700 hover:text-ink">{t("nav.users")}</Link> : null}
                  <span className="ml-auto flex items-center gap-3 text-sm text-stone-600">
                    <span>
                      <Link href="/account" className="hover:text-ink" title={t("nav.accountTitle")}>
                        {user.name}
                      </Link>{" "}
                      <span className="text-stone-500">·</span> <span data-testid="current-role">{t(`roles.${user.role}`)}</span>
                    </span>
                    <SignOutButton />
                  </span>
                </>
              ) : null}
            </nav>
          </header>
          <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
          <Toaster position="bottom-right" richColors closeButton />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
