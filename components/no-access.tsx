import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";

/**
 * What a signed-in account sees instead of a page its role does not open. The status stays 404, as if
 * the page did not exist for it, but the reader is told why and where to go.
 */
export async function NoAccess({ page }: { page: "users" | "import" }) {
  const [user, t] = await Promise.all([currentUser(), getTranslations("common")]);
  return (
    <div className="mx-auto mt-10 max-w-lg space-y-3 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="font-serif text-xl font-semibold">{t("noAccess.heading", { page: t(`noAccess.${page}Page`) })}</h1>
      <p className="text-sm text-stone-700">
        {t(`noAccess.${page}Purpose`)}{" "}
        {user ? <>{t("noAccess.account", { email: user.email, role: t(`roles.${user.role}`) })} </> : null}
        {t("noAccess.ask")}
      </p>
      <Link href="/" className="inline-block text-sm font-medium text-accent hover:underline">
        {t("noAccess.back")}
      </Link>
    </div>
  );
}
