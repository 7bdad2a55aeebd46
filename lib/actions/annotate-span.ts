"use server";

import { annotationInputSchema } from "@/lib/report/annotation-input";
import { userAction } from "./safe-action";
import { storeAnnotation } from "./store-annotation";

/** "Mark selection as error" (or a flag opened in the full form): a span of the current text with the category, severity and comment the reviewer chose. */
export const annotateSpan = userAction("reviewer", annotationInputSchema, async (input, user) => storeAnnotation({ ...input, authorId: user.id }));
