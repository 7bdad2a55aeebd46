import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/session";
import { listArticles } from "@/lib/data/articles";
import { getDb } from "@/lib/data/db";

export const metadata = { title: "Articles" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export default async function ArticlesPage() {
  const user = await requirePageUser();
  const articles = await listArticles(await getDb());
  return (
    <div className="space-y-5">
      <div className="flex items-center justify-between">
        <h1 className="font-serif text-2xl font-semibold">Articles</h1>
        {user.role !== "viewer" ? (
          <Link href="/import" className={buttonVariants()}>
            Import article
          </Link>
        ) : null}
      </div>
      {articles.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          No articles yet. {user.role !== "viewer" ? <Link href="/import" className="text-accent underline">Import the first one.</Link> : null}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th className="px-3 py-2">Title</th>
                <th className="px-3 py-2">Source</th>
                <th className="px-3 py-2 text-right">Paragraphs</th>
                <th className="px-3 py-2">Approved</th>
                <th className="px-3 py-2">Last update</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((a) => (
                <tr key={a.id} className="border-b border-stone-100 last:border-0 hover:bg-stone-50">
                  <td className="min-w-48 max-w-md px-3 py-2">
                    <Link href={`/articles/${a.id}`} className="font-medium text-ink hover:text-accent hover:underline" lang={a.locale}>
                      {a.title}
                    </Link>
                    <span className="ml-2 text-xs text-stone-500">{a.locale}</span>
                  </td>
                  <td className="px-3 py-2 text-stone-600">{a.sourceName ?? "—"}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{a.paragraphCount}</td>
                  <td className="px-3 py-2">
                    <div className="flex items-center gap-2">
                      <div className="h-1.5 w-20 overflow-hidden rounded bg-stone-200" aria-hidden>
                        <div className="h-full bg-accent" style={{ width: `${a.approvedPercent}%` }} />
                      </div>
                      <span className="tabular-nums">{a.approvedPercent}%</span>
                    </div>
                  </td>
                  <td className="px-3 py-2 text-stone-600">
                    {dateFormat.format(a.updatedAt)}
                    {a.updatedBy ? <span className="text-stone-500"> · {a.updatedBy}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
