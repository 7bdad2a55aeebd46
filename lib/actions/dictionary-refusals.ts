import { DICTIONARY_REFUSAL, canEditDictionary } from "@/lib/auth/permissions/dictionary";
import { DictionaryWordExistsError, DictionaryWordNotFoundError } from "@/lib/data/dictionary";
import type { UserSummary } from "@/lib/data/users";
import { withRefusals } from "./refusals";
import { ActionError } from "./safe-action";

export function assertMayEditDictionary(user: UserSummary): void {
  if (!canEditDictionary(user.role)) throw new ActionError(DICTIONARY_REFUSAL);
}

/** A word that exists already or has gone is the user's to read, not a server fault. */
export const withDictionaryRefusals = <T>(work: () => Promise<T>) => withRefusals([DictionaryWordExistsError, DictionaryWordNotFoundError], work);
