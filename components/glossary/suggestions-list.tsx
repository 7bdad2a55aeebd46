"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { paragraphLabel } from "@/lib/review/paragraph-number";
import type { SuggestionRow } from "./types";

interface Props {
  suggestions: SuggestionRow[];
  canEdit: boolean;
  busy: boolean;
  onAccept: (s: SuggestionRow) => void;
  onReject: (s: SuggestionRow) => void;
  onApply: (s: SuggestionRow) => void;
}

/** Proposed entries with their evidence; accepting opens the form so the reviewer can adjust first. */
export function SuggestionsList({ suggestions, canEdit, busy, onAccept, onReject, onApply }: Props) {
  const t = useTranslations("glossary");
  const origin = (value: string) => (value === "corrections" ? t("suggestion.fromCorrections") : value === "spellings" ? t("suggestion.fromSpellings") : value);
  return (
    <ul aria-label={t("suggestion.list")} className="space-y-2">
      {suggestions.map((s) => (
        <li key={s.id} aria-label={t("suggestion.item", { preferred: s.preferred })} className="rounded-lg border border-amber-200 bg-amber-50/40 p-3">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0 space-y-1">
              <div className="text-sm">
                <strong className="text-ink">{s.preferred}</strong>
                <span className="text-stone-500">{t("suggestion.replaces")}</span>
                {s.variants.map((v, i) => (
                  <span key={v}>
                    {i > 0 ? ", " : ""}
                    <span className="text-red-800 line-through decoration-red-300">{v}</span>
                  </span>
                ))}
              </div>
              <div className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <Badge className="bg-white text-stone-700 ring-stone-300">{t(`types.${s.type}`)}</Badge>
                <span>{origin(s.origin)}</span>
                <span>
                  {t("suggestion.seen", { count: s.evidence.count })}{" "}
                  {Object.entries(s.evidence.forms)
                    .map(([form, n]) => `“${form}” ${n}`)
                    .join(", ")}
                </span>
              </div>
              <ul className="space-y-0.5 text-xs text-stone-600">
                {s.evidence.paragraphs.slice(0, 3).map((p, i) => (
                  <li key={i} lang="pt">
                    <a href={`/articles/${p.articleId}`} className="text-accent hover:underline">
                      {paragraphLabel(p.position)}
                    </a>{" "}
                    {p.excerpt}
                  </li>
                ))}
              </ul>
            </div>
            {canEdit ? (
              <div className="flex shrink-0 gap-1.5">
                <Button size="sm" disabled={busy} onClick={() => onAccept(s)}>
                  {t("suggestion.accept")}
                </Button>
                <Button size="sm" variant="secondary" disabled={busy} onClick={() => onApply(s)}>
                  {t("suggestion.apply")}
                </Button>
                <Button size="sm" variant="ghost" disabled={busy} onClick={() => onReject(s)}>
                  {t("suggestion.reject")}
                </Button>
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
