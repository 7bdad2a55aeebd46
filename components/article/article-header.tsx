import type { WorkspaceArticle, WorkspaceParagraph } from "./types";

export function ArticleHeader({ article, paragraphs }: { article: WorkspaceArticle; paragraphs: WorkspaceParagraph[] }) {
  const approved = paragraphs.filter((p) => p.status === "approved").length;
  const percent = paragraphs.length ? Math.round((100 * approved) / paragraphs.length) : 0;
  return (
    <header className="space-y-2 border-b border-stone-200 pb-4">
      <h1 className="font-serif text-2xl font-semibold leading-snug" lang={article.locale}>
        {article.title}
      </h1>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-600">
        <div><dt className="inline text-stone-500">Author </dt><dd className="inline">{article.author ?? "—"}</dd></div>
        <div><dt className="inline text-stone-500">Source </dt><dd className="inline">{article.sourceUrl ? <a href={article.sourceUrl} className="underline" rel="noreferrer noopener">{article.sourceName ?? article.sourceUrl}</a> : article.sourceName ?? "—"}</dd></div>
        <div><dt className="inline text-stone-500">Locale </dt><dd className="inline">{article.locale}</dd></div>
        <div><dt className="inline text-stone-500">Paragraphs </dt><dd className="inline tabular-nums">{paragraphs.length}</dd></div>
      </dl>
      <div className="flex items-center gap-2 text-sm">
        <progress className="h-2 w-48 accent-accent" max={100} value={percent} aria-label="Paragraphs approved" />
        <span className="tabular-nums text-stone-700">{approved} of {paragraphs.length} approved</span>
      </div>
    </header>
  );
}
