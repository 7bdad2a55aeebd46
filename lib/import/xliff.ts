import { xliff12ToJs, xliff2js, type XliffJs } from "xliff";
import { sourceRefusalText } from "./wording";

/** A bilingual file's units as Lapidar imports them: Chinese source, Portuguese target, the ids kept. */
export interface XliffUnit {
  id: string;
  source: string;
  /** The target's paragraphs; empty when the unit has no target. */
  targets: string[];
}

export interface XliffFile {
  version: "1.2" | "2.0";
  fileId: string;
  sourceLanguage: string;
  targetLanguage: string | null;
  units: XliffUnit[];
}

/** Why a file is not an XLIFF file Lapidar can import; the interface words each in its own language. */
export type XliffErrorCode = "not_xliff" | "unsupported_version" | "unreadable" | "no_file" | "several_files" | "no_units" | "no_targets" | "no_source_language";

/** Its message is the English wording, for logs; the routes and the command line word the code (wording.ts). */
export class XliffError extends Error {
  constructor(
    readonly code: XliffErrorCode,
    /** What the XML parser said, for a file that could not be read. */
    readonly detail?: string,
  ) {
    super(detail ? `${sourceRefusalText("en", code)} (${detail})` : sourceRefusalText("en", code));
  }
}

/** Inline codes (<pc>, <ph>, <g>, <x/>…) come back as objects: their text is kept, the codes themselves are not. */
function plain(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(plain).join("");
  if (typeof value === "object") {
    const inner = Object.values(value as Record<string, unknown>)[0] as { contents?: unknown } | undefined;
    return inner && typeof inner === "object" && "contents" in inner ? plain(inner.contents) : "";
  }
  return String(value);
}

function versionOf(xml: string): "1.2" | "2.0" {
  const root = /<xliff\b[^>]*>/.exec(xml)?.[0];
  if (!root) throw new XliffError("not_xliff");
  if (/urn:oasis:names:tc:xliff:document:1\.2|version=["']1\.[012]["']/.test(root)) return "1.2";
  if (/urn:oasis:names:tc:xliff:document:2\.[01]|version=["']2\.[01]["']/.test(root)) return "2.0";
  throw new XliffError("unsupported_version");
}

/** Unit ids in document order: the parser's objects sort ids that look like integers. */
function unitOrder(xml: string, version: "1.2" | "2.0"): string[] {
  const tag = version === "1.2" ? "trans-unit" : "unit";
  return Array.from(xml.matchAll(new RegExp(`<${tag}\\b[^>]*?\\bid=["']([^"']*)["']`, "g")), (m) => m[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&apos;/g, "'"));
}

/** Paragraphs of a unit are separated as the importer splits them again. */
export const UNIT_PARAGRAPH_BREAK = "\n\n";

const splitParagraphs = (text: string) =>
  text
    .split(UNIT_PARAGRAPH_BREAK)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

/** Reads an XLIFF 1.2 or 2.0 file of one <file>; a second file, a unit without id or an empty file is refused. */
export async function parseXliff(xml: string): Promise<XliffFile> {
  const version = versionOf(xml);
  let parsed: XliffJs;
  try {
    parsed = await (version === "1.2" ? xliff12ToJs(xml) : xliff2js(xml));
  } catch (error) {
    throw new XliffError("unreadable", error instanceof Error ? error.message : String(error));
  }
  const files = Object.keys(parsed.resources ?? {});
  if (files.length === 0) throw new XliffError("no_file");
  if (files.length > 1) throw new XliffError("several_files");
  const fileId = files[0];
  const byId = parsed.resources[fileId];
  const units = unitOrder(xml, version)
    .filter((id) => Object.hasOwn(byId, id))
    .map((id) => ({ id, source: plain(byId[id].source).trim(), targets: splitParagraphs(plain(byId[id].target)) }));
  if (units.length === 0) throw new XliffError("no_units");
  if (!units.some((u) => u.targets.length > 0)) throw new XliffError("no_targets");
  if (!parsed.sourceLanguage) throw new XliffError("no_source_language");
  return { version, fileId, sourceLanguage: parsed.sourceLanguage, targetLanguage: parsed.targetLanguage ?? null, units };
}
