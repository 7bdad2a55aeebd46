"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { Button } from "@/components/ui/button";
import { SHORTCUTS } from "./use-review-shortcuts";

export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("workspace.shortcuts");
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[26rem] max-w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="mb-3 font-serif text-lg font-semibold">{t("title")}</Dialog.Title>
          <Dialog.Description className="sr-only">{t("description")}</Dialog.Description>
          <table className="w-full text-sm">
            <tbody>
              {SHORTCUTS.map((s) => (
                <tr key={s.action} className="border-b border-stone-100 last:border-0">
                  <td className="py-1.5 pr-4">
                    {s.keys.map((k) => (
                      <kbd key={k} className="mr-1 rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 font-mono text-xs">
                        {k}
                      </kbd>
                    ))}
                  </td>
                  <td className="py-1.5 text-stone-700">{t(`action.${s.action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3 text-xs text-stone-500">{t("mouse")}</p>
          <Dialog.Close asChild>
            <Button variant="secondary" size="sm" className="mt-3">{t("close")}</Button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
