import type { BilingualDocument } from "@/lib/export/bilingual-units";
import { escapeHtml } from "@/lib/export/escape-html";

/**
 * TMX 1.4b of the approved units: what reviewers signed off, for a CAT tool's translation memory. A memory of
 * machine text against its own correction would teach a CAT tool nothing about Chinese, so it needs the original.
 */
export function toTmx(document: BilingualDocument, created: Date): string {
  if (document.machineSource) throw new Error("A TMX memory needs the Chinese original: this article has none.");
  const stamp = created.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const units = document.units
    .filter((u) => u.approved && u.target !== null && u.source.length > 0)
    .map(
      (u) =>
        `    <tu tuid="${escapeHtml(u.id)}">\n` +
        `      <tuv xml:lang="${escapeHtml(document.sourceLanguage)}"><seg>${escapeHtml(u.source)}</seg></tuv>\n` +
        `      <tuv xml:lang="${escapeHtml(document.targetLanguage)}"><seg>${escapeHtml(u.target ?? "")}</seg></tuv>\n` +
        `    </tu>\n`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n` +
    `  <header creationtool="Lapidar" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="Lapidar" adminlang="en" ` +
    `srclang="${escapeHtml(document.sourceLanguage)}" datatype="plaintext" creationdate="${stamp}"/>\n` +
    `  <body>\n${units}  </body>\n</tmx>\n`
  );
}
