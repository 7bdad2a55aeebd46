import { describe, expect, it } from "vitest";
import { parseGlossaryFile, planImport, type GlossaryFormat } from "@/lib/glossary/file-format";
import { rowErrorText } from "@/lib/glossary/wording";
import { measured, randomBytes, seeded } from "./bounds";

// A glossary upload is parsed into entries and line-numbered errors; whatever the bytes, it must
// answer (never throw) within bounds, and a refused plan carries a message for each bad line.
const TIME_MS = 8_000;
const MEMORY_MB = 300;

async function parsesOrRefuses(text: string, format: GlossaryFormat) {
  const run = await measured(() => {
    const parsed = parseGlossaryFile(text, format);
    return { parsed, plan: planImport(parsed, false) };
  });
  expect(run.ms).toBeLessThan(TIME_MS);
  expect(run.rssGrowthMb).toBeLessThan(MEMORY_MB);
  const { plan } = run.value;
  if (!plan.ok) {
    expect(plan.errors.length).toBeGreaterThan(0);
    for (const error of plan.errors) expect(rowErrorText("pt-PT", error).message.length).toBeGreaterThan(5);
  }
  return run.value;
}

const tbx = (body: string, prolog = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<tbx type="TBX-Basic" style="dca" xml:lang="pt"><text><body>${body}</body></text></tbx>`;

describe("glossary file fuzz", () => {
  it("random bytes as CSV and as TBX", async () => {
    const next = seeded(3);
    for (let i = 0; i < 40; i++) {
      const text = new TextDecoder().decode(randomBytes(next, 1 + Math.floor(next() * 10_000)));
      await parsesOrRefuses(text, i % 2 ? "csv" : "tbx");
    }
  });

  it("an entity expansion bomb in TBX is not expanded", async () => {
    const entities = ['<!ENTITY a "aaaaaaaaaa">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${"bcdefghij"[i]} "${`&${"abcdefghij"[i]};`.repeat(10)}">`)];
    const body = `<conceptEntry id="c1"><langSec xml:lang="pt"><termSec><term>&j;</term></termSec></langSec></conceptEntry>`;
    const { parsed } = await parsesOrRefuses(tbx(body, `<!DOCTYPE tbx [${entities.join("")}]>`), "tbx");
    for (const entry of parsed.entries) expect(JSON.stringify(entry).length).toBeLessThan(100_000);
  });

  it("deeply nested TBX is refused with a message", async () => {
    const { parsed, plan } = await parsesOrRefuses(tbx(`${"<note>".repeat(50_000)}x${"</note>".repeat(50_000)}`), "tbx");
    expect(parsed.entries).toEqual([]);
    expect(plan).toEqual({ ok: false, errors: [{ line: 1, problems: [{ key: "unreadableTbx", values: { reason: "nesting", detail: expect.any(String) } }] }] });
    if (!plan.ok) expect(rowErrorText("en", plan.errors[0]).message).toBe("This TBX file cannot be read: its elements are nested too deeply.");
  });

  it("a huge CSV field and an unterminated quote", async () => {
    await parsesOrRefuses(`preferred,variants,type,locale\n"${"a".repeat(3_000_000)}",,term,pt-PT\n`, "csv");
    await parsesOrRefuses(`preferred,variants\n${'"'.repeat(100_001)}\n`, "csv");
  });

  it("every Unicode plane in CSV cells", async () => {
    const next = seeded(4);
    const rows = Array.from({ length: 17 }, (_, plane) => {
      const cell = Array.from({ length: 20 }, () => String.fromCodePoint(plane * 0x10000 + Math.floor(next() * 0xffff))).join("");
      return `"${cell.replaceAll('"', '""')}",,term,pt-PT`;
    });
    await parsesOrRefuses(["preferred,variants,type,locale", ...rows, "\uD800,\uDFFF,term,pt-PT"].join("\n"), "csv");
  });
});
