"use server";

import type { MqmCategory } from "@/lib/metrics/mqm-typology";
import { classifyFlag } from "@/lib/report/annotation-from-flag";
import { flagAnnotationSchema } from "@/lib/report/annotation-input";
import { userAction } from "./safe-action";
import { storeAnnotation } from "./store-annotation";

/** One click on a flag: its category, a subtype read from its check and its severity become the annotation. */
export const annotateFlag = userAction("reviewer", flagAnnotationSchema, async (input, user) => {
  const { category, subtype, severity } = classifyFlag({ check: input.check, category: input.category as MqmCategory, severity: input.severity });
  return storeAnnotation({
    paragraphId: input.paragraphId,
    start: input.start,
    end: input.end,
    text: input.text,
    category,
    subtype,
    severity,
    comment: input.comment,
    check: input.check,
    authorId: user.id,
  });
});
