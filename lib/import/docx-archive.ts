import { inflateRawSync } from "node:zlib";

// A .docx is a ZIP: a 1 MB upload can inflate to gigabytes of XML and hold the server for minutes
// (a "zip bomb"). Every entry is inflated here with a hard output bound before mammoth sees the file,
// so the sizes the archive claims are never trusted.
export const MAX_DOCX_XML_BYTES = 16 * 1024 * 1024;
export const MAX_DOCX_TOTAL_BYTES = 128 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export type ArchiveCheck = { ok: true } | { ok: false; reason: string };

function endOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function inflatedSize(data: Uint8Array, method: number, limit: number): number | null {
  if (method === 0) return data.byteLength;
  if (method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: limit + 1 }).byteLength;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? limit + 1 : null;
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Reads the archive's directory and inflates each entry within the limits; refuses anything else. */
export function checkDocxArchive(bytes: Uint8Array): ArchiveCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unreadable: ArchiveCheck = { ok: false, reason: "the ZIP archive inside it is damaged or truncated" };
  const end = endOfDirectory(view);
  if (end < 0) return unreadable;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let xml = 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) return unreadable;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) return unreadable;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.byteLength) return unreadable;
    const isXml = /\.(xml|rels)$/i.test(name);
    const size = inflatedSize(bytes.subarray(start, start + compressed), method, isXml ? MAX_DOCX_XML_BYTES - xml : MAX_DOCX_TOTAL_BYTES - total);
    if (size === null) return unreadable;
    if (isXml) xml += size;
    total += size;
    if (xml > MAX_DOCX_XML_BYTES) return { ok: false, reason: `its text and markup expand to more than ${megabytes(MAX_DOCX_XML_BYTES)}` };
    if (total > MAX_DOCX_TOTAL_BYTES) return { ok: false, reason: `it expands to more than ${megabytes(MAX_DOCX_TOTAL_BYTES)}` };
  }
  return { ok: true };
}
