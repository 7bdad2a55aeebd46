import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/data/db";
import { countUsers } from "@/lib/data/users";
import { SetupForm } from "./setup-form";

export async function generateMetadata() {
  return { title: (await getTranslations("setup"))("title") };
}
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if ((await countUsers(await getDb())) > 0) redirect("/login");
  const t = await getTranslations("setup");
  return (
    <div className="mx-auto mt-10 max-w-md">
      <h1 className="mb-1 font-serif text-2xl font-semibold">{t("heading")}</h1>
      <p className="mb-6 text-sm text-stone-600">
        {t("intro")}
      </p>
      <SetupForm />
    </div>
  );
}
