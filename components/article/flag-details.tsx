"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { AnnotateFlagButton } from "@/components/annotations/annotate-flag-button";
import { CorrectedBeforeLink } from "@/components/concordance/corrected-before-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { CATEGORY_KEY } from "./category-key";
import { flagHint } from "@/lib/review/flag-hints";
import { SEVERITY_STYLE } from "./severity";
import { SpellingFlagActions } from "./spelling-flag-actions";
import { useFlagMessage } from "./use-flag-message";
import type { Flag } from "@/lib/domain";

interface Props {
  articleId: number;
  paragraphId: number;
  flag: Flag;
  checkTitle: string;
  canEdit: boolean;
  pending: boolean;
  onAccept: (suggestion: string) => void;
  onDismiss: (reason: string) => void;
}

/** What the reviewer reads and decides on for one flag. */
export function FlagDetails({ articleId, paragraphId, flag, checkTitle, canEdit, pending, onAccept, onDismiss }: Props) {
  const flagMessage = useFlagMessage();
  const t = useTranslations("workspace");
  const [reason, setReason] = useState("");
  const style = SEVERITY_STYLE[flag.severity];
  return (
    <div className="space-y-3 text-sm">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge className={style.chip}>
          <span aria-hidden className="mr-1 font-bold">{style.glyph}</span>
          {t(`severity.${flag.severity}`)}
        </Badge>
        <Badge className="bg-stone-50 text-stone-700 ring-stone-300">{t(`category.${CATEGORY_KEY[flag.category]}`)}</Badge>
        <span className="text-xs text-stone-500">{checkTitle}</span>
      </div>
      <p className="font-medium text-ink">
        “<span lang="pt">{flag.text}</span>”
      </p>
      <p className="text-stone-700">{flagMessage(flag)}</p>
      <CorrectedBeforeLink phrase={flag.text} articleId={articleId} />
      {flag.suggestions.length === 0 ? <NoSuggestion check={flag.check} articleId={articleId} /> : null}
      {canEdit && flag.suggestions.length > 0 ? (
        <div className="flex flex-col gap-1.5">
          {flag.suggestions.slice(0, 5).map((suggestion, i) => (
            <Button
              key={i}
              data-suggestion={i}
              size="sm"
              variant={i === 0 ? "primary" : "secondary"}
              disabled={pending}
              onClick={() => onAccept(suggestion)}
              className={cn("h-auto min-h-8 justify-start whitespace-normal py-1 text-left")}
            >
              {suggestion === "" ? t("flag.remove") : t("flag.replace", { suggestion })}
              {i === 0 ? <kbd className="ml-auto rounded bg-white/20 px-1 text-[10px]">{t("flag.acceptKey")}</kbd> : null}
            </Button>
          ))}
        </div>
      ) : null}
      {!canEdit && flag.suggestions.length > 0 ? (
        <p className="text-stone-600">{t("flag.suggested", { list: flag.suggestions.map((s) => (s === "" ? t("flag.removeShort") : `“${s}”`)).join(", ") })}</p>
      ) : null}
      {flag.check === "spelling" ? <SpellingFlagActions word={flag.text} /> : null}
      {canEdit ? (
        <form
          className="flex gap-1.5 border-t border-stone-200 pt-2"
          onSubmit={(e) => {
            e.preventDefault();
            onDismiss(reason);
          }}
        >
          <Input aria-label={t("flag.reasonLabel")} placeholder={t("flag.reasonPlaceholder")} value={reason} onChange={(e) => setReason(e.target.value)} className="h-8" maxLength={500} />
          <Button type="submit" size="sm" variant="secondary" disabled={pending} className="shrink-0">
            {t("flag.notAnError")}
          </Button>
        </form>
      ) : null}
      {canEdit ? (
        <div className="flex items-center justify-between gap-2 text-xs text-stone-600">
          <span>{t("flag.countInMqm")}</span>
          <AnnotateFlagButton paragraphId={paragraphId} flag={flag} />
        </div>
      ) : null}
    </div>
  );
}

/** A flag that names no fix says what to check and where, so the reviewer is not left with only the problem. */
function NoSuggestion({ check, articleId }: { check: string; articleId: number }) {
  const hint = flagHint(check);
  const t = useTranslations("workspace");
  return (
    <p className="rounded-md bg-stone-50 px-2 py-1.5 text-stone-700 ring-1 ring-stone-200" data-testid="flag-hint">
      {[t("hint.none"), ...hint.parts.map((part) => t(`hint.${part}`))].join(" ")}
      {hint.glossary ? (
        <>
          {" "}
          <Link href={`/glossary?article=${articleId}`} className="font-medium text-accent underline">
            {t("flag.openGlossary")}
          </Link>
        </>
      ) : null}
    </p>
  );
}
