"use client";

import { useCallback, useState } from "react";
import { ArticleHeader } from "./article-header";
import { ParagraphCard } from "./paragraph-card";
import type { WorkspaceArticle, WorkspaceParagraph } from "./types";

export function ArticleWorkspace({ article, canEdit }: { article: WorkspaceArticle; canEdit: boolean }) {
  const [paragraphs, setParagraphs] = useState<WorkspaceParagraph[]>(article.paragraphs);

  const replace = useCallback((next: WorkspaceParagraph) => {
    setParagraphs((list) => list.map((p) => (p.id === next.id ? next : p)));
  }, []);

  return (
    <div className="space-y-4">
      <ArticleHeader article={article} paragraphs={paragraphs} />
      {!canEdit ? (
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">You have read-only access to this article.</p>
      ) : null}
      <ol className="space-y-3" aria-label="Paragraphs">
        {paragraphs.map((p) => (
          <li key={p.id}>
            <ParagraphCard paragraph={p} locale={article.locale} canEdit={canEdit} onChange={replace} />
          </li>
        ))}
      </ol>
    </div>
  );
}
