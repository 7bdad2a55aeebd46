import { countNotApproved } from "@/components/export/count-not-approved";
import { ExportMenu } from "@/components/export/export-menu";
import { BookOpen } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DocumentTitle } from "@/components/articles/document-title";
import { buttonVariants } from "@/components/ui/button";
import { currentTitleOfStored } from "@/lib/export/headline";
import type { WorkspaceArticle, WorkspaceParagraph } from "./types";

/** Only web links become links: an imported "javascript:" URL must stay inert text. */
function safeHref(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function ArticleHeader({ article, paragraphs, canEdit }: { article: WorkspaceArticle; paragraphs: WorkspaceParagraph[]; canEdit: boolean }) {
  // From the live paragraphs, so a saved correction of the headline retitles the page at once.
  const title = currentTitleOfStored(article.importedTitle, paragraphs);
  const t = useTranslations("articles.header");
  const tw = useTranslations("workspace.header");
  return (
    <header className="space-y-2 border-b border-stone-200 pb-4">
      <DocumentTitle title={title} />
      {article.archivedAt ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("archivedNotice")}
        </p>
      ) : null}
      <h1 className="font-serif text-2xl font-semibold leading-snug" lang={article.locale}>
        {title}
      </h1>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-600">
        <div><dt className="inline text-stone-500">{tw("author")} </dt><dd className="inline">{article.author ?? "—"}</dd></div>
        <div>
          <dt className="inline text-stone-500">{tw("source")} </dt>
          <dd className="inline">
            {safeHref(article.sourceUrl) ? (
              <a href={safeHref(article.sourceUrl)!} className="underline" rel="noreferrer noopener">{article.sourceName ?? article.sourceUrl}</a>
            ) : (
              article.sourceName ?? article.sourceUrl ?? "—"
            )}
          </dd>
        </div>
        <div><dt className="inline text-stone-500">{tw("locale")} </dt><dd className="inline">{article.locale}</dd></div>
        <div><dt className="inline text-stone-500">{tw("paragraphs")} </dt><dd className="inline tabular-nums" data-testid="paragraph-count">{article.paragraphs.length}</dd></div>
      </dl>
      <div className="flex flex-wrap items-center gap-2">
        <ExportMenu articleId={article.id} notApproved={countNotApproved(paragraphs, title)} canBackup={canEdit} />
        <Link href={`/glossary?article=${article.id}`} className={buttonVariants({ variant: "ghost", size: "sm" })}>
          <BookOpen className="size-4" aria-hidden />
          {tw("glossary")}
        </Link>
        <Link href={`/articles/${article.id}/details`} className={buttonVariants({ variant: "ghost", size: "sm" })}>
          {t("details")}
        </Link>
      </div>
    </header>
  );
}
