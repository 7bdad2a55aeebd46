import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { currentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/data/db";
import { countUsers } from "@/lib/data/users";
import { LanguageChoice } from "./language-choice";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage() {
  if ((await countUsers(await getDb())) === 0) redirect("/setup");
  if (await currentUser()) redirect("/");
  const t = await getTranslations("login");
  return (
    <div className="mx-auto mt-10 max-w-sm">
      <h1 className="mb-1 font-serif text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-stone-600">{t("intro")}</p>
      <Suspense>
        <LoginForm />
      </Suspense>
      <LanguageChoice />
    </div>
  );
}
