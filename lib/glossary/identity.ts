import type { GlossaryEntryData } from "./types";

/** The database's uniqueness rule (preferred, locale, type) as one string. */
export function entryIdentity(entry: Pick<GlossaryEntryData, "preferred" | "locale" | "type">): string {
  return `${entry.type}\u0000${entry.locale}\u0000${entry.preferred}`;
}

function normalised(form: string): string {
  return form.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The identity of a suggestion: its preferred form and the variants it would add, case and spacing aside.
 * A rejected suggestion keeps this key, so the same proposal is never offered again.
 */
export function suggestionKey(preferred: string, variants: string[]): string {
  return `${normalised(preferred)} <= ${[...new Set(variants.map(normalised))].sort().join(" | ")}`;
}
