"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Input, Select } from "@/components/ui/field";
import type { GlossaryType } from "@/lib/glossary/types";
import type { EntryRow } from "./types";

type Sort = "preferred" | "updated" | "type";

const TYPE_STYLE: Record<GlossaryType, string> = {
  entity: "bg-sky-50 text-sky-800 ring-sky-300",
  term: "bg-stone-100 text-stone-700 ring-stone-300",
  calque: "bg-amber-50 text-amber-900 ring-amber-300",
};

function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

interface Props {
  entries: EntryRow[];
  canEdit: (entry: EntryRow) => boolean;
  onEdit: (entry: EntryRow) => void;
  onDelete: (entry: EntryRow) => void;
  onHistory: (entry: EntryRow) => void;
  onApply: (entry: EntryRow) => void;
}

/** Search over every field (accents ignored), a type filter and three orders. */
export function EntriesTable({ entries, canEdit, onEdit, onDelete, onHistory, onApply }: Props) {
  const t = useTranslations("glossary");
  const format = useFormatter();
  const [search, setSearch] = useState("");
  const [type, setType] = useState<GlossaryType | "">("");
  const [sort, setSort] = useState<Sort>("preferred");

  const shown = useMemo(() => {
    const needle = folded(search.trim());
    const list = entries.filter(
      (e) => (!type || e.type === type) && (!needle || [e.preferred, ...e.variants, e.sourceTerm ?? "", e.note ?? ""].some((f) => folded(f).includes(needle))),
    );
    const byPreferred = (a: EntryRow, b: EntryRow) => a.preferred.localeCompare(b.preferred, "pt");
    return list.sort(
      sort === "updated" ? (a, b) => b.updatedAt.localeCompare(a.updatedAt) : sort === "type" ? (a, b) => a.type.localeCompare(b.type) || byPreferred(a, b) : byPreferred,
    );
  }, [entries, search, type, sort]);

  return (
    <section aria-labelledby="entries" className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <h2 id="entries" className="mr-auto font-medium">
          {t("table.heading")} <span className="text-sm font-normal text-stone-500">{t("table.count", { shown: shown.length, total: entries.length })}</span>
        </h2>
        <Input type="search" aria-label={t("table.search")} placeholder={t("table.searchPlaceholder")} value={search} onChange={(e) => setSearch(e.target.value)} className="w-56" />
        <Select aria-label={t("table.filterType")} value={type} onChange={(e) => setType(e.target.value as GlossaryType | "")} className="w-36">
          <option value="">{t("table.allTypes")}</option>
          <option value="entity">{t("types.entity")}</option>
          <option value="term">{t("types.term")}</option>
          <option value="calque">{t("types.calque")}</option>
        </Select>
        <Select aria-label={t("table.sortBy")} value={sort} onChange={(e) => setSort(e.target.value as Sort)} className="w-44">
          <option value="preferred">{t("table.sortPreferred")}</option>
          <option value="updated">{t("table.sortUpdated")}</option>
          <option value="type">{t("table.sortType")}</option>
        </Select>
      </div>
      <DataTable
        columns={[t("table.preferred"), t("table.variants"), t("table.type"), t("table.locale"), t("table.changed")]}
        actionsLabel={t("table.actions")}
        empty={shown.length > 0 ? null : search || type ? t("table.noMatch") : t("table.empty")}
      >
        {shown.map((e) => (
          <tr key={e.id} aria-label={e.preferred} className="border-b border-stone-100 align-top last:border-0">
            <td className="px-3 py-2">
              <div className="font-medium">{e.preferred}</div>
              {e.sourceTerm ? <div className="text-xs text-stone-500" lang="zh">{e.sourceTerm}</div> : null}
              {e.note ? <div className="max-w-xs text-xs text-stone-500">{e.note}</div> : null}
            </td>
            <td className="max-w-sm px-3 py-2 text-stone-700">{e.variants.join(" · ") || <span className="text-stone-400">—</span>}</td>
            <td className="px-3 py-2">
              <Badge className={TYPE_STYLE[e.type]}>{t(`types.${e.type}`)}</Badge>
              {e.caseSensitive ? <div className="mt-1 text-xs text-stone-500">{t("table.caseSensitive")}</div> : null}
            </td>
            <td className="px-3 py-2 text-stone-600">{e.locale === "both" ? t("form.localeBoth") : e.locale}</td>
            <td className="px-3 py-2 text-xs text-stone-500">
              {format.dateTime(new Date(e.updatedAt), { dateStyle: "medium" })}
              {e.updatedBy ? <div>{e.updatedBy}</div> : null}
            </td>
            <td className="px-3 py-2">
              {/* Tracks as wide as their buttons: grid-cols-2 (minmax(0, 1fr)) let them shrink and overlap at 1,440 px. */}
              <div className="grid grid-cols-[repeat(2,max-content)] justify-end gap-1">
                {canEdit(e) ? (
                  <>
                    <Button size="sm" variant="secondary" onClick={() => onApply(e)} disabled={e.variants.length === 0}>
                      {t("table.apply")}
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => onEdit(e)}>
                      {t("table.edit")}
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => onDelete(e)}>
                      {t("table.delete")}
                    </Button>
                  </>
                ) : null}
                <Button size="sm" variant="ghost" onClick={() => onHistory(e)}>
                  {t("table.history")}
                </Button>
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
