import type { ImportWording } from "./wording";
import type { ParagraphKind } from "@/lib/domain";

export interface SplitParagraph {
  kind: ParagraphKind;
  text: string;
}

export interface SplitArticle {
  title: string | null;
  author: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  paragraphs: SplitParagraph[];
}

/**
 * A paragraph candidate before classification. Markup formats know more than plain text does:
 * an <h2> is a heading and a <footer> is boilerplate whatever its words say.
 */
export interface Block {
  text: string;
  hint?: { kind: "heading"; level: number } | { kind: "boilerplate"; reason: string };
}

export type ImportFormat = "txt" | "md" | "html" | "docx";

export type ImportInput = { kind: "text"; text: string } | { kind: "file"; bytes: Uint8Array; filename: string; mediaType?: string };

export interface ImportOptions {
  /** Defaults to LAPIDAR_MAX_IMPORT_BYTES or 5 MB. */
  maxBytes?: number;
  /** The user confirmed converting from this encoding. */
  encoding?: "gb18030" | "windows-1252";
  /** The user confirmed dropping control characters. */
  removeControlCharacters?: boolean;
  title?: string;
  /** Refuse an article with no headline and no title given, proposing its first line (the import page asks). */
  askForTitle?: boolean;
  /** Who reads the messages: only administrators are told about server settings. */
  audience?: "editor" | "administrator";
  /** Import stages completed out of the total (read, decode, split, classify). */
  onProgress?: (done: number, total: number) => void;
}

export type ImportErrorCode =
  | "empty"
  | "too_large"
  | "binary"
  | "corrupt_docx"
  | "not_utf8"
  | "control_characters"
  | "title_too_long"
  | "unsupported_type"
  | "no_paragraphs"
  | "paragraph_too_long"
  | "too_deeply_nested"
  | "no_title";

export interface ImportError {
  code: ImportErrorCode;
  /** Clear, for an editor: names the file, the limit or the position; worded in the reader's language by the page. */
  wording: ImportWording;
  /** The wording in English, for the command line and the logs. */
  message: string;
  detectedEncoding?: "gb18030" | "windows-1252";
  /** First lines decoded with the detected encoding, so the user can confirm. */
  preview?: string;
  /** For no_title: the article's first line, to confirm or edit as the title. */
  proposedTitle?: string;
}

export type ImportResult =
  | { ok: true; article: SplitArticle & { format: ImportFormat; warnings: ImportWording[] } }
  | { ok: false; error: ImportError };
