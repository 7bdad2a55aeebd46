import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CONCORDANCE_COUNT_CAP, CONCORDANCE_READ } from "@/lib/concordance/limits";
import type { ConcordanceResult } from "@/lib/services/concordance";
import type { ConcordanceQueryInput } from "@/lib/validation/concordance";
import { ConcordanceHitCard } from "./concordance-hit";

function pageHref(query: ConcordanceQueryInput, page: number): string {
  const params = new URLSearchParams({ q: query.q, scope: query.scope, page: String(page) });
  if (query.locale) params.set("locale", query.locale);
  if (query.exclude) params.set("exclude", String(query.exclude));
  return `/concordance?${params}`;
}

export async function ConcordanceResults({ result, query }: { result: ConcordanceResult; query: ConcordanceQueryInput }) {
  const t = await getTranslations("concordance");
  const format = await getFormatter();
  const phrase = result.words.join(" ");
  if (result.total === 0) return <p className="text-sm text-stone-600">{t("noHits", { phrase })}</p>;
  const total = result.total > CONCORDANCE_COUNT_CAP ? t("moreThan", { count: format.number(CONCORDANCE_COUNT_CAP) }) : format.number(result.total);
  return (
    <div className="space-y-4">
      <section aria-labelledby="corrected-as" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="corrected-as" className="font-medium">
          {t("summary", { total, phrase })}
        </h2>
        {result.read < result.total ? <p className="text-xs text-stone-500">{t("readNewest", { read: format.number(Math.min(result.read, CONCORDANCE_READ)) })}</p> : null}
        {result.corrections.length > 0 || result.kept > 0 ? (
          <ul className="flex flex-wrap gap-2 text-sm" data-testid="corrected-as">
            {result.corrections.map((c) => (
              <li key={c.text} className="rounded-full bg-emerald-50 px-3 py-1 text-emerald-900 ring-1 ring-emerald-200">
                {c.text === "" ? t("deleted") : <span lang="pt">«{c.text}»</span>} <span className="text-emerald-700">× {format.number(c.count)}</span>
              </li>
            ))}
            {result.kept > 0 ? (
              <li className="rounded-full bg-stone-100 px-3 py-1 text-stone-700 ring-1 ring-stone-200">
                {t("kept")} <span className="text-stone-500">× {format.number(result.kept)}</span>
              </li>
            ) : null}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{t("onlyCurrent")}</p>
        )}
      </section>
      <ol className="space-y-3" aria-label={t("hits")}>
        {result.hits.map((hit) => (
          <li key={hit.paragraphId}>
            <ConcordanceHitCard hit={hit} />
          </li>
        ))}
      </ol>
      {result.pages > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center justify-between text-sm">
          {result.page > 1 ? <Link className="text-accent underline" href={pageHref(query, result.page - 1)}>{t("previous")}</Link> : <span />}
          <span className="text-stone-500">{t("pageOf", { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages ? <Link className="text-accent underline" href={pageHref(query, result.page + 1)}>{t("next")}</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
