import { createAnnotation, type AnnotationView, type NewAnnotation } from "@/lib/data/annotations";
import { getDb } from "@/lib/data/db";
import { ActionError } from "./safe-action";

/** Both ways of annotating end here: a vanished paragraph or a moved span is the reviewer's to redo, not a fault. */
export async function storeAnnotation(input: NewAnnotation): Promise<AnnotationView> {
  const result = await createAnnotation(await getDb(), input);
  if (result.ok) return result.annotation;
  if (result.reason === "not_found") throw new ActionError("paragraphGone");
  throw new ActionError("spanMoved");
}
