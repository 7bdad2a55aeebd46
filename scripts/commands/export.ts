import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { readArticleBackup } from "@/lib/data/backup";
import { refusalText } from "@/lib/i18n/refusal-wording";
import { ARTICLE_FORMATS, isArticleFormat, renderArticleExport, type RenderedExport } from "@/lib/report/export-formats";
import { toExportArticle } from "@/lib/report/export-article";
import { loadReportInput } from "@/lib/services/load-report";
import { BILINGUAL_FORMATS, isBilingualFormat, renderBilingualExport } from "@/lib/services/source-export";
import { UsageError, type CommandIo } from "./io";
import { withDatabase } from "./with-database";

const FORMATS = [...Object.keys(ARTICLE_FORMATS), "json", ...Object.keys(BILINGUAL_FORMATS)];
const USAGE = `usage: lapidar export ARTICLE --format ${FORMATS.join("|")} [--out FILE] [--draft]`;

/**
 * `export ARTICLE --format md|txt|html|docx|csv|json|xliff|xliff12|tmx [--out FILE] [--draft]`: the cleaned
 * article, the review table, the JSON backup or the bilingual files (XLIFF 2.0 and 1.2, TMX 1.4b of the approved
 * paragraphs), to a file or standard output. Exit 3 when unapproved
 * paragraphs hold back the cleaned article and --draft was not given.
 */
export async function exportCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: "string" }, out: { type: "string" }, draft: { type: "boolean" } },
  });
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(id) || id <= 0) throw new UsageError(USAGE);
  const format = values.format;
  if (format !== "json" && !isArticleFormat(format) && !isBilingualFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}\n${USAGE}`);
  if (format === "docx" && !values.out && (io.stdout as { isTTY?: boolean }).isTTY) throw new UsageError("A DOCX file is binary: give --out FILE or redirect the output.");

  if (isBilingualFormat(format)) {
    const bilingual = await withDatabase((db) => renderBilingualExport(db, id, format));
    if (!bilingual) {
      io.stderr.write(`No article ${id}. List them with: lapidar articles\n`);
      return 1;
    }
    if (!bilingual.ok) {
      io.stderr.write(`${refusalText("en", bilingual.refusal)}\n`);
      return 3;
    }
    if (values.out) {
      await writeFile(values.out, bilingual.body);
      io.stderr.write(`Wrote ${values.out}\n`);
    } else {
      io.stdout.write(bilingual.body);
    }
    return 0;
  }
  const rendered = await withDatabase(async (db): Promise<RenderedExport | null> => {
    if (format === "json") {
      const backup = await readArticleBackup(db, id);
      return backup && { ok: true, body: `${JSON.stringify(backup, null, 2)}\n`, fileName: "", contentType: "application/json" };
    }
    const input = await loadReportInput(db, id, { flags: format === "csv" });
    return input && renderArticleExport(toExportArticle(input), format, { draft: values.draft });
  });
  if (!rendered) {
    io.stderr.write(`No article ${id}. List them with: lapidar articles\n`);
    return 1;
  }
  if (!rendered.ok) {
    io.stderr.write(`${refusalText("en", rendered.refusal)} Add --draft to export a draft.\n`);
    return 3;
  }
  const content = rendered.body;
  if (values.out) {
    await writeFile(values.out, content);
    io.stderr.write(`Wrote ${values.out}\n`);
  } else {
    io.stdout.write(content);
  }
  return 0;
}
