"use client";

import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { Button } from "@/components/ui/button";
import type { WorkspaceParagraph } from "./types";
import { useFlagMessage } from "./use-flag-message";
import type { Flag } from "@/lib/domain";

/** Approving over open major or critical flags is allowed, but only on purpose. */
export function ApproveDialog({ paragraph, flags, onCancel, onConfirm }: { paragraph: WorkspaceParagraph; flags: Flag[]; onCancel: () => void; onConfirm: () => void }) {
  const flagMessage = useFlagMessage();
  const t = useTranslations("workspace.approve");
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onCancel()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[28rem] max-w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 space-y-3 rounded-lg bg-white p-5 shadow-xl">
          <AlertDialog.Title className="font-serif text-lg font-semibold">{t("title")}</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-stone-700">
            {t("body", { number: paragraph.position + 1, count: flags.length })}
          </AlertDialog.Description>
          <ul className="max-h-48 list-disc space-y-1 overflow-y-auto pl-5 text-sm">
            {flags.map((f, i) => (
              <li key={i}>
                <strong>“{f.text}”</strong> — {flagMessage(f)}
              </li>
            ))}
          </ul>
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">{t("keep")}</Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button onClick={onConfirm}>{t("confirm")}</Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
