"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { applyToAll } from "@/lib/actions/apply-to-all";
import { previewApplyToAll } from "@/lib/actions/preview-apply-to-all";
import type { BulkPreview } from "@/lib/data/bulk-changes";
import { paragraphLabel, paragraphNumber } from "@/lib/review/paragraph-number";
import { Modal } from "./modal";
import type { ApplySource, ArticleOption } from "./types";

interface Props {
  source: ApplySource;
  articles: ArticleOption[];
  initialArticleId: number | null;
  onClose: () => void;
}

/** Preview every occurrence of the variants (context and a checkbox each), then apply the checked ones as one bulk change. */
export function ApplyDialog({ source, articles, initialArticleId, onClose }: Props) {
  const t = useTranslations("glossary.apply");
  const router = useRouter();
  const [articleId, setArticleId] = useState<number | null>(initialArticleId);
  // A preview belongs to the term and scope it was asked for: another scope shows "searching" until its own arrives.
  const scope = `${source}\u0000${articleId ?? ""}`;
  const [loaded, setLoaded] = useState<{ scope: string; preview: BulkPreview } | null>(null);
  const preview = loaded?.scope === scope ? loaded.preview : null;
  // What the reviewer unchecked, by occurrence id (paragraph, version, offsets): a reloaded preview (another
  // scope) keeps those choices instead of checking everything again.
  const [unchecked, setUnchecked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    previewApplyToAll({ term: source, articleId: articleId ?? undefined }).then((result) => {
      if (!live) return;
      if (!result.ok) return void setError(result.error);
      setError(null);
      setLoaded({ scope, preview: result.data });
    });
    return () => {
      live = false;
    };
  }, [source, articleId, scope]);

  function toggle(id: string) {
    setUnchecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  const occurrences = preview?.occurrences ?? [];
  // The button's count, the boxes and what is sent are one list, so they cannot disagree.
  const selected = occurrences.filter((o) => !unchecked.has(o.id));

  function apply() {
    if (selected.length === 0) return;
    startTransition(async () => {
      const result = await applyToAll({ term: source, replacements: selected });
      if (!result.ok) return void setError(result.error);
      const { replacements: made, paragraphs, skipped } = result.data;
      toast.success(t("done", { made, paragraphs }));
      const edited = skipped.filter((s) => s.reason !== "the result would be refused");
      if (edited.length > 0) {
        toast.warning(t("editedSince", { count: edited.length, list: edited.map((s) => paragraphLabel(s.position)).join(", ") }));
      }
      for (const s of skipped.filter((s) => s.reason === "the result would be refused")) toast.warning(t("refusedOne", { paragraph: paragraphLabel(s.position), detail: s.detail ?? "" }));
      router.refresh();
      onClose();
    });
  }

  return (
    <Modal title={t("title", { preferred: source.preferred })} description={t("description", { variants: source.variants.map((v) => `«${v}»`).join(", ") })} onClose={onClose} wide>
      <div className="space-y-3">
        <Field label={t("where")}>
          <Select value={articleId ?? ""} onChange={(e) => setArticleId(e.target.value ? Number(e.target.value) : null)} className="max-w-md">
            <option value="">{t("allArticles")}</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </Select>
        </Field>
        {error ? <Alert>{error}</Alert> : null}
        {preview === null && !error ? <p className="text-sm text-stone-500">{t("searching")}</p> : null}
        {preview && occurrences.length === 0 ? <Alert tone="info">{t("none")}</Alert> : null}
        {occurrences.length > 0 ? (
          <>
            <div className="flex items-center gap-3 text-sm">
              <span>
                {t("checked", { selected: selected.length, total: occurrences.length })}
              </span>
              <Button variant="ghost" size="sm" onClick={() => setUnchecked((current) => new Set([...current].filter((id) => !occurrences.some((o) => o.id === id))))}>
                {t("checkAll")}
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setUnchecked((current) => new Set([...current, ...occurrences.map((o) => o.id)]))}>
                {t("uncheckAll")}
              </Button>
            </div>
            <ul aria-label={t("occurrences")} className="max-h-[50vh] divide-y divide-stone-100 overflow-y-auto rounded-md border border-stone-200">
              {occurrences.map((o) => (
                <li key={o.id}>
                  <label className="flex cursor-pointer gap-3 px-3 py-2 text-sm hover:bg-stone-50">
                    <input type="checkbox" className="mt-1 size-4 shrink-0 accent-accent" checked={!unchecked.has(o.id)} onChange={() => toggle(o.id)} aria-label={t("replaceIn", { article: preview!.articles[o.articleId] ?? t("article"), number: paragraphNumber(o.position) })} />
                    <span className="min-w-0">
                      <span className="block text-xs text-stone-500">
                        {preview!.articles[o.articleId]} · {paragraphLabel(o.position)}
                      </span>
                      <span lang="pt">
                        {o.before}
                        <del className="bg-red-50 text-red-800">{o.text}</del>
                        <ins className="bg-emerald-50 text-emerald-800 no-underline">{o.replacement}</ins>
                        {o.after}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button onClick={apply} disabled={pending || selected.length === 0}>
            {t("submit", { count: selected.length })}
          </Button>
        </div>
      </div>
    </Modal>
  );
}
