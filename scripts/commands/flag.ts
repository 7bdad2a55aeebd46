import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadFlagger, type Flagger } from "@/lib/checks";
import { detectLocale, type LocaleGuess } from "@/lib/checks/detect-locale";
import { parseImport, type ImportInput } from "@/lib/import";
import { readAll, type CommandIo } from "./io";
import { type Flag, type Locale, type ParagraphKind, SEVERITIES } from "@/lib/domain";

const USAGE = "usage: lapidar flag [--json] [--locale pt-PT|pt-BR] FILE|FOLDER|- …";
const IMPORTABLE = /\.(?:txt|text|md|markdown|html?|xhtml|docx)$/i;

interface FileReport {
  file: string;
  locale: Locale;
  /** How the locale was chosen: given on the command line, or detected with this evidence. */
  localeSource: "option" | "detected";
  localeEvidence: LocaleGuess["evidence"];
  paragraphs: { index: number; kind: ParagraphKind; text: string; flags: Flag[] }[];
}

interface FileError {
  file: string;
  error: string;
}

/**
 * `flag [--json] [--locale …] FILE|FOLDER|- …`: batch QA over files and folders in one process, each split exactly
 * as the importer splits it (HTML and DOCX included). One JSON document names every file. Exit 0 whether or not
 * flags were found, 2 on bad usage or when an input could not be read (the others are still reported).
 */
export async function flagCommand(argv: string[], io: CommandIo): Promise<number> {
  let values: { json?: boolean; locale?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" }, locale: { type: "string" } } }));
  } catch (error) {
    return fail(io, `${(error as Error).message}\n${USAGE}`);
  }
  if (positionals.length === 0) return fail(io, USAGE);
  if (values.locale !== undefined && values.locale !== "pt-PT" && values.locale !== "pt-BR") return fail(io, "--locale must be pt-PT or pt-BR");
  const forced = values.locale as Locale | undefined;

  const inputs: string[] = [];
  const errors: FileError[] = [];
  for (const given of positionals) {
    if (given === "-") inputs.push(given);
    else await expand(given, inputs, errors);
  }
  const flagger = await loadFlagger({ locales: forced ? [forced] : ["pt-PT", "pt-BR"] });
  const reports: FileReport[] = [];
  for (const file of inputs) {
    const report = await flagOne(file, flagger, io, forced);
    if ("error" in report) errors.push(report);
    else reports.push(report);
  }
  io.stdout.write(values.json ? `${JSON.stringify({ files: reports, errors })}\n` : reports.map(formatReport).join("\n"));
  for (const e of errors) io.stderr.write(`${e.file}: ${e.error}\n`);
  return errors.length > 0 ? 2 : 0;
}

/** A folder stands for the importable files in it (not its subfolders, which a shell glob can name). */
async function expand(given: string, inputs: string[], errors: FileError[]) {
  try {
    if ((await stat(given)).isDirectory()) {
      const names = (await readdir(given)).filter((n) => IMPORTABLE.test(n)).sort();
      if (names.length === 0) errors.push({ file: given, error: "the folder holds no .txt, .md, .html or .docx file" });
      inputs.push(...names.map((n) => path.join(given, n)));
    } else inputs.push(given);
  } catch (error) {
    errors.push({ file: given, error: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : (error as Error).message });
  }
}

async function flagOne(file: string, flagger: Flagger, io: CommandIo, forced: Locale | undefined): Promise<FileReport | FileError> {
  let input: ImportInput;
  try {
    input = file === "-" ? { kind: "text", text: await decodeStdin(io) } : { kind: "file", bytes: await readFile(file), filename: path.basename(file) };
  } catch (error) {
    return { file, error: (error as Error).message };
  }
  const parsed = await parseImport(input);
  if (!parsed.ok) return { file, error: parsed.error.message };
  const { paragraphs } = parsed.article;
  const guess = detectLocale(paragraphs.filter((p) => p.kind !== "boilerplate").map((p) => p.text));
  const locale = forced ?? guess.locale ?? "pt-PT";
  const flags = flagger.flagArticle({ locale, paragraphs });
  return {
    file: file === "-" ? "(stdin)" : file,
    locale,
    localeSource: forced ? "option" : "detected",
    localeEvidence: guess.evidence,
    paragraphs: paragraphs.map((p, index) => ({ index, kind: p.kind, text: p.text, flags: flags[index] })),
  };
}

async function decodeStdin(io: CommandIo): Promise<string> {
  const bytes = await readAll(io.stdin);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("Standard input is not UTF-8 text; convert it first (or import it as a file, which detects the encoding).");
  }
}

function fail(io: CommandIo, message: string): number {
  io.stderr.write(`${message}\n`);
  return 2;
}

function formatReport(report: FileReport): string {
  const all = report.paragraphs.flatMap((p) => p.flags);
  const bySeverity = [...SEVERITIES].reverse().map((s) => `${all.filter((f) => f.severity === s).length} ${s}`);
  const evidence = report.localeSource === "detected" && report.localeEvidence.length ? ` from ${report.localeEvidence.slice(0, 3).map((e) => `«${e.form}»`).join(", ")}` : "";
  const lines = [`${report.file}: ${report.locale} (${report.localeSource}${evidence}), ${report.paragraphs.length} paragraphs, ${all.length} flags (${bySeverity.join(", ")})`];
  for (const p of report.paragraphs) {
    if (p.flags.length === 0) continue;
    lines.push("", `¶${p.index + 1} ${p.kind}: ${excerpt(p.text, 70)}`);
    for (const f of p.flags) {
      lines.push(`  ${f.severity.padEnd(8)} ${f.check.padEnd(24)} ${f.start}-${f.end} "${excerpt(f.text, 60)}"`);
      lines.push(`  ${"".padEnd(8)} ${f.message}`);
      if (f.suggestions.length > 0) lines.push(`  ${"".padEnd(8)} → ${f.suggestions.join(" | ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
