import { describe, expect, it } from "vitest";
import { parseImport, type ImportInput, type ImportResult } from "@/lib/import";
import { measured, randomBytes, seeded } from "./bounds";
import { docx, documentXml, paragraphXml } from "./zip";

// Every hostile input is imported or refused with a message, never thrown, within a time and memory
// bound. (Bounds are generous: the machine is shared; a zip bomb without the archive check took minutes.)
const TIME_MS = 8_000;
const MEMORY_MB = 400;
const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (bytes: Uint8Array, filename: string): ImportInput => ({ kind: "file", bytes, filename });

async function importsOrRefuses(input: ImportInput): Promise<ImportResult> {
  const run = await measured(() => parseImport(input));
  expect(run.ms).toBeLessThan(TIME_MS);
  expect(run.rssGrowthMb).toBeLessThan(MEMORY_MB);
  if (run.value.ok) expect(run.value.article.paragraphs.length).toBeGreaterThan(0);
  else expect(run.value.error.message.length).toBeGreaterThan(20);
  return run.value;
}

describe("importer fuzz", () => {
  it("random bytes under every extension", async () => {
    const next = seeded(1);
    for (let i = 0; i < 60; i++) {
      const name = ["a.txt", "a.docx", "a.html", "a.md", "noextension", "a.pdf"][i % 6];
      await importsOrRefuses(file(randomBytes(next, 1 + Math.floor(next() * 20_000)), name));
    }
  });

  it("a Word document truncated at any point is refused with a message", async () => {
    const whole = docx(utf8(documentXml(paragraphXml("Título") + paragraphXml("Um parágrafo completo do artigo.").repeat(50))));
    expect((await importsOrRefuses(file(whole, "a.docx"))).ok).toBe(true);
    for (const cut of [4, 30, 100, whole.length / 3, whole.length / 2, whole.length - 30, whole.length - 1]) {
      const result = await importsOrRefuses(file(whole.subarray(0, Math.floor(cut)), "a.docx"));
      expect(result.ok).toBe(false);
    }
  });

  it("a zip bomb (1 MB inflating to 400 MB of XML) is refused quickly", async () => {
    const unit = utf8(paragraphXml("a".repeat(1000)));
    const xml = new Uint8Array(400 * 1024 * 1024);
    for (let at = 0; at < xml.length; at += unit.length) xml.set(unit.subarray(0, Math.min(unit.length, xml.length - at)), at);
    const bomb = docx(xml);
    xml.fill(0);
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const result = await importsOrRefuses(file(bomb, "bomb.docx"));
    expect(result.ok).toBe(false);
  });

  it("an archive that lies about its sizes is judged by what it inflates to", async () => {
    const xml = utf8(documentXml(paragraphXml("Texto. ".repeat(100)).repeat(40_000)));
    const result = await importsOrRefuses(file(docx(xml, 1000), "liar.docx"));
    expect(result.ok).toBe(false);
  });

  it("deeply nested HTML", async () => {
    for (const depth of [1_000, 100_000]) {
      const html = `<html><body>${"<div>".repeat(depth)}<p>Um parágrafo no fundo.</p>${"</div>".repeat(depth)}</body></html>`;
      await importsOrRefuses(file(utf8(html), "nested.html"));
      await importsOrRefuses({ kind: "text", text: html });
    }
  });

  it("a huge single paragraph", async () => {
    const sentence = "Uma frase longa sem quebras de parágrafo que se repete muitas vezes. ";
    const text = `Título\n\n${sentence.repeat(Math.floor((4 * 1024 * 1024) / sentence.length))}`;
    // A paragraph nobody could save after an edit is refused at the door, with its number.
    const result = await importsOrRefuses({ kind: "text", text });
    expect(result.ok ? null : result.error.code).toBe("paragraph_too_long");
    expect((await importsOrRefuses({ kind: "text", text: text + sentence.repeat(40_000) })).ok).toBe(false);
  });

  it("every Unicode plane, unpaired surrogates and noncharacters", async () => {
    const next = seeded(2);
    for (let plane = 0; plane <= 16; plane++) {
      const chars = Array.from({ length: 400 }, () => String.fromCodePoint(plane * 0x10000 + Math.floor(next() * 0xffff)));
      const text = `Título do plano ${plane}\n\n${chars.join("")}\n\nUm parágrafo normal.`;
      await importsOrRefuses({ kind: "text", text });
      await importsOrRefuses(file(utf8(text), `plane-${plane}.txt`));
    }
    await importsOrRefuses({ kind: "text", text: "Título\n\nTexto com \uD800 e \uDFFF soltos e \uFFFE \uFFFF." });
  });

  it("mixed encodings in one file", async () => {
    const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0xe7, 0xfa, 0x63, 0x61, 0x72]);
    const gb = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4]);
    const mixed = new Uint8Array([...utf8("Título em UTF-8 — ação\n\n"), ...latin1, ...utf8("\n\n"), ...gb, ...utf8("\n\nFim.")]);
    expect((await importsOrRefuses(file(mixed, "mixed.txt"))).ok).toBe(false);
    for (const encoding of ["windows-1252", "gb18030"] as const) {
      await measured(() => parseImport(file(mixed, "mixed.txt"), { encoding })).then((run) => {
        expect(run.ms).toBeLessThan(TIME_MS);
        expect(run.value.ok || run.value.error.message.length > 20).toBe(true);
      });
    }
    const bomThenLatin = new Uint8Array([0xef, 0xbb, 0xbf, ...latin1]);
    await importsOrRefuses(file(bomThenLatin, "bom.txt"));
  });
});
