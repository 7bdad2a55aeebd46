import { readFileSync } from "node:fs";
import path from "node:path";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { MAX_TITLE_LENGTH, parseImport } from "@/lib/import";
import type { ImportResult } from "@/lib/import";
import { englishImportText } from "@/lib/import/wording";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "../../fixtures/import", name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (bytes: Uint8Array, filename: string) => ({ kind: "file" as const, bytes, filename });

function article(result: ImportResult) {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.article;
}
function error(result: ImportResult) {
  if (result.ok) throw new Error("expected the import to be refused");
  return result.error;
}

describe("HTML", () => {
  it("keeps only text: scripts, handlers, javascript: links and frames never reach the paragraphs", async () => {
    const html = `<h1 onclick="steal()">Título</h1>
      <p>Primeiro <a href="javascript:alert(1)">parágrafo</a> com <img src=x onerror="alert(2)">imagem.</p>
      <script>alert("x")</script><style>p{color:red}</style><iframe src="https://example.com"></iframe>
      <form><input value="segredo"><button>Enviar</button></form>
      <p>Segunda linha<br>terceira linha</p><ul><li>Um item da lista</li><li>Outro item</li></ul>`;
    const result = article(await parseImport(file(utf8(html), "page.htm")));
    const texts = result.paragraphs.map((p) => p.text);
    expect(result.format).toBe("html");
    expect(texts).toEqual(["Título", "Primeiro parágrafo com imagem.", "Segunda linha", "terceira linha", "Um item da lista", "Outro item"]);
    expect(texts.join(" ")).not.toMatch(/alert|steal|script|segredo|Enviar|</);
    expect(result.warnings.map(englishImportText).join(" ")).toMatch(/Dropped 1 script and 3 event handler/);
  });

  it("decodes entities and keeps heading levels, taking the top heading as the title", async () => {
    const html = "<h2>Secção</h2><h1>A &amp; B: o título</h1><p>Texto&nbsp;com espaço duro.</p>";
    const result = article(await parseImport({ kind: "text", text: html }));
    expect(result.title).toBe("A & B: o título");
    expect(result.paragraphs.map((p) => p.kind)).toEqual(["heading", "heading", "body"]);
    expect(result.paragraphs[2].text).toBe("Texto\u00A0com espaço duro.");
  });
});

describe("Markdown", () => {
  it("reduces markup to text and keeps headings and list items as paragraphs", async () => {
    const md = [
      "# Robôs de **Hangzhou**",
      "Autor: Rui Tavares",
      "Um texto com [ligação](https://example.com) e `código`,\nescrito em duas linhas com _ênfase_ e snake_case intacto.",
      "## Números",
      "- primeiro item\n- segundo item",
      "> Uma citação.",
      "<script>alert(1)</script>",
    ].join("\n\n");
    const result = article(await parseImport(file(utf8(md), "artigo.md")));
    expect(result.format).toBe("md");
    expect(result.title).toBe("Robôs de Hangzhou");
    expect(result.author).toBe("Rui Tavares");
    expect(result.paragraphs).toEqual([
      { kind: "heading", text: "Robôs de Hangzhou" },
      { kind: "metadata", text: "Autor: Rui Tavares" },
      { kind: "body", text: "Um texto com ligação e código, escrito em duas linhas com ênfase e snake_case intacto." },
      { kind: "heading", text: "Números" },
      { kind: "body", text: "primeiro item" },
      { kind: "body", text: "segundo item" },
      { kind: "body", text: "Uma citação." },
    ]);
  });
});

describe("DOCX", () => {
  it("reads headings and paragraphs through mammoth", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Robôs de Hangzhou captam investimento", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: "Fonte: Diário Exemplo" }),
            new Paragraph({ children: [new TextRun("A empresa fechou uma ronda de "), new TextRun({ text: "50 milhões", bold: true }), new TextRun(" de euros.")] }),
            new Paragraph({ text: "O mercado", heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: "Os investidores estão mais cautelosos." }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const result = article(await parseImport(file(bytes, "artigo.docx")));
    expect(result.format).toBe("docx");
    expect(result.title).toBe("Robôs de Hangzhou captam investimento");
    expect(result.sourceName).toBe("Diário Exemplo");
    expect(result.paragraphs).toEqual([
      { kind: "heading", text: "Robôs de Hangzhou captam investimento" },
      { kind: "metadata", text: "Fonte: Diário Exemplo" },
      { kind: "body", text: "A empresa fechou uma ronda de 50 milhões de euros." },
      { kind: "heading", text: "O mercado" },
      { kind: "body", text: "Os investidores estão mais cautelosos." },
    ]);
  });

  it("refuses a corrupt zip as corrupt_docx and random bytes as binary", async () => {
    const corrupt = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256)]);
    expect(error(await parseImport(file(corrupt, "artigo.docx"))).code).toBe("corrupt_docx");
    const random = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256));
    const refused = error(await parseImport(file(random, "artigo.docx")));
    expect(refused.code).toBe("binary");
    expect(refused.message).toContain("artigo.docx");
    expect(refused.message).toContain("a binary file");
    expect(refused.message).not.toContain("server.kinds");
  });

  it("refuses documents it cannot read with unsupported_type, naming what they are", async () => {
    const refused = error(await parseImport(file(utf8("%PDF-1.7 ..."), "artigo.pdf")));
    expect(refused.code).toBe("unsupported_type");
    expect(refused.message).toContain("a PDF");
    expect(refused.message).not.toContain("server.kinds");
    expect(error(await parseImport(file(utf8("texto"), "artigo.odt"))).message).toContain("an OpenDocument (.odt) file");
  });
});

describe("encodings", () => {
  it("detects Windows-1252, shows a preview, and converts once confirmed", async () => {
    const bytes = fixture("portuguese-windows-1252.txt");
    const refused = error(await parseImport(file(bytes, "antigo.txt")));
    expect(refused).toMatchObject({ code: "not_utf8", detectedEncoding: "windows-1252" });
    expect(refused.preview).toContain("O relatório “preliminar” não é público — disse a direção.");
    const converted = article(await parseImport(file(bytes, "antigo.txt"), { encoding: "windows-1252" }));
    expect(converted.paragraphs.map((p) => p.text)).toEqual([
      "A aquisição da empresa de robótica custou 2 milhões de euros.",
      "O relatório “preliminar” não é público — disse a direção.",
    ]);
    expect(englishImportText(converted.warnings[0])).toMatch(/Windows-1252/);
  });

  it("detects GB18030 and converts once confirmed", async () => {
    const bytes = fixture("chinese-gb18030.txt");
    const refused = error(await parseImport(file(bytes, "中文.txt")));
    expect(refused).toMatchObject({ code: "not_utf8", detectedEncoding: "gb18030" });
    expect(refused.preview).toContain("美团宣布收购光年之外");
    const converted = article(await parseImport(file(bytes, "中文.txt"), { encoding: "gb18030" }));
    expect(converted.paragraphs[1].text).toBe("人工智能大模型的创业热潮正在降温。");
  });

  it("strips a UTF-8 byte-order mark", async () => {
    const result = article(await parseImport(file(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Olá mundo.")]), "bom.txt")));
    expect(result.paragraphs[0].text).toBe("Olá mundo.");
  });
});

describe("refused input changes nothing and says why", () => {
  it("refuses an empty file and blank text", async () => {
    expect(error(await parseImport(file(new Uint8Array(), "vazio.txt"))).message).toContain("vazio.txt");
    expect(error(await parseImport({ kind: "text", text: " \n\n \t" })).code).toBe("empty");
  });

  it("refuses a file over the limit, naming the size and the limit", async () => {
    const refused = error(await parseImport(file(utf8("a".repeat(2048)), "grande.txt"), { maxBytes: 1024 }));
    expect(refused.code).toBe("too_large");
    expect(refused.message).toBe("The file “grande.txt” is 2 KB; the import limit is 1 KB. Nothing was imported. Split the article and import it in parts, or ask an administrator to raise the limit.");
  });

  it("calls pasted text pasted text, and names the server setting to administrators only", async () => {
    const editor = error(await parseImport({ kind: "text", text: "a".repeat(2048) }, { maxBytes: 1024 })).message;
    expect(editor).toMatch(/^The pasted text is 2 KB/);
    expect(editor).not.toMatch(/file|LAPIDAR_/);
    const admin = error(await parseImport({ kind: "text", text: "a".repeat(2048) }, { maxBytes: 1024, audience: "administrator" })).message;
    expect(admin).toContain("LAPIDAR_MAX_IMPORT_BYTES");
  });

  it("proposes the first line as the title when asked to and the text has no headline", async () => {
    const text = "A Baidu apresentou ontem o Ernie 4.0 em Pequim, diante de 3 000 pessoas.\nO modelo chega em dezembro.\n\nSegundo parágrafo do artigo.";
    const refused = error(await parseImport({ kind: "text", text }, { askForTitle: true }));
    expect(refused).toMatchObject({ code: "no_title", proposedTitle: "A Baidu apresentou ontem o Ernie 4.0 em Pequim, diante de 3 000 pessoas." });
    expect(refused.message).toMatch(/^The pasted text has no headline/);
    expect(article(await parseImport({ kind: "text", text }, { askForTitle: true, title: refused.proposedTitle })).title).toBe(refused.proposedTitle);
    // Without asking (the command line), an article without a headline is still imported.
    expect(article(await parseImport({ kind: "text", text })).title).toBeNull();
  });

  it("proposes a long first line cut at a word, within the title limit", async () => {
    const line = `${"palavra ".repeat(60)}fim.`;
    const { proposedTitle } = error(await parseImport({ kind: "text", text: `${line}\n\nOutro.` }, { askForTitle: true }));
    expect(proposedTitle!.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(proposedTitle).toMatch(/^palavra( palavra)*…$/);
  });

  it("uses LAPIDAR_MAX_IMPORT_BYTES when no limit is passed", async () => {
    process.env.LAPIDAR_MAX_IMPORT_BYTES = "10";
    try {
      expect(error(await parseImport({ kind: "text", text: "Mais de dez bytes." })).code).toBe("too_large");
    } finally {
      delete process.env.LAPIDAR_MAX_IMPORT_BYTES;
    }
  });

  it("names the line and column of a control character, and removes them when confirmed", async () => {
    const text = "Primeira linha.\n\nSegunda\u0007 linha.";
    const refused = error(await parseImport({ kind: "text", text }));
    expect(refused.code).toBe("control_characters");
    expect(refused.message).toContain("U+0007) on line 3, column 8");
    const cleaned = article(await parseImport({ kind: "text", text }, { removeControlCharacters: true }));
    expect(cleaned.paragraphs[1].text).toBe("Segunda linha.");
  });

  it("refuses a title over 300 characters and lets a given title win", async () => {
    const text = "Um título curto\n\nUm parágrafo.";
    expect(error(await parseImport({ kind: "text", text }, { title: "x".repeat(301) })).code).toBe("title_too_long");
    expect(article(await parseImport({ kind: "text", text }, { title: "  Outro   título " })).title).toBe("Outro título");
    expect(article(await parseImport({ kind: "text", text })).title).toBe("Um título curto");
  });

  it("refuses a page with nothing but site chrome", async () => {
    expect(error(await parseImport({ kind: "text", text: "<nav>Início</nav><footer>Contactos</footer>" })).code).toBe("no_paragraphs");
  });
});

describe("normalisation", () => {
  it("turns CRLF into LF and composes to NFC", async () => {
    const decomposed = "Aquisic\u0327a\u0303o anunciada\r\n\r\nO relato\u0301rio sai\u0301 hoje.\r\n";
    const result = article(await parseImport({ kind: "text", text: decomposed }));
    expect(result.paragraphs.map((p) => p.text)).toEqual(["Aquisição anunciada", "O relatório saí hoje."]);
  });

  it("reports progress by stage", async () => {
    const seen: string[] = [];
    await parseImport({ kind: "text", text: "Título\n\nTexto." }, { onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(["0/4", "1/4", "2/4", "3/4", "4/4"]);
  });
});
