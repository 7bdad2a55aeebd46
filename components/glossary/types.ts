import type { SuggestionEvidence } from "@/lib/glossary/suggestion";
import type { GlossaryEntryData, GlossaryType } from "@/lib/glossary/types";

/** What the glossary page sends to the browser (dates as ISO strings). */
export interface EntryRow extends GlossaryEntryData {
  id: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface SuggestionRow {
  id: number;
  preferred: string;
  variants: string[];
  type: GlossaryType;
  origin: string;
  evidence: SuggestionEvidence;
}

export interface BulkChangeRow {
  id: number;
  description: string;
  createdAt: string;
  undoneAt: string | null;
  createdBy: string | null;
  undoneBy: string | null;
  paragraphs: number;
}

export interface ArticleOption {
  id: number;
  title: string;
}

/** The entry (or suggestion) apply-to-all starts from. */
export type ApplySource = Pick<GlossaryEntryData, "preferred" | "variants" | "type" | "caseSensitive">;
