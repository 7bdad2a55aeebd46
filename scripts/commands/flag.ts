import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadFlagger } from "@/lib/checks";
import { SEVERITIES, type Flag, type Locale, type ParagraphKind } from "@/lib/checks/types";
import { splitPlainText } from "@/lib/import/split-text";

interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = "usage: lapidar flag [--json] [--locale pt-PT|pt-BR] FILE|-";

/** `flag [--json] [--locale pt-PT|pt-BR] FILE|-`: flags a plain-text article offline; 0 whether or not it found anything, 2 on bad input. */
export async function flagCommand(argv: string[], io: Io): Promise<number> {
  let values: { json?: boolean; locale?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean" }, locale: { type: "string", default: "pt-PT" } },
    }));
  } catch (error) {
    return fail(io, `${(error as Error).message}\n${USAGE}`);
  }
  if (positionals.length !== 1) return fail(io, USAGE);
  if (values.locale !== "pt-PT" && values.locale !== "pt-BR") return fail(io, "--locale must be pt-PT or pt-BR");
  const locale: Locale = values.locale;
  const file = positionals[0];

  let bytes: Buffer;
  try {
    bytes = file === "-" ? await readStream(io.stdin) : await readFile(file);
  } catch (error) {
    return fail(io, `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(io, `${file === "-" ? "Standard input" : file} is not UTF-8 text; convert it first (or import it with --encoding).`);
  }

  const paragraphs = splitPlainText(text).paragraphs;
  const flagger = await loadFlagger({ locales: [locale] });
  const flags = flagger.flagArticle({ locale, paragraphs });
  const report = paragraphs.map((p, index) => ({ index, kind: p.kind, text: p.text, flags: flags[index] }));
  io.stdout.write(values.json ? `${JSON.stringify({ paragraphs: report })}\n` : formatReport(file, report));
  return 0;
}

function fail(io: Io, message: string): number {
  io.stderr.write(`${message}\n`);
  return 2;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

interface ReportParagraph {
  index: number;
  kind: ParagraphKind;
  text: string;
  flags: Flag[];
}

function formatReport(file: string, paragraphs: ReportParagraph[]): string {
  const all = paragraphs.flatMap((p) => p.flags);
  const bySeverity = [...SEVERITIES].reverse().map((s) => `${all.filter((f) => f.severity === s).length} ${s}`);
  const lines = [`${file === "-" ? "(stdin)" : file}: ${paragraphs.length} paragraphs, ${all.length} flags (${bySeverity.join(", ")})`];
  for (const p of paragraphs) {
    if (p.flags.length === 0) continue;
    lines.push("", `¶${p.index} ${p.kind}: ${excerpt(p.text, 70)}`);
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
