import { parseGlossaryCsv, serializeGlossaryCsv } from "./csv";
import { parseGlossaryTbx, serializeGlossaryTbx } from "./tbx";
import type { GlossaryEntryData, ParsedGlossary, RowError } from "./types";

export type GlossaryFormat = "csv" | "tbx";

export const GLOSSARY_FORMATS: readonly GlossaryFormat[] = ["csv", "tbx"];

export const MEDIA_TYPES: Record<GlossaryFormat, string> = { csv: "text/csv; charset=utf-8", tbx: "application/x-tbx+xml; charset=utf-8" };

/** The format a file name implies (.csv, .tbx or .xml), or null. */
export function formatOfFilename(name: string): GlossaryFormat | null {
  const ext = name.toLowerCase().split(".").pop();
  return ext === "csv" ? "csv" : ext === "tbx" || ext === "xml" ? "tbx" : null;
}

export function parseGlossaryFile(text: string, format: GlossaryFormat): ParsedGlossary {
  return format === "csv" ? parseGlossaryCsv(text) : parseGlossaryTbx(text);
}

export function serializeGlossary(entries: GlossaryEntryData[], format: GlossaryFormat): string {
  return format === "csv" ? serializeGlossaryCsv(entries) : serializeGlossaryTbx(entries);
}

export type ImportPlan = { ok: true; entries: GlossaryEntryData[]; skipped: RowError[] } | { ok: false; errors: RowError[] };

/**
 * All or nothing: a file with a bad row imports nothing, unless the person chose to skip bad rows, in which
 * case the good rows are imported and the bad ones listed.
 */
export function planImport(parsed: ParsedGlossary, skipBadRows: boolean): ImportPlan {
  if (parsed.errors.length > 0 && (!skipBadRows || parsed.entries.length === 0)) return { ok: false, errors: parsed.errors };
  return { ok: true, entries: parsed.entries, skipped: parsed.errors };
}
