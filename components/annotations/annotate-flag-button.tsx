"use client";

import { ClipboardPlus } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { annotateFlag } from "@/lib/actions/annotation-actions";
import type { AnnotationView } from "@/lib/data/annotations";
import type { Flag } from "@/lib/domain";

/** One click: the flag becomes an MQM annotation with the flag's category and severity and a subtype from its check. */
export function AnnotateFlagButton({ paragraphId, flag, onSaved }: { paragraphId: number; flag: Flag; onSaved?: (annotation: AnnotationView) => void }) {
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
          toast.success(`Recorded as ${result.data.severity} ${result.data.subtype ?? result.data.category} error.`);
          onSaved?.(result.data);
        })
      }
    >
      <ClipboardPlus className="size-4" aria-hidden />
      Record as error
    </Button>
  );
}
