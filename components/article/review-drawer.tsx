"use client";

import { PanelRight, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useState, type ReactNode } from "react";

/**
 * Below the large breakpoint the review panel would sit under every paragraph: it opens as a drawer from a
 * button that stays on screen instead. From the large breakpoint on, the panel is the sticky column.
 */
export function ReviewDrawer({ summary, children }: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations("workspace.drawer");
  return (
    <>
      <div className="hidden lg:block">{children}</div>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger className="fixed bottom-4 right-4 z-30 inline-flex items-center gap-2 rounded-full bg-accent px-4 py-2.5 text-sm font-medium text-white shadow-lg lg:hidden">
          <PanelRight className="size-4" aria-hidden />
          {t("open")}
          <span className="rounded-full bg-white/20 px-1.5 text-xs tabular-nums">{summary}</span>
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30 lg:hidden" />
          <Dialog.Content className="fixed inset-y-0 right-0 z-50 flex w-[min(22rem,calc(100vw-2.5rem))] flex-col bg-stone-50 shadow-xl lg:hidden">
            <div className="flex items-center justify-between border-b border-stone-200 px-4 py-3">
              <Dialog.Title className="font-medium">{t("title")}</Dialog.Title>
              <Dialog.Description className="sr-only">{t("description")}</Dialog.Description>
              <Dialog.Close className="rounded p-1 hover:bg-stone-200" aria-label={t("close")}>
                <X className="size-4" aria-hidden />
              </Dialog.Close>
            </div>
            <div className="min-h-0 flex-1 overflow-y-auto p-3">{children}</div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
