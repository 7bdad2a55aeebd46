import { readFile } from "node:fs/promises";
import path from "node:path";
import { englishImportText, sourceRefusalText } from "@/lib/import/wording";
import { attachSource } from "@/lib/services/source-text";
import { UsageError, type CommandIo } from "./io";
import { withDatabase } from "./with-database";

const USAGE = "usage: lapidar source ARTICLE FILE   (the Chinese original: .txt, .md, .html or .docx)";

/** `source ARTICLE FILE`: gives an article its Chinese original (a new version if it had one) and aligns it. */
export async function sourceCommand(argv: string[], io: CommandIo): Promise<number> {
  const [article, file, ...rest] = argv;
  const id = Number(article);
  if (!file || rest.length > 0 || !Number.isInteger(id) || id <= 0) throw new UsageError(USAGE);
  const bytes = new Uint8Array(await readFile(file).catch(() => { throw new UsageError(`No such file: ${file}`); }));
  const result = await withDatabase((db) => attachSource({ db, articleId: id, input: { kind: "file", bytes, filename: path.basename(file) }, userId: null }));
  if (!result.ok) {
    io.stderr.write(`${result.wording ? englishImportText(result.wording) : sourceRefusalText("en", result.code)}\n`);
    return 2;
  }
  const links = result.links.filter((l) => l.source.length > 0 && l.target.length > 0).length;
  io.stdout.write(`Original version ${result.version} of article ${id}: ${result.paragraphs} paragraphs (${result.language}), ${links} links\n`);
  return 0;
}
