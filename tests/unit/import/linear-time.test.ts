import { describe, expect, it } from "vitest";
import { parseImport } from "@/lib/import";
import { boilerplateReason } from "@/lib/import/boilerplate";
import { classifyBlocks } from "@/lib/import/classify";
import { htmlBlocks } from "@/lib/import/html-blocks";
import { markdownBlocks } from "@/lib/import/markdown-blocks";
import { splitPlainText } from "@/lib/import/split-text";
import { normalizeText } from "@/lib/text/normalize";
import { bestDoublingRatio, HOSTILE_UNITS, repeated } from "../text/growth";

// A 100,000-character paragraph is accepted, so the importer must be linear up to it and beyond.
const LENGTH = 50_000;

// What parseImport runs for each text format (it is async only for .docx, which ends in the HTML path).
const SPLITTERS: Record<string, (text: string) => unknown> = {
  txt: (text) => splitPlainText(text),
  md: (text) => classifyBlocks(markdownBlocks(normalizeText(text)), { inferHeadings: false }),
  html: (text) => classifyBlocks(htmlBlocks(normalizeText(text)).blocks, { inferHeadings: false }),
};

describe("the importer takes linear time on a file of one repeated character class", () => {
  for (const [name, unit] of Object.entries(HOSTILE_UNITS)) {
    for (const [format, split] of Object.entries(SPLITTERS)) {
      it(`${format}, ${name}: twice the text costs at most 2.5 times as much`, () => {
        expect(bestDoublingRatio(split, (n) => repeated(unit, n), LENGTH)).toBeLessThan(2.5);
      }, 120_000);
    }
  }

  it("refuses a page that is only an unclosed comment with a message, not an exception", async () => {
    const result = await parseImport({ kind: "file", bytes: new TextEncoder().encode("<!--<!--<!-- x"), filename: "a.html" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("no_paragraphs");
  });

  it("reads every such file to a result, never an exception", async () => {
    for (const unit of Object.values(HOSTILE_UNITS)) {
      for (const filename of ["a.txt", "a.md", "a.html"]) {
        const result = await parseImport({ kind: "file", bytes: new TextEncoder().encode(repeated(unit, 2_000)), filename });
        expect(typeof result.ok).toBe("boolean");
      }
    }
  });
});

describe("the site-text phrases take linear time on a line of their own keywords", () => {
  // One "word" (no spaces), so it passes the short-line test: every keyword starts a match that must not
  // rescan the rest of the line.
  for (const unit of ["cookie,", "usamos,", "siga,", "subscreva,", "compre,", "leia mais,"]) {
    it(`"${unit}" repeated: twice the text costs at most 2.5 times as much`, () => {
      expect(bestDoublingRatio((line) => boilerplateReason(line), (n) => repeated(unit, n), 20_000)).toBeLessThan(2.5);
    }, 120_000);
  }
});
