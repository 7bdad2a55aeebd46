import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { articleListHref, type ArticleListQuery } from "@/lib/validation/article-list";

export async function ArticlePager({ query, page, pageCount, total }: { query: ArticleListQuery; page: number; pageCount: number; total: number }) {
  const t = await getTranslations("articles.list");
  const link = (to: number, label: string, rel: "prev" | "next") =>
    to >= 1 && to <= pageCount ? (
      <Link href={articleListHref(query, { page: to })} rel={rel} className={buttonVariants({ variant: "secondary", size: "sm" })}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={buttonVariants({ variant: "secondary", size: "sm", className: "pointer-events-none opacity-50" })}>
        {label}
      </span>
    );
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-2 text-sm text-stone-600">
      <span data-testid="article-count">
        {t("count", { count: total })} · {t("page", { page, pages: pageCount })}
      </span>
      <span className="flex gap-2">
        {link(page - 1, t("previous"), "prev")}
        {link(page + 1, t("next"), "next")}
      </span>
    </nav>
  );
}
