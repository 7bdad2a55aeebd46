import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ApiTokens } from "@/components/account/api-tokens";
import { UiLocaleForm } from "@/components/account/ui-locale-form";
import { requirePageUser } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/data/api-tokens";
import { getDb } from "@/lib/data/db";
import { PasswordForm } from "./password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requirePageUser();
  const [t, common] = await Promise.all([getTranslations("account"), getTranslations("common")]);
  const [tokens, endpoint] = await Promise.all([getDb().then((db) => listApiTokens(db, { userId: user.id })), checkEndpoint()]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="font-serif text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-stone-600">
          {user.name} · {user.email} · {common(`roles.${user.role}`)}
        </p>
      </div>
      <UiLocaleForm />
      <PasswordForm email={user.email} />
      <ApiTokens initial={tokens} endpoint={endpoint} />
    </div>
  );
}

/** Where this server answers LanguageTool clients, as the browser reached it. */
async function checkEndpoint(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const protocol = list.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}/v2/check`;
}
