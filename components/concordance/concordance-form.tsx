import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { Locale } from "@/lib/domain";
import { CONCORDANCE_QUERY_MAX } from "@/lib/validation/concordance";

const SELECT = "h-9 rounded-md border border-stone-300 bg-white px-2 text-sm";

/** A plain GET form: every search is a link a colleague can be sent, and Back works. */
export async function ConcordanceForm({ q, scope, locale, exclude }: { q: string; scope: string; locale?: Locale; exclude?: number }) {
  const t = await getTranslations("concordance");
  return (
    <form method="get" action="/concordance" role="search" className="flex flex-wrap items-end gap-2 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm">
        <span className="font-medium">{t("phrase")}</span>
        <Input name="q" type="search" defaultValue={q} maxLength={CONCORDANCE_QUERY_MAX} placeholder={t("placeholder")} autoFocus={q === ""} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t("scope")}</span>
        <select name="scope" defaultValue={scope} className={SELECT}>
          <option value="both">{t("scopeBoth")}</option>
          <option value="machine">{t("scopeMachine")}</option>
          <option value="current">{t("scopeCurrent")}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t("locale")}</span>
        <select name="locale" defaultValue={locale ?? ""} className={SELECT}>
          <option value="">{t("localeAny")}</option>
          <option value="pt-PT">pt-PT</option>
          <option value="pt-BR">pt-BR</option>
        </select>
      </label>
      {exclude ? <input type="hidden" name="exclude" value={exclude} /> : null}
      <Button type="submit">{t("search")}</Button>
    </form>
  );
}
