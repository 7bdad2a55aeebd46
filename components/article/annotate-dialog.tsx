"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { AnnotationForm, type AnnotationSpan } from "@/components/annotations/annotation-form";

/** "Mark as error": an MQM annotation on the words the reviewer selected. */
export function AnnotateDialog({ span, onClose }: { span: AnnotationSpan; onClose: () => void }) {
  const t = useTranslations("workspace.annotate");
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[30rem] max-w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 space-y-3 rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="font-serif text-lg font-semibold">{t("title")}</Dialog.Title>
          <Dialog.Description className="text-sm text-stone-700">
            {t.rich("description", { text: span.text, quote: (chunks) => <span lang="pt">{chunks}</span> })}
          </Dialog.Description>
          <AnnotationForm span={span} onSaved={onClose} onCancel={onClose} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
