"use client";

import { ClipboardPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useMqmNames } from "@/components/report/use-mqm-names";
import { annotateFlag } from "@/lib/actions/annotate-flag";
import type { AnnotationView } from "@/lib/data/annotations";
import type { Flag } from "@/lib/domain";

/** One click: the flag becomes an MQM annotation with the flag's category and severity and a subtype from its check. */
export function AnnotateFlagButton({ paragraphId, flag, onSaved }: { paragraphId: number; flag: Flag; onSaved?: (annotation: AnnotationView) => void }) {
  const t = useTranslations("annotations.flagButton");
  const names = useMqmNames();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await annotateFlag({
            paragraphId,
            start: flag.start,
            end: flag.end,
            text: flag.text,
            check: flag.check,
            category: flag.category,
            severity: flag.severity,
          });
          if (!result.ok) {
            toast.error(result.error);
            return;
          }
          const { severity, subtype, category } = result.data;
          toast.success(t("recorded", { severity: names.severity(severity), type: subtype ? names.subtype(subtype) : names.category(category) }));
          onSaved?.(result.data);
        })
      }
    >
      <ClipboardPlus className="size-4" aria-hidden />
      {t("record")}
    </Button>
  );
}
