import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { importGlossaryEntries, listGlossaryEntries } from "@/lib/data/glossary";
import { describeRowErrors } from "@/lib/glossary/wording";
import { formatOfFilename, GLOSSARY_FORMATS, parseGlossaryFile, planImport, serializeGlossary, type GlossaryFormat } from "@/lib/glossary/file-format";
import { readAll, UsageError, type CommandIo } from "./io";
import { withDatabase } from "./with-database";

const USAGE = "usage: lapidar glossary import|export --format csv|tbx FILE [--skip-bad-rows]   (FILE - is stdin/stdout)";

/** `glossary import|export --format csv|tbx FILE [--skip-bad-rows]`: imports are all or nothing unless bad rows are skipped. */
export async function glossaryCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: "string" }, "skip-bad-rows": { type: "boolean" } },
  });
  const [action, file] = positionals;
  if ((action !== "import" && action !== "export") || !file || positionals.length > 2) throw new UsageError(USAGE);
  const format = (values.format ?? formatOfFilename(file)) as GlossaryFormat;
  if (!GLOSSARY_FORMATS.includes(format)) throw new UsageError(`--format must be csv or tbx\n${USAGE}`);

  if (action === "export") {
    const text = serializeGlossary(await withDatabase((db) => listGlossaryEntries(db)), format);
    if (file === "-") io.stdout.write(text);
    else await writeFile(file, text, "utf8");
    return 0;
  }

  const text = file === "-" ? (await readAll(io.stdin)).toString("utf8") : await readFile(file, "utf8").catch(() => null);
  if (text === null) throw new UsageError(`No such file: ${file}`);
  const plan = planImport(parseGlossaryFile(text, format), values["skip-bad-rows"] ?? false);
  if (!plan.ok) {
    io.stderr.write(`Nothing was imported. Fix these rows or pass --skip-bad-rows:\n${describeRowErrors("en", plan.errors)}\n`);
    return 2;
  }
  const counts = await withDatabase((db) => importGlossaryEntries(db, plan.entries, null));
  io.stdout.write(`Imported ${plan.entries.length} entries: ${counts.created} new, ${counts.updated} updated, ${counts.unchanged} unchanged.\n`);
  if (plan.skipped.length > 0) io.stderr.write(`Skipped ${plan.skipped.length} bad row(s):\n${describeRowErrors("en", plan.skipped)}\n`);
  return 0;
}
