"use client";

import { useTranslations } from "next-intl";

/**
 * A refusal from the source and XLIFF routes in the interface language, by its code; a code without a catalogue
 * entry (a newer server) still says what the server said, inside a sentence in the reader's language.
 */
export function useRefusal(): (answer: { code?: string; error?: string }, status: number) => string {
  const t = useTranslations("bilingual.refusal");
  return ({ code, error }, status) => {
    if (code && t.has(code)) return t(code);
    return t("other", { detail: error ?? String(status) });
  };
}
