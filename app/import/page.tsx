import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { maxImportBytes } from "@/lib/config";
import { XliffImportForm } from "@/components/source/xliff-import-form";
import { ImportForm } from "./import-form";

export async function generateMetadata() {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  const [user, t] = await Promise.all([requirePageUser("reviewer"), getTranslations("import")]);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="font-serif text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-stone-600">{t("intro")}</p>
      <ImportForm maxBytes={maxImportBytes()} isAdministrator={user.role === "admin"} />
      <XliffImportForm maxBytes={maxImportBytes()} />
    </div>
  );
}
