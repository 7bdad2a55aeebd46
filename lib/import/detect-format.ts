import type { ImportFormat } from "./types";

/** What a refused file is, as a key of the catalogue's `import.server.kinds`: the refusal names it in the reader's language. */
export type FileKind = "zip" | "pdf" | "oldOffice" | "rtf" | "oldWord" | "odt" | "pages" | "epub" | "binary";

export type DetectedFormat = { ok: true; format: ImportFormat } | { ok: false; code: "binary" | "unsupported_type"; what: FileKind };

const EXTENSIONS: Record<string, ImportFormat> = { txt: "txt", text: "txt", md: "md", markdown: "md", html: "html", htm: "html", xhtml: "html", docx: "docx" };
const MEDIA_TYPES: Record<string, ImportFormat> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};
/** Documents people will try to upload that we cannot read, with what to do instead. */
const UNSUPPORTED: [number[], FileKind][] = [
  [[0x25, 0x50, 0x44, 0x46], "pdf"],
  [[0xd0, 0xcf, 0x11, 0xe0], "oldOffice"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "rtf"],
];
const UNSUPPORTED_EXTENSIONS: Record<string, FileKind> = { pdf: "pdf", doc: "oldWord", rtf: "rtf", odt: "odt", pages: "pages", epub: "epub" };

export function detectFileFormat(bytes: Uint8Array, filename: string, mediaType?: string): DetectedFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1].toLowerCase() ?? "";
  const declared = EXTENSIONS[extension] ?? MEDIA_TYPES[mediaType?.split(";")[0].trim().toLowerCase() ?? ""];

  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (declared === undefined || declared === "docx") return { ok: true, format: "docx" };
    return { ok: false, code: "binary", what: "zip" };
  }
  for (const [magic, what] of UNSUPPORTED) if (startsWith(bytes, magic)) return { ok: false, code: "unsupported_type", what };
  if (UNSUPPORTED_EXTENSIONS[extension]) return { ok: false, code: "unsupported_type", what: UNSUPPORTED_EXTENSIONS[extension] };
  if (looksBinary(bytes)) return { ok: false, code: "binary", what: "binary" };
  // A .docx that is not a ZIP is corrupt; the caller hands it to mammoth, which says so.
  return { ok: true, format: declared ?? "txt" };
}

/** For pasted text and unknown extensions: markup that announces itself. */
export function sniffTextFormat(text: string): ImportFormat {
  if (/^\s*<!doctype html/i.test(text) || (/^\s*<[a-z][a-z0-9-]*[\s/>]/i.test(text) && /<\/[a-z][a-z0-9-]*\s*>/i.test(text))) return "html";
  if (/^#{1,6}\s+\S/m.test(text) || /\[[^\]\n]+\]\(https?:\/\/[^)\s]+\)/.test(text)) return "md";
  return "txt";
}

/**
 * NUL bytes never occur in text (UTF-16 files carry a BOM and are decoded before this matters),
 * and text with a few stray control bytes is reported as control characters, not as binary.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return controls > sample.length * 0.05;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}
