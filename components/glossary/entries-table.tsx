"use client";

import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { GlossaryType } from "@/lib/glossary/types";
import type { EntryRow } from "./types";

type Sort = "preferred" | "updated" | "type";

const TYPE_STYLE: Record<GlossaryType, string> = {
  entity: "bg-sky-50 text-sky-800 ring-sky-300",
  term: "bg-stone-100 text-stone-700 ring-stone-300",
  calque: "bg-amber-50 text-amber-900 ring-amber-300",
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

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
          Entries <span className="text-sm font-normal text-stone-500">({shown.length} of {entries.length})</span>
        </h2>
        <Input type="search" aria-label="Search the glossary" placeholder="Search…" value={search} onChange={(e) => setSearch(e.target.value)} className="w-56" />
        <Select aria-label="Filter by type" value={type} onChange={(e) => setType(e.target.value as GlossaryType | "")} className="w-36">
          <option value="">All types</option>
          <option value="entity">entity</option>
          <option value="term">term</option>
          <option value="calque">calque</option>
        </Select>
        <Select aria-label="Sort by" value={sort} onChange={(e) => setSort(e.target.value as Sort)} className="w-44">
          <option value="preferred">Sort: preferred A–Z</option>
          <option value="updated">Sort: recently changed</option>
          <option value="type">Sort: type</option>
        </Select>
      </div>
      {/* Positioned, so that the header's screen-reader-only label is clipped with the rest of the table. */}
      <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
            <tr>
              <th className="px-3 py-2">Preferred</th>
              <th className="px-3 py-2">Variants to replace</th>
              <th className="px-3 py-2">Type</th>
              <th className="px-3 py-2">Locale</th>
              <th className="px-3 py-2">Changed</th>
              <th className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-3 py-6 text-center text-stone-500">
                  No entries{search || type ? " match" : " yet"}.
                </td>
              </tr>
            ) : null}
            {shown.map((e) => (
              <tr key={e.id} aria-label={e.preferred} className="border-b border-stone-100 align-top last:border-0">
                <td className="px-3 py-2">
                  <div className="font-medium">{e.preferred}</div>
                  {e.sourceTerm ? <div className="text-xs text-stone-500" lang="zh">{e.sourceTerm}</div> : null}
                  {e.note ? <div className="max-w-xs text-xs text-stone-500">{e.note}</div> : null}
                </td>
                <td className="max-w-sm px-3 py-2 text-stone-700">{e.variants.join(" · ") || <span className="text-stone-400">—</span>}</td>
                <td className="px-3 py-2">
                  <Badge className={TYPE_STYLE[e.type]}>{e.type}</Badge>
                  {e.caseSensitive ? <div className="mt-1 text-xs text-stone-500">case-sensitive</div> : null}
                </td>
                <td className="px-3 py-2 text-stone-600">{e.locale}</td>
                <td className="px-3 py-2 text-xs text-stone-500">
                  {dateFormat.format(new Date(e.updatedAt))}
                  {e.updatedBy ? <div>{e.updatedBy}</div> : null}
                </td>
                <td className="px-3 py-2">
                  <div className="grid grid-cols-2 justify-items-stretch gap-1">
                    {canEdit(e) ? (
                      <>
                        <Button size="sm" variant="secondary" onClick={() => onApply(e)} disabled={e.variants.length === 0}>
                          Apply…
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => onEdit(e)}>
                          Edit
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => onDelete(e)}>
                          Delete
                        </Button>
                      </>
                    ) : null}
                    <Button size="sm" variant="ghost" onClick={() => onHistory(e)}>
                      History
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
