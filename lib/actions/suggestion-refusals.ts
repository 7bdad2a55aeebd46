import { GlossaryEntryExistsError } from "@/lib/data/glossary";
import { SuggestionDecidedError } from "@/lib/data/glossary-suggestions";
import { ActionError } from "./safe-action";

/** A colleague decided the suggestion first, or the entry exists already: the user is told, nothing fails. */
export function withSuggestionRefusals<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error) => {
    if (error instanceof SuggestionDecidedError || error instanceof GlossaryEntryExistsError) throw new ActionError(error.message);
    throw error;
  });
}
