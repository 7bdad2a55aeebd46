import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Document, ImageRun, Packer, Paragraph } from "docx";
import { parseImport, type ImportResult } from "@/lib/import";
import { docxToHtml } from "@/lib/import/docx";
import { checkDocxArchive, MAX_DOCX_ENTRIES } from "@/lib/import/docx-archive";
import { docx, documentXml, paragraphXml, zip } from "../fuzz/zip";

// Real documents (pandoc and LibreOffice, made from tests/fixtures/docx/artigo.md) import; archives built
// here to lie about themselves are refused with the reason, before mammoth reads a byte of them.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/docx/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const plain = () => docx(utf8(documentXml(paragraphXml("Título") + paragraphXml("Um parágrafo do artigo."))));
const endOf = (archive: Buffer) => archive.length - 22;
const reasonOf = (bytes: Uint8Array) => {
  const check = checkDocxArchive(bytes);
  return check.ok ? "accepted" : check.reason;
};

function article(result: ImportResult) {
  if (!result.ok) throw new Error(result.error.message);
  return result.article;
}

describe("Word documents made by real tools", () => {
  it.each(["pandoc-artigo.docx", "libreoffice-artigo.docx"])("imports %s with its headings and paragraphs and without its image", async (name) => {
    const bytes = fixture(name);
    expect(checkDocxArchive(bytes)).toEqual({ ok: true });
    const result = article(await parseImport({ kind: "file", bytes, filename: name }));
    expect(result.title).toBe("A Lumina Têxtil abre uma fábrica em Braga");
    const texts = result.paragraphs.map((p) => p.text);
    expect(texts).toContain("O investimento ronda os trinta milhões de euros, metade dos quais em equipamento.");
    expect(result.paragraphs.find((p) => p.text === "Investimento")?.kind).toBe("heading");
    expect(texts.join("\n")).not.toMatch(/data:|base64|<img/i);
  });

  it("drops a large image instead of turning it into a data URI", async () => {
    const picture = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const doc = new Document({
      sections: [{ children: [new Paragraph({ text: "Título do artigo" }), new Paragraph({ children: [new ImageRun({ type: "png", data: picture, transformation: { width: 100, height: 100 } })] }), new Paragraph({ text: "Depois da imagem." })] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const html = await docxToHtml(bytes);
    expect(html.ok && html.html.length).toBeLessThan(1_000);
    expect(html.ok && html.html).not.toMatch(/data:|base64/);
    const result = article(await parseImport({ kind: "file", bytes, filename: "imagem.docx" }));
    expect(result.paragraphs.map((p) => p.text)).toEqual(["Título do artigo", "Depois da imagem."]);
  });
});

describe("hostile archives", () => {
  it("accepts the honest archive the other cases are made from", () => {
    expect(checkDocxArchive(plain())).toEqual({ ok: true });
  });

  it("counts the directory's records instead of trusting the end record's count", () => {
    const archive = plain();
    archive.writeUInt16LE(2, endOf(archive) + 8);
    archive.writeUInt16LE(2, endOf(archive) + 10);
    expect(reasonOf(archive)).toBe("its directory lists 3 parts where it declares 2");
  });

  it("refuses the 0xFFFF and 0xFFFFFFFF fields that stand for ZIP64 values", () => {
    for (const [at, width] of [[8, 2], [10, 2], [12, 4], [16, 4]] as const) {
      const archive = plain();
      if (width === 2) archive.writeUInt16LE(0xffff, endOf(archive) + at);
      else archive.writeUInt32LE(0xffffffff, endOf(archive) + at);
      expect(reasonOf(archive)).toMatch(/ZIP64/);
    }
  });

  it("refuses a ZIP64 end-of-directory locator, ZIP64 sizes in an entry and a ZIP64 extra field", () => {
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    const archive = plain();
    expect(reasonOf(Buffer.concat([archive.subarray(0, endOf(archive)), locator, archive.subarray(endOf(archive))]))).toMatch(/ZIP64/);

    const sizes = plain();
    sizes.writeUInt32LE(0xffffffff, sizes.readUInt32LE(endOf(sizes) + 16) + 24);
    expect(reasonOf(sizes)).toMatch(/ZIP64/);

    // The first central record gets a 4-byte extra field of type 0x0001: its header grows, so everything after it moves.
    const base = plain();
    const start = base.readUInt32LE(endOf(base) + 16);
    const nameLength = base.readUInt16LE(start + 28);
    const extra = Buffer.from([0x01, 0x00, 0x00, 0x00]);
    const record = Buffer.from(base.subarray(start, start + 46 + nameLength));
    record.writeUInt16LE(4, 30);
    const end = Buffer.from(base.subarray(endOf(base)));
    end.writeUInt32LE(end.readUInt32LE(12) + 4, 12);
    const withExtra = Buffer.concat([base.subarray(0, start), record, extra, base.subarray(start + 46 + nameLength, endOf(base)), end]);
    expect(reasonOf(withExtra)).toMatch(/ZIP64/);
  });

  it("refuses records hidden between the directory and its end record", () => {
    const archive = plain();
    archive.writeUInt32LE(archive.readUInt32LE(endOf(archive) + 12) - 46 - "word/document.xml".length, endOf(archive) + 12);
    expect(reasonOf(archive)).toBe("the ZIP archive inside it is damaged or truncated");
  });

  it("refuses two directory records sharing one entry's data (the overlapping bomb)", () => {
    const archive = plain();
    const start = archive.readUInt32LE(endOf(archive) + 16);
    const second = start + 46 + archive.readUInt16LE(start + 28);
    // The second record points at the first entry's data under its own name.
    archive.writeUInt32LE(archive.readUInt32LE(start + 42), second + 42);
    expect(reasonOf(archive)).toBe("the ZIP archive inside it is damaged or truncated");
  });

  it("refuses parts whose size differs from what the archive says", () => {
    const liar = docx(utf8(documentXml(paragraphXml("Texto."))), 10);
    expect(reasonOf(liar)).toMatch(/^its part word\/document\.xml inflates to \d+ bytes where the archive says 10$/);
  });

  it("caps the total uncompressed size, images included", () => {
    const media = Array.from({ length: 9 }, (_, i) => ({ name: `word/media/image${i}.png`, data: new Uint8Array(16 * 1024 * 1024) }));
    const archive = zip([{ name: "word/document.xml", data: utf8(documentXml(paragraphXml("Texto."))) }, ...media]);
    expect(archive.byteLength).toBeLessThan(1024 * 1024);
    expect(reasonOf(archive)).toBe("it expands to more than 128 MB");
  });

  it("refuses thousands of parts, duplicate names and encrypted entries", () => {
    const many = zip(Array.from({ length: MAX_DOCX_ENTRIES + 1 }, (_, i) => ({ name: `p${i}.xml`, data: utf8("<a/>") })));
    expect(reasonOf(many)).toBe(`it holds more than ${MAX_DOCX_ENTRIES} parts`);
    expect(reasonOf(zip([{ name: "a.xml", data: utf8("<a/>") }, { name: "a.xml", data: utf8("<b/>") }]))).toBe("it holds two parts of the same name");
    const encrypted = plain();
    encrypted.writeUInt16LE(1, encrypted.readUInt32LE(endOf(encrypted) + 16) + 8);
    expect(reasonOf(encrypted)).toBe("it is encrypted");
  });

  it("tells the reviewer why through the importer", async () => {
    const archive = plain();
    archive.writeUInt16LE(0xffff, endOf(archive) + 10);
    const result = await parseImport({ kind: "file", bytes: archive, filename: "truque.docx" });
    expect(result.ok ? null : result.error.message).toMatch(/ZIP64/);
  });
});
