import { after } from "next/server";
import type { Db } from "@/lib/data/db";
import { refreshCorrectionSuggestions } from "@/lib/data/glossary-suggestions";

/**
 * Mines the glossary suggestions that reviewers' corrections imply, once a save is answered: inside a
 * request it runs after the response is sent, so a save is not slowed by it; elsewhere (the command line,
 * tests) it runs at once. A failure is logged, never the save's: the text is already stored.
 */
export async function mineCorrectionsAfterSave(db: Db): Promise<void> {
  const mine = () =>
    refreshCorrectionSuggestions(db).then(
      () => undefined,
      (error: unknown) => console.error("Mining corrections for glossary suggestions failed:", error),
    );
  try {
    after(mine);
  } catch {
    // Outside a request scope `after` throws: there is no response to wait for.
    await mine();
  }
}
