import { inflateRawSync } from "node:zlib";

// A .docx is a ZIP: a 1 MB upload can inflate to gigabytes of XML and hold the server for minutes
// (a "zip bomb"). The whole central directory is walked and every entry inflated here with a hard output
// bound before mammoth sees the file, so nothing the archive claims about itself is trusted: not its entry
// count, not its sizes, not where its entries lie.
export const MAX_DOCX_XML_BYTES = 16 * 1024 * 1024;
export const MAX_DOCX_TOTAL_BYTES = 128 * 1024 * 1024;
/** Word writes a few dozen parts; thousands of entries only serve to multiply the work. */
export const MAX_DOCX_ENTRIES = 2_000;

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

export type ArchiveCheck = { ok: true } | { ok: false; reason: string };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  local: number;
}

const unreadable: ArchiveCheck = { ok: false, reason: "the ZIP archive inside it is damaged or truncated" };
const refused = (reason: string): ArchiveCheck => ({ ok: false, reason });
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function endOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function hasZip64Extra(view: DataView, at: number, length: number): boolean {
  for (let field = at; field + 4 <= at + length; field += 4 + view.getUint16(field + 2, true)) {
    if (view.getUint16(field, true) === ZIP64_EXTRA) return true;
  }
  return false;
}

/** Every record between the directory's start and the end record, however many the end record says there are. */
function readDirectory(bytes: Uint8Array, view: DataView, start: number, end: number): Entry[] | ArchiveCheck {
  const entries: Entry[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (let at = start; at < end; ) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) return unreadable;
    if (entries.length === MAX_DOCX_ENTRIES) return refused(`it holds more than ${MAX_DOCX_ENTRIES} parts`);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) return unreadable;
    const entry: Entry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      declared: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
    };
    if (flags & 1) return refused("it is encrypted");
    if (view.getUint16(at + 34, true) !== 0) return refused("it spans several disks");
    if ([entry.compressed, entry.declared, entry.local].includes(0xffffffff) || hasZip64Extra(view, at + 46 + nameLength, extraLength)) {
      return refused("it uses ZIP64 extensions, which a Word document never needs");
    }
    if (entry.method !== 0 && entry.method !== 8) return refused("it uses a compression method Word does not");
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** Where an entry's data lies, after its local header; null when the header is not where the directory says. */
function dataStart(bytes: Uint8Array, view: DataView, entry: Entry): number | null {
  if (entry.local + 30 > bytes.byteLength || view.getUint32(entry.local, true) !== LOCAL_HEADER) return null;
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
  return start + entry.compressed <= bytes.byteLength ? start : null;
}

function inflatedSize(data: Uint8Array, method: number, limit: number): number | null {
  if (method === 0) return data.byteLength;
  try {
    return inflateRawSync(data, { maxOutputLength: limit + 1 }).byteLength;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? limit + 1 : null;
  }
}

/** Reads the archive's whole directory and inflates each entry within the limits; refuses anything else. */
export function checkDocxArchive(bytes: Uint8Array): ArchiveCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end < 0) return unreadable;
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) return refused("it uses ZIP64 extensions, which a Word document never needs");
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const onDisk = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || onDisk === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    return refused("it uses ZIP64 extensions, which a Word document never needs");
  }
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count) return refused("it spans several disks");
  // The directory ends where the end record begins: records hidden between them would go uncounted.
  if (offset + size !== end) return unreadable;

  const directory = readDirectory(bytes, view, offset, end);
  if (!Array.isArray(directory)) return directory;
  if (directory.length !== count) return refused(`its directory lists ${directory.length} parts where it declares ${count}`);
  const names = new Set(directory.map((e) => e.name));
  if (names.size !== directory.length) return refused("it holds two parts of the same name");

  // Entries sharing or overlapping their data let a small file inflate the same bytes many times over.
  const byPosition = [...directory].sort((a, b) => a.local - b.local);
  let xml = 0;
  let total = 0;
  let previousEnd = 0;
  for (const entry of byPosition) {
    const start = dataStart(bytes, view, entry);
    if (start === null || entry.local < previousEnd) return unreadable;
    previousEnd = start + entry.compressed;
    if (previousEnd > offset) return unreadable;
    const isXml = /\.(xml|rels)$/i.test(entry.name);
    const inflated = inflatedSize(bytes.subarray(start, previousEnd), entry.method, isXml ? MAX_DOCX_XML_BYTES - xml : MAX_DOCX_TOTAL_BYTES - total);
    if (inflated === null) return unreadable;
    if (isXml) xml += inflated;
    total += inflated;
    if (xml > MAX_DOCX_XML_BYTES) return refused(`its text and markup expand to more than ${megabytes(MAX_DOCX_XML_BYTES)}`);
    if (total > MAX_DOCX_TOTAL_BYTES) return refused(`it expands to more than ${megabytes(MAX_DOCX_TOTAL_BYTES)}`);
    if (inflated !== entry.declared) return refused(`its part ${entry.name} inflates to ${inflated} bytes where the archive says ${entry.declared}`);
  }
  return { ok: true };
}
