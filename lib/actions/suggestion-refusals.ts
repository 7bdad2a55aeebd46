import { GlossaryEntryExistsError } from "@/lib/data/glossary";
import { SuggestionDecidedError } from "@/lib/data/glossary-suggestions";
import { withRefusals } from "./refusals";

/** A colleague decided the suggestion first, or the entry exists already: the user is told, nothing fails. */
export const withSuggestionRefusals = <T>(work: () => Promise<T>) => withRefusals([SuggestionDecidedError, GlossaryEntryExistsError], work);
