import { CALQUE_REFUSAL, canEditGlossaryType } from "@/lib/auth/permissions/glossary";
import { GlossaryEntryExistsError, GlossaryEntryNotFoundError } from "@/lib/data/glossary";
import type { UserSummary } from "@/lib/data/users";
import type { GlossaryType } from "@/lib/glossary/types";
import { withRefusals } from "./refusals";
import { ActionError } from "./safe-action";

/** Calque entries are the lexicon's: only administrators change them, whichever way the entry is reached. */
export function assertMayEditGlossary(user: UserSummary, ...types: GlossaryType[]): void {
  if (types.some((type) => !canEditGlossaryType(user.role, type))) throw new ActionError(CALQUE_REFUSAL);
}

/** A clash or a vanished entry is the user's to read, not a server fault. */
export const withGlossaryRefusals = <T>(work: () => Promise<T>) => withRefusals([GlossaryEntryExistsError, GlossaryEntryNotFoundError], work);
