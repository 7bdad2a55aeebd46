import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArticleFilters } from "@/components/articles/article-filters";
import { ArticlePager } from "@/components/articles/article-pager";
import { ArticleTable } from "@/components/articles/article-table";
import { buttonVariants } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/session";
import { listAssignableUsers } from "@/lib/data/article-assignments";
import { listArticlePage } from "@/lib/data/article-list";
import { getDb } from "@/lib/data/db";
import { cn } from "@/lib/cn";
import { articleListHref, parseArticleListQuery } from "@/lib/validation/article-list";

export async function generateMetadata() {
  const t = await getTranslations("articles.list");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser();
  const query = parseArticleListQuery(await searchParams);
  const db = await getDb();
  const [t, result, people] = await Promise.all([getTranslations("articles.list"), listArticlePage(db, { query, userId: user.id }), listAssignableUsers(db)]);
  const mine = query.assignee === "me" && query.status === "waiting";
  const filtered = articleListHref(query, { sort: undefined, dir: undefined }) !== "/";
  const tab = (active: boolean) =>
    cn("rounded-md px-3 py-1.5 text-sm font-medium", active ? "bg-accent text-white" : "text-stone-700 hover:bg-stone-100");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-2xl font-semibold">{t("title")}</h1>
        {user.role !== "viewer" ? (
          <Link href="/import" className={buttonVariants()}>
            {t("import")}
          </Link>
        ) : null}
      </div>
      <nav aria-label={t("tabs.label")} className="flex gap-1">
        <Link href="/" className={tab(!mine)} aria-current={!mine && !filtered ? "page" : undefined}>{t("tabs.all")}</Link>
        <Link href="/?assignee=me&status=waiting" className={tab(mine)} aria-current={mine ? "page" : undefined}>{t("tabs.mine")}</Link>
      </nav>
      {mine ? <p className="text-sm text-stone-600">{t("mineHint")}</p> : null}
      <ArticleFilters key={JSON.stringify(query)} query={query} people={people} />
      {result.total === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          {filtered ? (
            <>
              {t("noMatch")} <Link href="/" className="text-accent underline">{t("clear")}</Link>
            </>
          ) : (
            <>
              {t("empty")} {user.role !== "viewer" ? <Link href="/import" className="text-accent underline">{t("importFirst")}</Link> : null}
            </>
          )}
        </p>
      ) : (
        <>
          <ArticleTable items={result.items} query={query} />
          <ArticlePager query={{ ...query, page: result.page }} page={result.page} pageCount={result.pageCount} total={result.total} />
        </>
      )}
    </div>
  );
}
