import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ArticlePageItem } from "@/lib/data/article-list";
import { articleListHref, sortDirection, type ArticleListQuery, type ArticleSort } from "@/lib/validation/article-list";
import { StatusBadge } from "./status-badge";

const sortable: Partial<Record<string, ArticleSort>> = { title: "title", status: "status", flags: "flags", updated: "updated" };

/** One page of articles; column headers sort (again to reverse), keeping the filters. */
export async function ArticleTable({ items, query }: { items: ArticlePageItem[]; query: ArticleListQuery }) {
  const [t, format] = await Promise.all([getTranslations("articles.list"), getFormatter()]);
  const direction = sortDirection(query);
  const header = (column: "title" | "status" | "assignees" | "paragraphs" | "flags" | "approved" | "updated", className = "") => {
    const sort = sortable[column];
    const label = t(`columns.${column}`);
    const active = sort === query.sort;
    return (
      <th scope="col" className={`px-3 py-2 ${className}`} aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined}>
        {sort ? (
          <Link
            href={articleListHref(query, { sort, dir: active ? (direction === "asc" ? "desc" : "asc") : undefined })}
            className="inline-flex items-center gap-1 hover:text-ink"
            title={t("sortBy", { column: label })}
          >
            {label}
            {active ? <span aria-hidden>{direction === "asc" ? "↑" : "↓"}</span> : null}
          </Link>
        ) : (
          label
        )}
      </th>
    );
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
          <tr>
            {header("title")}
            {header("status")}
            {header("assignees")}
            {header("paragraphs", "text-right")}
            {header("flags", "text-right")}
            {header("approved")}
            {header("updated")}
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className="border-b border-stone-100 last:border-0 hover:bg-stone-50" data-article-id={a.id}>
              <td className="min-w-48 max-w-md px-3 py-2">
                <Link href={`/articles/${a.id}`} className="font-medium text-ink hover:text-accent hover:underline" lang={a.locale}>
                  {a.title}
                </Link>
                <span className="ml-2 text-xs text-stone-500">{a.locale}</span>
                {a.archived ? <Badge className="ml-2 bg-stone-100 text-stone-600 ring-stone-300">{t("archivedBadge")}</Badge> : null}
                {a.sourceName ? <span className="mt-0.5 block text-xs text-stone-500">{a.sourceName}</span> : null}
              </td>
              <td className="px-3 py-2"><StatusBadge status={a.status} /></td>
              <td className="px-3 py-2 text-stone-700">{a.assignees.length > 0 ? a.assignees.join(", ") : <span className="text-stone-400">—</span>}</td>
              <td className="px-3 py-2 text-right tabular-nums">{format.number(a.paragraphCount)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {a.openFlags === null ? <span className="text-stone-400" title={t("notChecked")}>—</span> : format.number(a.openFlags)}
              </td>
              <td className="px-3 py-2">
                <div className="flex items-center gap-2">
                  <div className="h-1.5 w-16 overflow-hidden rounded bg-stone-200" aria-hidden>
                    <div className="h-full bg-accent" style={{ width: `${a.approvedPercent}%` }} />
                  </div>
                  <span className="tabular-nums">{format.number(a.approvedPercent / 100, { style: "percent" })}</span>
                </div>
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-stone-600">
                {format.dateTime(a.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                {a.updatedBy ? <span className="block text-xs text-stone-500">{t("by", { name: a.updatedBy })}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
