import { englishImportText, sourceRefusalText } from "@/lib/import/wording";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { maxImportBytes } from "@/lib/config";
import { formatBytes } from "@/lib/format";
import { importArticle } from "@/lib/services/import-article";
import { attachSource } from "@/lib/services/source-text";
import { importXliffArticle } from "@/lib/services/source-xliff-import";
import { UsageError, type CommandIo } from "./io";
import { withDatabase } from "./with-database";

const XLIFF = /\.(?:xlf|xliff)$/i;

/**
 * `import FILE [--title T] [--locale detect|pt-PT|pt-BR] [--encoding gb18030|windows-1252] [--remove-control-characters]
 * [--source ORIGINAL]`; an .xlf/.xliff FILE brings its own Chinese source and unit ids.
 */
export async function importCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      title: { type: "string" },
      locale: { type: "string", default: "detect" },
      encoding: { type: "string" },
      "remove-control-characters": { type: "boolean" },
      source: { type: "string" },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("usage: lapidar import FILE [--title T] [--locale detect|pt-PT|pt-BR] [--source ORIGINAL]");
  if (values.locale !== "detect" && values.locale !== "pt-PT" && values.locale !== "pt-BR") throw new UsageError("--locale must be detect, pt-PT or pt-BR");
  if (values.encoding && values.encoding !== "gb18030" && values.encoding !== "windows-1252") {
    throw new UsageError("--encoding must be gb18030 or windows-1252");
  }
  const size = (await stat(file).catch(() => null))?.size;
  if (size === undefined) throw new UsageError(`No such file: ${file}`);
  if (size > maxImportBytes()) throw new UsageError(`${file} is ${formatBytes(size)}; the import limit is ${formatBytes(maxImportBytes())}.`);
  const bytes = new Uint8Array(await readFile(file));
  if (XLIFF.test(file)) {
    if (values.source) throw new UsageError("An XLIFF file brings its own source: --source is for other formats.");
    const result = await withDatabase((db) => importXliffArticle({ db, xml: new TextDecoder().decode(bytes), userId: null }));
    if (!result.ok) {
      io.stderr.write(`${sourceRefusalText("en", result.code)}\n`);
      return 2;
    }
    io.stdout.write(`Imported article ${result.id}: “${result.title}”\n`);
    io.stdout.write(`Locale: ${result.locale} (the file's target language)\n`);
    io.stdout.write(`Units: ${result.units}, paragraphs: ${result.paragraphs}; ${result.source === "zh" ? "the Chinese source is the article's original, aligned unit by unit" : "the source is not Chinese: the targets alone were imported"}\n`);
    return 0;
  }
  const original = values.source ? new Uint8Array(await readFile(values.source).catch(() => { throw new UsageError(`No such file: ${values.source}`); })) : null;

  const outcome = await withDatabase((db) =>
    importArticle(db, {
      input: { kind: "file", bytes, filename: path.basename(file) },
      locale: values.locale as "detect" | "pt-PT" | "pt-BR",
      userId: null,
      options: {
        title: values.title,
        encoding: values.encoding as "gb18030" | "windows-1252" | undefined,
        removeControlCharacters: values["remove-control-characters"],
      },
    }),
  );
  if (!outcome.ok) {
    io.stderr.write(`${outcome.error.message}\n`);
    if (outcome.error.preview) io.stderr.write(`Preview (${outcome.error.detectedEncoding}):\n${outcome.error.preview}\n`);
    return 2;
  }
  const c = outcome.counts;
  io.stdout.write(`Imported article ${outcome.id}: “${outcome.title}”\n`);
  const evidence = outcome.locale.evidence.slice(0, 4).map((e) => `«${e.form}» ${e.locale}`).join(", ");
  io.stdout.write(`Locale: ${outcome.locale.chosen}${outcome.locale.detected ? ` (the text reads as ${outcome.locale.detected}: ${evidence})` : " (the text shows no marker of either variant)"}\n`);
  io.stdout.write(`Paragraphs: ${c.body} body, ${c.heading} heading, ${c.metadata} metadata, ${c.boilerplate} boilerplate\n`);
  for (const warning of outcome.warnings) io.stdout.write(`Warning: ${englishImportText(warning)}\n`);
  if (original && values.source) {
    const attached = await withDatabase((db) => attachSource({ db, articleId: outcome.id, input: { kind: "file", bytes: original, filename: path.basename(values.source!) }, userId: null }));
    if (!attached.ok) {
      io.stderr.write(`The article was imported, but not its original: ${attached.wording ? englishImportText(attached.wording) : sourceRefusalText("en", attached.code)}\n`);
      return 2;
    }
    io.stdout.write(`Original: ${attached.paragraphs} paragraphs (${attached.language}), aligned automatically\n`);
  }
  return 0;
}
