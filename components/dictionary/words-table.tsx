"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Input, Select } from "@/components/ui/field";
import type { GlossaryLocale } from "@/lib/glossary/types";
import type { WordRow } from "./types";

function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

interface Props {
  words: WordRow[];
  canEdit: boolean;
  onEdit: (word: WordRow) => void;
  onRemove: (word: WordRow) => void;
  onHistory: (word: WordRow) => void;
}

/** Search over the word and its note (accents ignored) and a filter by the locale a word applies to. */
export function WordsTable({ words, canEdit, onEdit, onRemove, onHistory }: Props) {
  const t = useTranslations("dictionary");
  const format = useFormatter();
  const [search, setSearch] = useState("");
  const [locale, setLocale] = useState<GlossaryLocale | "">("");
  const shown = useMemo(() => {
    const needle = folded(search.trim());
    return words.filter((w) => (!locale || w.locale === locale) && (!needle || folded(w.word).includes(needle) || folded(w.note ?? "").includes(needle)));
  }, [words, search, locale]);

  return (
    <section aria-labelledby="words" className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <h2 id="words" className="mr-auto font-medium">
          {t("table.heading")} <span className="text-sm font-normal text-stone-500">{t("table.count", { shown: shown.length, total: words.length })}</span>
        </h2>
        <Input type="search" aria-label={t("table.search")} placeholder={t("table.searchPlaceholder")} value={search} onChange={(e) => setSearch(e.target.value)} className="w-56" />
        <Select aria-label={t("table.filterLocale")} value={locale} onChange={(e) => setLocale(e.target.value as GlossaryLocale | "")} className="w-36">
          <option value="">{t("table.allLocales")}</option>
          <option value="both">{t("both")}</option>
          <option value="pt-PT">pt-PT</option>
          <option value="pt-BR">pt-BR</option>
        </Select>
      </div>
      <DataTable
        columns={[t("table.word"), t("table.locale"), t("table.note"), t("table.changed")]}
        actionsLabel={t("table.actions")}
        empty={shown.length > 0 ? null : words.length === 0 ? t("table.empty") : t("table.noMatch")}
      >
        {shown.map((w) => (
          <tr key={w.id} aria-label={w.word} className="border-b border-stone-100 align-top last:border-0">
            <td className="px-3 py-2 font-medium" lang="pt">{w.word}</td>
            <td className="px-3 py-2 text-stone-600">{w.locale === "both" ? t("both") : w.locale}</td>
            <td className="max-w-sm px-3 py-2 text-stone-700">{w.note ?? <span className="text-stone-400">—</span>}</td>
            <td className="whitespace-nowrap px-3 py-2 text-xs text-stone-500">
              {format.dateTime(new Date(w.updatedAt), { dateStyle: "medium" })}
              {w.updatedBy ? <div>{w.updatedBy}</div> : null}
            </td>
            <td className="px-3 py-2">
              <div className="flex justify-end gap-1">
                {canEdit ? (
                  <>
                    <Button size="sm" variant="ghost" onClick={() => onEdit(w)}>{t("table.edit")}</Button>
                    <Button size="sm" variant="ghost" onClick={() => onRemove(w)}>{t("table.remove")}</Button>
                  </>
                ) : null}
                <Button size="sm" variant="ghost" onClick={() => onHistory(w)}>{t("table.history")}</Button>
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
