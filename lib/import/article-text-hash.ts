import { createHash } from "node:crypto";

/**
 * The fingerprint of an article's machine text: paragraphs in order, each with its whitespace collapsed and
 * trimmed, joined by newlines, as SHA-256 hex. The same text imported again, from a file or pasted with other
 * line breaks, has the same hash. The migration that added the column computes it the same way in SQL.
 */
export function articleTextHash(paragraphs: readonly string[]): string {
  const normalised = paragraphs.map((text) => text.replace(/\s+/g, " ").trim()).join("\n");
  return createHash("sha256").update(normalised, "utf8").digest("hex");
}
