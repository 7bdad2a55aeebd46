import { canEditDictionary } from "@/lib/auth/permissions/dictionary";
import type { UserSummary } from "@/lib/data/users";
import { ActionError } from "./safe-action";

export function assertMayEditDictionary(user: UserSummary): void {
  if (!canEditDictionary(user.role)) throw new ActionError("dictionaryReviewersOnly");
}
