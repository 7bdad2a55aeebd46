import { canEditGlossaryType } from "@/lib/auth/permissions/glossary";
import type { UserSummary } from "@/lib/data/users";
import type { GlossaryType } from "@/lib/glossary/types";
import { ActionError } from "./safe-action";

/** Calque entries are the lexicon's: only administrators change them, whichever way the entry is reached. */
export function assertMayEditGlossary(user: UserSummary, ...types: GlossaryType[]): void {
  if (types.some((type) => !canEditGlossaryType(user.role, type))) throw new ActionError("calqueAdminsOnly");
}
