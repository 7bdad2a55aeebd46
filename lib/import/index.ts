import { MAX_PARAGRAPH_LENGTH } from "@/lib/validation/paragraph";
import { maxImportBytes } from "@/lib/config";
import { decodeBytes } from "@/lib/text/encoding";
import { countControlCharacters, findControlCharacter, normalizeText, removeControlCharacters } from "@/lib/text/normalize";
import { classifyBlocks } from "./classify";
import { detectFileFormat, sniffTextFormat } from "./detect-format";
import { docxToHtml } from "./docx";
import { htmlBlocks } from "./html-blocks";
import { markdownBlocks } from "./markdown-blocks";
import { MAX_TITLE_LENGTH } from "@/lib/validation/limits";
import { proposeTitle } from "./propose-title";
import { splitPlainText } from "./split-text";
import type { ImportError, ImportErrorCode, ImportFormat, ImportInput, ImportOptions, ImportResult, SplitArticle } from "./types";
import { englishImportText, type ImportWording } from "./wording";

export type { ImportWording } from "./wording";
export { englishImportText, importText } from "./wording";
export type { ImportError, ImportErrorCode, ImportFormat, ImportInput, ImportOptions, ImportResult, SplitArticle, SplitParagraph } from "./types";
export { splitPlainText } from "./split-text";
export { boilerplateReason } from "./boilerplate";
export { MAX_TITLE_LENGTH } from "@/lib/validation/limits";
const STAGES = 4;
// Encodings the catalogue names (an ICU selector has no hyphen); any other is shown by its label.
const ENCODING_SELECTORS: Record<string, string> = { gb18030: "gb18030", "windows-1252": "windows1252" };

/** Decodes, checks and splits an article; refuses bad input with a clear message and no side effects. */
export async function parseImport(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const progress = (done: number) => options.onProgress?.(done, STAGES);
  const file = input.kind === "file" ? input.filename : null;
  const fail = (code: ImportErrorCode, key: string, values: ImportWording["values"] = {}, extra: Partial<ImportError> = {}): ImportResult => {
    const wording = { key: `errors.${key}`, values: { file, ...values } };
    return { ok: false, error: { code, wording, message: englishImportText(wording), ...extra } };
  };
  progress(0);

  const size = input.kind === "file" ? input.bytes.byteLength : new TextEncoder().encode(input.text).byteLength;
  const limit = options.maxBytes ?? maxImportBytes();
  const audience = options.audience ?? "editor";
  if (size === 0) return fail("empty", "empty");
  if (size > limit) return fail("too_large", "tooLarge", { sizeBytes: size, limitBytes: limit, audience });
  const explicitTitle = removeControlCharacters(options.title ?? "").replace(/\s+/g, " ").trim().normalize("NFC") || null;
  if (explicitTitle && explicitTitle.length > MAX_TITLE_LENGTH) return fail("title_too_long", "titleTooLong", { whose: "typed", length: explicitTitle.length, max: MAX_TITLE_LENGTH });
  progress(1);

  const warnings: ImportWording[] = [];
  let format: ImportFormat;
  let text: string;
  if (input.kind === "text") {
    text = input.text;
    format = sniffTextFormat(text);
  } else {
    const detected = detectFileFormat(input.bytes, input.filename, input.mediaType);
    if (!detected.ok) return fail(detected.code, detected.code === "binary" ? "binary" : "unsupported", { what: detected.what });
    format = detected.format;
    if (format === "docx") {
      const docx = await docxToHtml(input.bytes);
      if (!docx.ok) return fail("corrupt_docx", "corruptDocx", { reason: docx.reason });
      warnings.push(...docx.warnings);
      text = docx.html;
    } else {
      const decoded = decodeBytes(input.bytes, options.encoding);
      if (!decoded.ok) {
        const { detected, preview } = decoded;
        return detected ? fail("not_utf8", "notUtf8Detected", { encoding: detected }, { detectedEncoding: detected, ...(preview ? { preview } : {}) }) : fail("not_utf8", "notUtf8");
      }
      if (decoded.encoding !== "utf-8") warnings.push({ key: "warnings.converted", values: { encoding: ENCODING_SELECTORS[decoded.encoding] ?? decoded.encoding.toUpperCase() } });
      text = decoded.text;
    }
  }
  progress(2);

  text = normalizeText(text);
  if (!text.trim()) return fail("empty", "blank");
  const control = findControlCharacter(text);
  if (control && !options.removeControlCharacters) {
    return fail("control_characters", "controlCharacter", { codePoint: codePointName(control.codePoint), line: control.line, column: control.column });
  }
  if (control) {
    warnings.push({ key: "warnings.removedControl", values: { count: countControlCharacters(text) } });
    text = removeControlCharacters(text);
  }

  const article = articleOfBounded(text, format, warnings);
  if (!article) return fail("too_deeply_nested", "tooDeeplyNested");
  // A compressed .docx passes the size check as a file and may still unpack into far more text.
  const extracted = article.paragraphs.reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph.text, "utf8"), 0);
  if (extracted > limit) return fail("too_large", "unpacksTooLarge", { sizeBytes: extracted, limitBytes: limit, audience });
  progress(3);
  const overLong = article.paragraphs.findIndex((paragraph) => paragraph.text.length > MAX_PARAGRAPH_LENGTH);
  if (overLong >= 0) {
    return fail("paragraph_too_long", "paragraphTooLong", { number: overLong + 1, length: article.paragraphs[overLong].text.length, max: MAX_PARAGRAPH_LENGTH });
  }
  if (!article.paragraphs.some((paragraph) => paragraph.kind !== "boilerplate")) {
    return fail("no_paragraphs", "noParagraphs");
  }
  const title = explicitTitle ?? article.title;
  if (title && title.length > MAX_TITLE_LENGTH) return fail("title_too_long", "titleTooLong", { whose: "document", length: title.length, max: MAX_TITLE_LENGTH });
  const proposedTitle = !title && options.askForTitle ? proposeTitle(article.paragraphs) : null;
  if (proposedTitle) return fail("no_title", "noTitle", {}, { proposedTitle });
  progress(STAGES);
  return { ok: true, article: { ...article, title, format, warnings } };
}

/** The HTML parser and the block walk recurse per nesting level: absurd nesting ends in a refusal, not a crash. */
function articleOfBounded(text: string, format: ImportFormat, warnings: ImportWording[]): SplitArticle | null {
  try {
    return articleOf(text, format, warnings);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return null;
    throw error;
  }
}

function articleOf(text: string, format: ImportFormat, warnings: ImportWording[]): SplitArticle {
  if (format === "txt") return splitPlainText(text);
  if (format === "md") return withoutMarkupControls(classifyBlocks(markdownBlocks(text), { inferHeadings: false }), warnings);
  const html = htmlBlocks(text);
  const { scripts, handlers, embeds } = html.dropped;
  if (scripts + handlers > 0) warnings.push({ key: "warnings.droppedScripts", values: { scripts, handlers } });
  if (embeds > 0 && format === "html") warnings.push({ key: "warnings.leftOutEmbeds", values: { count: embeds } });
  const article = withoutMarkupControls(classifyBlocks(html.blocks, { inferHeadings: false }), warnings);
  return { ...article, title: article.title ?? html.documentTitle };
}

/** Character references such as "&#7;" decode to control characters after the source check: drop them. */
function withoutMarkupControls(article: SplitArticle, warnings: ImportWording[]): SplitArticle {
  const count = article.paragraphs.reduce((sum, paragraph) => sum + countControlCharacters(paragraph.text), 0);
  if (count === 0) return article;
  warnings.push({ key: "warnings.removedMarkupControl", values: { count } });
  return { ...article, paragraphs: article.paragraphs.map((paragraph) => ({ ...paragraph, text: removeControlCharacters(paragraph.text) })) };
}

function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}
