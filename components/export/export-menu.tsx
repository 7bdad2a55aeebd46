"use client";

import { useTranslations } from "next-intl";
import { ChevronDown, Download, FileBarChart } from "lucide-react";
import Link from "next/link";
import { AlertDialog, DropdownMenu } from "radix-ui";
import { useState } from "react";
import { toast } from "sonner";
import { Button, buttonVariants } from "@/components/ui/button";
import { ARTICLE_FORMAT_LABELS, type ArticleFormatId } from "@/lib/report/format-labels";
import { download } from "./download";

const FORMATS = Object.entries(ARTICLE_FORMAT_LABELS) as [ArticleFormatId, (typeof ARTICLE_FORMAT_LABELS)[ArticleFormatId]][];
/** XLIFF for a CAT tool (with the Chinese original as source when there is one) and a TMX of approved paragraphs. */
const BILINGUAL = ["xliff", "xliff12", "tmx"] as const;
const item = "flex cursor-pointer select-none items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-stone-100";

/**
 * Downloads of the article: the cleaned text in four formats, the review table, the JSON backup and
 * the quality report. `notApproved` is a hint for asking first; the server has the last word and a
 * refusal from it opens the same question.
 */
export function ExportMenu({
  articleId,
  notApproved,
  canBackup = false,
  showReportLink = true,
}: {
  articleId: number;
  notApproved: number;
  canBackup?: boolean;
  showReportLink?: boolean;
}) {
  const t = useTranslations("export");
  const ts = useTranslations("source");
  const [draftOf, setDraftOf] = useState<{ format: ArticleFormatId; notApproved: number } | null>(null);
  const [busy, setBusy] = useState(false);

  async function fetchFile(url: string, format?: ArticleFormatId) {
    setBusy(true);
    try {
      const outcome = await download(url);
      if (outcome.ok) return;
      if (outcome.status === 409 && format) setDraftOf({ format, notApproved: outcome.notApproved ?? notApproved });
      else toast.error(outcome.error ?? t("failed"));
    } catch {
      toast.error(t("failed"));
    } finally {
      setBusy(false);
    }
  }

  function choose(format: ArticleFormatId) {
    if (ARTICLE_FORMAT_LABELS[format].cleaned && notApproved > 0) setDraftOf({ format, notApproved });
    else void fetchFile(`/api/articles/${articleId}/export?format=${format}`, format);
  }

  return (
    <div className="flex items-center gap-2">
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <Button variant="secondary" size="sm" disabled={busy}>
            <Download className="size-4" aria-hidden />
            {t("button")}
            <ChevronDown className="size-3.5" aria-hidden />
          </Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content align="start" sideOffset={4} className="z-50 min-w-56 rounded-md border border-stone-200 bg-white p-1 shadow-lg">
            <DropdownMenu.Label className="px-2 py-1 text-xs font-medium uppercase tracking-wide text-stone-500">{t("cleaned")}</DropdownMenu.Label>
            {FORMATS.filter(([, f]) => f.cleaned).map(([id]) => (
              <DropdownMenu.Item key={id} className={item} onSelect={() => choose(id)}>
                {t(`formats.${id}`)}
              </DropdownMenu.Item>
            ))}
            <DropdownMenu.Separator className="my-1 h-px bg-stone-200" />
            <DropdownMenu.Label className="px-2 py-1 text-xs font-medium uppercase tracking-wide text-stone-500">{t("record")}</DropdownMenu.Label>
            {FORMATS.filter(([, f]) => !f.cleaned).map(([id]) => (
              <DropdownMenu.Item key={id} className={item} onSelect={() => choose(id)}>
                {t(`formats.${id}`)}
              </DropdownMenu.Item>
            ))}
            <DropdownMenu.Separator className="my-1 h-px bg-stone-200" />
            <DropdownMenu.Label className="px-2 py-1 text-xs font-medium uppercase tracking-wide text-stone-500">{ts("exchange")}</DropdownMenu.Label>
            {BILINGUAL.map((id) => (
              <DropdownMenu.Item key={id} className={item} onSelect={() => void fetchFile(`/api/articles/${articleId}/export?format=${id}`)}>
                {ts(`formats.${id}`)}
              </DropdownMenu.Item>
            ))}
            {canBackup ? (
              <DropdownMenu.Item className={item} onSelect={() => void fetchFile(`/api/articles/${articleId}/backup`)}>
                {t("backup")}
              </DropdownMenu.Item>
            ) : null}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {showReportLink ? (
        <Link href={`/articles/${articleId}/report`} className={buttonVariants({ variant: "ghost", size: "sm" })}>
          <FileBarChart className="size-4" aria-hidden />
          {t("report")}
        </Link>
      ) : null}
      {draftOf ? (
        <AlertDialog.Root open onOpenChange={(open) => !open && setDraftOf(null)}>
          <AlertDialog.Portal>
            <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
            <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[28rem] max-w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 space-y-3 rounded-lg bg-white p-5 shadow-xl">
              <AlertDialog.Title className="font-serif text-lg font-semibold">{t("draft.title")}</AlertDialog.Title>
              <AlertDialog.Description className="text-sm text-stone-700">
                {t("draft.body", { count: draftOf.notApproved, format: t(`formats.${draftOf.format}`) })}
              </AlertDialog.Description>
              <div className="flex justify-end gap-2">
                <AlertDialog.Cancel asChild>
                  <Button variant="secondary">{t("draft.keep")}</Button>
                </AlertDialog.Cancel>
                <AlertDialog.Action asChild>
                  <Button onClick={() => void fetchFile(`/api/articles/${articleId}/export?format=${draftOf.format}&draft=1`, draftOf.format)}>{t("draft.export")}</Button>
                </AlertDialog.Action>
              </div>
            </AlertDialog.Content>
          </AlertDialog.Portal>
        </AlertDialog.Root>
      ) : null}
    </div>
  );
}
