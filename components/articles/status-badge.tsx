import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ArticleStatus } from "@/lib/domain/article-status";

const tone: Record<ArticleStatus, string> = {
  new: "bg-stone-50 text-stone-700 ring-stone-300",
  in_review: "bg-amber-50 text-amber-900 ring-amber-300",
  approved: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  published: "bg-sky-50 text-sky-900 ring-sky-300",
};

export async function StatusBadge({ status }: { status: ArticleStatus }) {
  const t = await getTranslations("articles.status");
  return (
    <Badge className={`whitespace-nowrap ${tone[status]}`}>
      <span data-status={status}>{t(status)}</span>
    </Badge>
  );
}
