"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { conflictCount, resolveMerge, type MergeChoice, type MergePart } from "@/lib/diff/merge";
import { cn } from "@/lib/cn";
import type { WorkspaceParagraph } from "./types";

/** A save that overlapped a newer one: the reviewer's text, the version it started from and the spans to settle. */
export interface PendingMerge {
  mine: string;
  baseVersion: number;
  parts: MergePart[];
}

interface Props {
  merge: PendingMerge;
  theirs: WorkspaceParagraph;
  lang: string;
  pending: boolean;
  onSave: (text: string) => void;
  onEdit: (text: string) => void;
  onDiscardMine: () => void;
}

const CHOICES: { value: MergeChoice; label: "theirWords" | "yourWords" | "both" }[] = [
  { value: "theirs", label: "theirWords" },
  { value: "mine", label: "yourWords" },
  { value: "both", label: "both" },
];

function Side({ label, text, lang }: { label: string; text: string; lang: string }) {
  const t = useTranslations("workspace.merge");
  return (
    <span className="block">
      <span className="text-[11px] font-semibold uppercase tracking-wide text-stone-500">{label}</span>
      <span lang={lang} className="block whitespace-pre-wrap">{text.trim() === "" ? <em className="text-stone-500">{t("removed")}</em> : text}</span>
    </span>
  );
}

/**
 * Both edits merged where they do not touch; where they do, both sides are shown in place and the reviewer
 * picks one, the other or both for each span. Nothing is picked for them, so no one's words are dropped unseen.
 */
export function MergeView({ merge, theirs, lang, pending, onSave, onEdit, onDiscardMine }: Props) {
  const t = useTranslations("workspace");
  const total = conflictCount(merge.parts);
  const [choices, setChoices] = useState<(MergeChoice | null)[]>(() => Array(total).fill(null));
  const resolved = resolveMerge(merge.parts, choices);
  const open = choices.filter((c) => c === null).length;
  let index = -1;

  return (
    <section aria-label={t("merge.label")} className="mt-3 space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium text-amber-950">
        {t("merge.intro", { name: theirs.updatedBy?.name ?? t("someoneCapital"), theirs: theirs.version, base: merge.baseVersion, total })}
      </p>
      <div lang={lang} className="whitespace-pre-wrap rounded bg-white p-2 leading-relaxed" data-testid="merge-text">
        {merge.parts.map((part, i) => {
          if (part.kind === "same") return <span key={i}>{part.text}</span>;
          const at = ++index;
          const choice = choices[at];
          return (
            <span key={i} role="group" aria-label={t("merge.conflict", { number: at + 1, total })} className={cn("my-1 block rounded border p-2", choice ? "border-emerald-300 bg-emerald-50" : "border-amber-400 bg-amber-100")}>
              <span className="grid gap-2 sm:grid-cols-2">
                <Side label={theirs.updatedBy ? t("merge.theirWordsOf", { name: theirs.updatedBy.name }) : t("merge.theirWordsVersion", { version: theirs.version })} text={part.theirs} lang={lang} />
                <Side label={t("merge.yourWords")} text={part.mine} lang={lang} />
              </span>
              <span role="radiogroup" aria-label={t("merge.keepFor", { number: at + 1 })} className="mt-2 flex flex-wrap gap-1.5">
                {CHOICES.map((c) => (
                  <button
                    key={c.value}
                    type="button"
                    role="radio"
                    aria-checked={choice === c.value}
                    onClick={() => setChoices((all) => all.map((v, j) => (j === at ? c.value : v)))}
                    className={cn(
                      "rounded-md border px-2 py-1 text-xs font-medium",
                      choice === c.value ? "border-accent bg-accent text-white" : "border-stone-300 bg-white hover:bg-stone-100",
                    )}
                  >
                    {t(`merge.${c.label}`)}
                  </button>
                ))}
              </span>
            </span>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" disabled={pending || resolved === null} onClick={() => resolved !== null && onSave(resolved)}>
          {t("merge.save")}
        </Button>
        <Button size="sm" variant="secondary" disabled={pending || resolved === null} onClick={() => resolved !== null && onEdit(resolved)}>
          {t("merge.edit")}
        </Button>
        <Button size="sm" variant="ghost" disabled={pending} onClick={onDiscardMine}>
          {t("merge.discard")}
        </Button>
        {open > 0 ? <span className="text-xs text-amber-900">{t("merge.open", { count: open })}</span> : null}
      </div>
    </section>
  );
}
