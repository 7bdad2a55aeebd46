import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { detectLocale } from "@/lib/checks/detect-locale";
import { parseImport, type SplitParagraph } from "@/lib/import";
import type { Locale } from "@/lib/domain";

/** A labelled garble, located in the paragraphs the importer produced (UTF-16 offsets into that paragraph). */
export interface Label {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  category: string;
}

export interface EvalDocument {
  corpus: string;
  name: string;
  locale: Locale;
  paragraphs: SplitParagraph[];
  labels: Label[];
  /** Labels whose text could not be found in the imported paragraphs (reported, never silently dropped). */
  lost: string[];
}

const REPO = path.resolve(import.meta.dirname, "..", "..");
export const SHARED = path.resolve(REPO, "..", "shared", "fixtures");

async function importFile(file: string): Promise<SplitParagraph[]> {
  const result = await parseImport({ kind: "file", bytes: readFileSync(file), filename: path.basename(file) }, { maxBytes: 50_000_000 });
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return result.article.paragraphs;
}

interface RawLabel {
  text: string;
  category: string;
  /** UTF-16 offset in the file, when the corpus gives one; otherwise every occurrence is a label. */
  at?: number;
}

/** Places labels by their text, choosing the occurrence nearest to the file offset the label gives. */
function locate(fileText: string, paragraphs: SplitParagraph[], raw: RawLabel[]): { labels: Label[]; lost: string[] } {
  let cursor = 0;
  const starts = paragraphs.map((p) => {
    const at = fileText.indexOf(p.text.slice(0, 40), cursor);
    if (at >= 0) cursor = at;
    return at >= 0 ? at : cursor;
  });
  const labels: Label[] = [];
  const lost: string[] = [];
  for (const label of raw) {
    const candidates: Label[] = [];
    paragraphs.forEach((p, index) => {
      for (let at = p.text.indexOf(label.text); at !== -1; at = p.text.indexOf(label.text, at + 1)) {
        candidates.push({ paragraph: index, start: at, end: at + label.text.length, text: label.text, category: label.category });
      }
    });
    if (candidates.length === 0) lost.push(`${label.category}: "${label.text}"`);
    else if (label.at === undefined) labels.push(...candidates);
    else {
      const distance = (c: Label) => Math.abs(starts[c.paragraph] + c.start - label.at!);
      labels.push(candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a)));
    }
  }
  return { labels, lost };
}

/** Code-point offsets (as Python counts them) to UTF-16 offsets. */
function utf16Offset(text: string, codePoints: number): number {
  let units = 0;
  let seen = 0;
  for (const char of text) {
    if (seen === codePoints) break;
    units += char.length;
    seen++;
  }
  return units;
}

/** The locale a file name states, or the one the importer would propose. */
const localeOf = (name: string, paragraphs: SplitParagraph[]): Locale =>
  name.startsWith("pt-BR") ? "pt-BR" : name.startsWith("pt-PT") ? "pt-PT" : (detectLocale(paragraphs.map((p) => p.text)).locale ?? "pt-PT");

/** A folder of .txt files with a labels.jsonl in the mt-dev format (code-point offsets). */
async function jsonlCorpus(corpus: string, dir: string): Promise<EvalDocument[]> {
  if (!existsSync(dir)) return [];
  const rows = readFileSync(path.join(dir, "labels.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; start: number; end: number; text: string; category: string });
  const documents: EvalDocument[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const fileText = readFileSync(path.join(dir, name), "utf8");
    const paragraphs = await importFile(path.join(dir, name));
    const raw = rows.filter((r) => r.file === name).map((r) => ({ text: r.text, category: r.category, at: utf16Offset(fileText, r.start) }));
    documents.push({ corpus, name, locale: localeOf(name, paragraphs), paragraphs, ...locate(fileText, paragraphs, raw) });
  }
  return documents;
}

/** The seed article with the sample of its labels (span, category; every occurrence counts). */
async function seedCorpus(): Promise<EvalDocument[]> {
  const file = path.join(SHARED, "seed-article.txt");
  const fileText = readFileSync(file, "utf8");
  const paragraphs = await importFile(file);
  const raw = readFileSync(path.join(SHARED, "seed-labels-sample.tsv"), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [text, category] = l.split("\t");
      return { text, category };
    });
  return [{ corpus: "seed", name: "seed-article.txt", locale: "pt-BR", paragraphs, ...locate(fileText, paragraphs, raw) }];
}

/** Native Portuguese text: every flag on it is a false alarm. */
async function nativeCorpus(): Promise<EvalDocument[]> {
  const dir = path.join(REPO, "tests", "fixtures", "native");
  const files = [path.join(SHARED, "clean-pt-article.txt"), ...(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(dir, f)) : [])];
  const documents: EvalDocument[] = [];
  for (const file of files) {
    const name = path.basename(file);
    documents.push({ corpus: "native", name, locale: name.startsWith("pt-BR") ? "pt-BR" : "pt-PT", paragraphs: await importFile(file), labels: [], lost: [] });
  }
  return documents;
}

export async function loadCorpora(): Promise<EvalDocument[]> {
  return [
    ...(await seedCorpus()),
    ...(await jsonlCorpus("dev", path.join(SHARED, "mt-dev"))),
    ...(await jsonlCorpus("own", path.join(REPO, "tests", "fixtures", "eval-cases"))),
    ...(await nativeCorpus()),
  ];
}
