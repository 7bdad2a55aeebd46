import Papa from "papaparse";
import type { GlossaryEntryData, ParsedGlossary, RowError } from "./types";
import { entryProblems, glossaryEntrySchema } from "./validate";
import { entryIdentity } from "./identity";

/** The documented columns (docs/glossary.md), in export order. */
export const CSV_COLUMNS = ["preferred", "variants", "source_term", "type", "case_sensitive", "locale", "note"] as const;
const REQUIRED: readonly string[] = ["preferred", "type"];

/** Several variants share one cell, separated by a vertical bar. */
export const VARIANT_SEPARATOR = "|";

// A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK… in a note). Export puts a
// quote in front; a cell that already starts with quotes before such a character gets one more, so that
// the import, which takes exactly one off, gives back what was exported.
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

function unescapeFormula(cell: string): string {
  return FORMULA_LIKE.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell;
}

const TRUE = new Set(["yes", "true", "1", "y", "sim"]);
const FALSE = new Set(["", "no", "false", "0", "n", "não", "nao"]);

function parseBoolean(value: string): boolean | string {
  const v = value.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return value;
}

interface RawRow {
  line: number;
  cells: string[];
}

/** Rows with the 1-based line each starts on (a quoted cell may span lines, so rows and lines differ). */
function readRows(text: string): { rows: RawRow[]; errors: RowError[] } {
  const rows: RawRow[] = [];
  const errors: RowError[] = [];
  let cursor = 0;
  let line = 1;
  const lineAt = (offset: number) => {
    for (let i = cursor; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    cursor = offset;
    return line;
  };
  let previousEnd = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    skipEmptyLines: "greedy",
    step: (result) => {
      let start = previousEnd;
      while (start < text.length && /\s/.test(text[start])) start++;
      const rowLine = lineAt(start);
      previousEnd = result.meta.cursor;
      for (const error of result.errors) errors.push({ line: rowLine, problems: [{ key: "unreadableCsv", values: { code: error.code, detail: error.message } }] });
      rows.push({ line: rowLine, cells: result.data });
    },
  });
  return { rows, errors };
}

/** Reads a glossary CSV; every bad row is reported with its line, and good rows are returned separately. */
export function parseGlossaryCsv(input: string): ParsedGlossary {
  const text = input.replace(/^\uFEFF/, "");
  const { rows, errors } = readRows(text);
  const result: ParsedGlossary = { entries: [], lines: [], errors };
  const header = rows.shift();
  if (!header) {
    result.errors.push({ line: 1, problems: [{ key: "emptyFile" }] });
    return result;
  }
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const missing = REQUIRED.filter((r) => !names.includes(r));
  const unknown = names.filter((n) => n && !(CSV_COLUMNS as readonly string[]).includes(n));
  if (missing.length > 0 || unknown.length > 0) {
    result.errors.push({
      line: header.line,
      problems: [{ key: "badHeader", values: { missing: missing.join(", "), unknown: unknown.join(", "), columns: CSV_COLUMNS.join(", ") } }],
    });
    return result;
  }
  const seen = new Map<string, number>();
  for (const row of rows) {
    const cell = (name: string) => {
      const i = names.indexOf(name);
      return i === -1 ? "" : unescapeFormula(row.cells[i] ?? "");
    };
    if (row.cells.length > names.length && row.cells.slice(names.length).some((c) => c.trim())) {
      result.errors.push({ line: row.line, problems: [{ key: "tooManyCells", values: { cells: row.cells.length, columns: names.length } }] });
      continue;
    }
    const caseSensitive = parseBoolean(cell("case_sensitive"));
    if (typeof caseSensitive === "string") {
      result.errors.push({ line: row.line, problems: [{ key: "badBoolean", values: { column: "case_sensitive", value: caseSensitive } }] });
      continue;
    }
    const parsed = glossaryEntrySchema.safeParse({
      preferred: cell("preferred"),
      variants: cell("variants").split(VARIANT_SEPARATOR),
      sourceTerm: cell("source_term"),
      type: cell("type").trim().toLowerCase(),
      caseSensitive,
      locale: cell("locale").trim() || "both",
      note: cell("note"),
    });
    if (!parsed.success) {
      result.errors.push({ line: row.line, problems: entryProblems(parsed.error) });
      continue;
    }
    const identity = entryIdentity(parsed.data);
    const first = seen.get(identity);
    if (first !== undefined) {
      result.errors.push({ line: row.line, problems: [{ key: "duplicateRow", values: { first } }] });
      continue;
    }
    seen.set(identity, row.line);
    result.entries.push(parsed.data);
    result.lines.push(row.line);
  }
  return result;
}

/** CSV with a byte-order mark, so spreadsheet programs read the accents and CJK as UTF-8. */
export function serializeGlossaryCsv(entries: GlossaryEntryData[]): string {
  const rows = entries.map((e) => [
    e.preferred,
    e.variants.join(VARIANT_SEPARATOR),
    e.sourceTerm ?? "",
    e.type,
    e.caseSensitive ? "yes" : "no",
    e.locale,
    e.note ?? "",
  ]);
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\r\n", escapeFormulae: FORMULA_LIKE })}\r\n`;
}
