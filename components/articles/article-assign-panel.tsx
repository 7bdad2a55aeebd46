"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { assignArticle } from "@/lib/actions/assign-article";
import type { Assignee } from "@/lib/data/article-assignments";
import { useArticleAction } from "./use-article-action";

export function ArticleAssignPanel({ articleId, assignees, people, canAssign }: { articleId: number; assignees: Assignee[]; people: Assignee[]; canAssign: boolean }) {
  const t = useTranslations("articles.details");
  const { run, pending } = useArticleAction();
  const [chosen, setChosen] = useState(() => new Set(assignees.map((a) => a.id)));
  if (!canAssign) {
    return <p className="text-sm text-stone-700">{assignees.length > 0 ? assignees.map((a) => a.name).join(", ") : t("noAssignees")}</p>;
  }
  const toggle = (id: number) => setChosen((c) => {
    const next = new Set(c);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  return (
    <form
      className="space-y-3"
      aria-label={t("assignHeading")}
      onSubmit={(e) => {
        e.preventDefault();
        run(() => assignArticle({ articleId, userIds: [...chosen] }), () => toast.success(t("assigned")));
      }}
    >
      <p className="text-xs text-stone-500">{t("assignHint")}</p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {people.map((p) => (
          <li key={p.id}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} />
              {p.name}
            </label>
          </li>
        ))}
      </ul>
      <Button type="submit" variant="secondary" disabled={pending}>{t("assign")}</Button>
    </form>
  );
}
