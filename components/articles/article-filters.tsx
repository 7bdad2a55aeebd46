"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { ARTICLE_STATUSES } from "@/lib/domain/article-status";
import { LOCALES } from "@/lib/domain/locale";
import type { ArticleListQuery } from "@/lib/validation/article-list";
import { MAX_SEARCH_LENGTH } from "@/lib/validation/article-list";

/** Only what is set goes into the URL, so that a bookmarked view reads as what it shows. */
function hrefOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    const text = String(value).trim();
    if (text) params.set(key, text);
  }
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

/**
 * The list's search and filters, a GET form to the list itself: without JavaScript it still works, and with it
 * a change of filter navigates at once, keeping history so that Back returns to the previous view.
 */
export function ArticleFilters({ query, people }: { query: ArticleListQuery; people: { id: number; name: string }[] }) {
  const t = useTranslations("articles");
  const router = useRouter();
  const go = (form: HTMLFormElement) => router.push(hrefOf(form));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(event.currentTarget);
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if ((event.target as HTMLElement).tagName === "SELECT") go(event.currentTarget);
  };
  const field = "flex min-w-0 flex-col gap-1 text-xs font-medium text-stone-600";
  return (
    <form action="/" method="get" role="search" onSubmit={submit} onChange={onChange} className="space-y-3 rounded-lg border border-stone-200 bg-white p-3">
      {query.sort !== "updated" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir ? <input type="hidden" name="dir" value={query.dir} /> : null}
      <div className="flex gap-2">
        <label className="sr-only" htmlFor="article-search">{t("list.search")}</label>
        <Input id="article-search" type="search" name="q" defaultValue={query.q} maxLength={MAX_SEARCH_LENGTH} placeholder={t("list.searchPlaceholder")} className="flex-1" />
        <Button type="submit">{t("list.search")}</Button>
      </div>
      <fieldset className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        <legend className="sr-only">{t("list.filters")}</legend>
        <label className={field}>
          {t("list.status")}
          <Select name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("list.anyStatus")}</option>
            <option value="waiting">{t("status.waiting")}</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </Select>
        </label>
        <label className={field}>
          {t("list.locale")}
          <Select name="locale" defaultValue={query.locale ?? ""}>
            <option value="">{t("list.anyLocale")}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l}>{t(`locales.${l}`)}</option>
            ))}
          </Select>
        </label>
        <label className={field}>
          {t("list.assignee")}
          <Select name="assignee" defaultValue={query.assignee === undefined ? "" : String(query.assignee)}>
            <option value="">{t("list.anyone")}</option>
            <option value="me">{t("list.me")}</option>
            <option value="none">{t("list.nobody")}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </Select>
        </label>
        <label className={field}>
          {t("list.flags")}
          <Select name="flags" defaultValue={query.flags ?? ""}>
            <option value="">{t("list.anyFlags")}</option>
            <option value="open">{t("list.openFlags")}</option>
            <option value="none">{t("list.noFlags")}</option>
          </Select>
        </label>
        <label className={field}>
          {t("list.archived")}
          <Select name="archived" defaultValue={query.archived ?? ""}>
            <option value="">{t("list.hideArchived")}</option>
            <option value="include">{t("list.includeArchived")}</option>
            <option value="only">{t("list.onlyArchived")}</option>
          </Select>
        </label>
      </fieldset>
    </form>
  );
}
