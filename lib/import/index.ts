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
import { ENCODING_NAMES, codePointName, describeSource, formatBytes, tooLargeAdvice } from "./messages";
import { proposeTitle } from "./propose-title";
import { splitPlainText } from "./split-text";
import type { ImportError, ImportFormat, ImportInput, ImportOptions, ImportResult, SplitArticle } from "./types";

export type { ImportError, ImportErrorCode, ImportFormat, ImportInput, ImportOptions, ImportResult, SplitArticle, SplitParagraph } from "./types";
export { splitPlainText } from "./split-text";
export { boilerplateReason } from "./boilerplate";
export { MAX_TITLE_LENGTH } from "@/lib/validation/limits";
const STAGES = 4;

/** Decodes, checks and splits an article; refuses bad input with a clear message and no side effects. */
export async function parseImport(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const progress = (done: number) => options.onProgress?.(done, STAGES);
  const filename = input.kind === "file" ? input.filename : null;
  const source = describeSource(filename);
  const fail = (error: ImportError): ImportResult => ({ ok: false, error });
  progress(0);

  const size = input.kind === "file" ? input.bytes.byteLength : new TextEncoder().encode(input.text).byteLength;
  const limit = options.maxBytes ?? maxImportBytes();
  const advice = tooLargeAdvice(options.audience ?? "editor");
  if (size === 0) return fail({ code: "empty", message: `${source} is empty: there is nothing to import.` });
  if (size > limit) return fail({ code: "too_large", message: `${source} is ${formatBytes(size)}; the import limit is ${formatBytes(limit)}. ${advice}` });
  const explicitTitle = removeControlCharacters(options.title ?? "").replace(/\s+/g, " ").trim().normalize("NFC") || null;
  if (explicitTitle && explicitTitle.length > MAX_TITLE_LENGTH) return fail(titleTooLong(explicitTitle.length, "The title you entered"));
  progress(1);

  const warnings: string[] = [];
  let format: ImportFormat;
  let text: string;
  if (input.kind === "text") {
    text = input.text;
    format = sniffTextFormat(text);
  } else {
    const detected = detectFileFormat(input.bytes, input.filename, input.mediaType);
    if (!detected.ok && detected.code === "binary") return fail({ code: "binary", message: `${source} is ${detected.what}, not a text or Word document. Import .txt, .md, .html or .docx files.` });
    if (!detected.ok) return fail({ code: "unsupported_type", message: `${source} is ${detected.what}, which Lapidar cannot import. Save it as .docx, .html, .md or .txt and try again.` });
    format = detected.format;
    if (format === "docx") {
      const docx = await docxToHtml(input.bytes);
      if (!docx.ok) return fail({ code: "corrupt_docx", message: `${source} is not a readable Word document (${docx.reason}). Open it in Word and save it again as .docx.` });
      warnings.push(...docx.warnings);
      text = docx.html;
    } else {
      const decoded = decodeBytes(input.bytes, options.encoding);
      if (!decoded.ok) return fail(notUtf8(source, decoded.detected, decoded.preview));
      if (decoded.encoding !== "utf-8") warnings.push(`Converted from ${decoded.encoding in ENCODING_NAMES ? ENCODING_NAMES[decoded.encoding as keyof typeof ENCODING_NAMES] : decoded.encoding.toUpperCase()} to UTF-8.`);
      text = decoded.text;
    }
  }
  progress(2);

  text = normalizeText(text);
  if (!text.trim()) return fail({ code: "empty", message: `${source} contains only blank space: there is nothing to import.` });
  const control = findControlCharacter(text);
  if (control && !options.removeControlCharacters) {
    return fail({
      code: "control_characters",
      message: `${source} contains an invisible control character (${codePointName(control.codePoint)}) on line ${control.line}, column ${control.column}. Remove it, or confirm to import without control characters.`,
    });
  }
  if (control) {
    warnings.push(`Removed ${countControlCharacters(text)} control character(s).`);
    text = removeControlCharacters(text);
  }

  const article = articleOfBounded(text, format, warnings);
  if (!article) {
    return fail({ code: "too_deeply_nested", message: `${source} nests its markup too deeply to be read (thousands of elements inside one another). Save it again from a browser or as plain text.` });
  }
  // A compressed .docx passes the size check as a file and may still unpack into far more text.
  const extracted = article.paragraphs.reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph.text, "utf8"), 0);
  if (extracted > limit) return fail({ code: "too_large", message: `${source} unpacks into ${formatBytes(extracted)} of text; the import limit is ${formatBytes(limit)}. ${advice}` });
  progress(3);
  const overLong = article.paragraphs.findIndex((paragraph) => paragraph.text.length > MAX_PARAGRAPH_LENGTH);
  if (overLong >= 0) {
    return fail({
      code: "paragraph_too_long",
      message: `Paragraph ${overLong + 1} of ${source} is ${article.paragraphs[overLong].text.length.toLocaleString("en")} characters long; a paragraph can be at most ${MAX_PARAGRAPH_LENGTH.toLocaleString("en")} to be edited. Add paragraph breaks and import again.`,
    });
  }
  if (!article.paragraphs.some((paragraph) => paragraph.kind !== "boilerplate")) {
    return fail({ code: "no_paragraphs", message: `${source} has no article text to import: no paragraphs were found outside site menus and markup.` });
  }
  const title = explicitTitle ?? article.title;
  if (title && title.length > MAX_TITLE_LENGTH) return fail(titleTooLong(title.length, "The title found in the document (its first heading)"));
  const proposedTitle = !title && options.askForTitle ? proposeTitle(article.paragraphs) : null;
  if (proposedTitle) {
    return fail({
      code: "no_title",
      message: `${source} has no headline. Its first line is proposed as the title: check it, change it if needed, and import.`,
      proposedTitle,
    });
  }
  progress(STAGES);
  return { ok: true, article: { ...article, title, format, warnings } };
}

/** The HTML parser and the block walk recurse per nesting level: absurd nesting ends in a refusal, not a crash. */
function articleOfBounded(text: string, format: ImportFormat, warnings: string[]): SplitArticle | null {
  try {
    return articleOf(text, format, warnings);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return null;
    throw error;
  }
}

function articleOf(text: string, format: ImportFormat, warnings: string[]): SplitArticle {
  if (format === "txt") return splitPlainText(text);
  if (format === "md") return withoutMarkupControls(classifyBlocks(markdownBlocks(text), { inferHeadings: false }), warnings);
  const html = htmlBlocks(text);
  const { scripts, handlers, embeds } = html.dropped;
  if (scripts + handlers > 0) warnings.push(`Dropped ${scripts} script(s) and ${handlers} event handler or javascript: link attribute(s); only the text was kept.`);
  if (embeds > 0 && format === "html") warnings.push(`Left out ${embeds} embedded element(s) (images, frames, forms).`);
  const article = withoutMarkupControls(classifyBlocks(html.blocks, { inferHeadings: false }), warnings);
  return { ...article, title: article.title ?? html.documentTitle };
}

/** Character references such as "&#7;" decode to control characters after the source check: drop them. */
function withoutMarkupControls(article: SplitArticle, warnings: string[]): SplitArticle {
  const count = article.paragraphs.reduce((sum, paragraph) => sum + countControlCharacters(paragraph.text), 0);
  if (count === 0) return article;
  warnings.push(`Removed ${count} control character(s) written as character references in the markup.`);
  return { ...article, paragraphs: article.paragraphs.map((paragraph) => ({ ...paragraph, text: removeControlCharacters(paragraph.text) })) };
}

function notUtf8(source: string, detected: "gb18030" | "windows-1252" | null, preview: string | null): ImportError {
  if (!detected) return { code: "not_utf8", message: `${source} is not UTF-8 text and its encoding could not be recognised. Save it as UTF-8 and import it again.` };
  return {
    code: "not_utf8",
    message: `${source} is not UTF-8; it looks like ${ENCODING_NAMES[detected]}. Check the preview and confirm to convert it, or save it as UTF-8 and import it again.`,
    detectedEncoding: detected,
    ...(preview ? { preview } : {}),
  };
}

function titleTooLong(length: number, what: string): ImportError {
  return { code: "title_too_long", message: `${what} is ${length} characters long; titles are limited to ${MAX_TITLE_LENGTH}. Enter a shorter title.` };
}
