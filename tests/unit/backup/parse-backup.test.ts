import { describe, expect, it } from "vitest";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupInput } from "@/lib/backup/format";
import { attachmentDisposition, downloadFileName } from "@/lib/backup/file-name";
import { parseBackup } from "@/lib/backup/parse-backup";
import { backupRefusalText } from "@/lib/backup/wording";

const ana = { name: "Ana", email: "ana@example.com" };
const at = "2026-11-29T10:00:00.000Z";

function backup(): BackupInput {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: at,
    article: { title: "Título 🙂", author: "Liu", sourceName: null, sourceUrl: null, locale: "pt-PT", status: "in_review", createdAt: at, createdBy: ana },
    paragraphs: [
      {
        position: 0,
        kind: "body",
        machineText: "O modelo grande é uma necessidade justa.",
        currentText: "O modelo grande é uma necessidade essencial.",
        status: "approved",
        version: 2,
        updatedBy: ana,
        updatedAt: at,
        approvedBy: ana,
        approvedAt: at,
        revisions: [
          { version: 1, text: "O modelo grande é uma necessidade justa.", kind: "import", author: null, createdAt: at, note: null },
          { version: 2, text: "O modelo grande é uma necessidade essencial.", kind: "edit", author: ana, createdAt: at, note: null },
        ],
        dismissals: [{ check: "spelling", text: "Liu", reason: null, user: ana, createdAt: at }],
        annotations: [
          { start: 22, end: 43, text: "necessidade essencial", category: "Accuracy", subtype: "mistranslation", severity: "major", comment: "calque", check: "calque", author: ana, createdAt: at },
        ],
        threads: [
          {
            start: 22,
            end: 43,
            quote: "necessidade essencial",
            anchorVersion: 2,
            status: "open",
            startedBy: ana,
            createdAt: at,
            statusBy: null,
            statusAt: null,
            comments: [{ author: ana, body: "Calque?", createdAt: at, editedAt: null, deletedAt: null, deletedBy: null, mentions: [] }],
          },
        ],
      },
    ],
    ignoredWords: [{ word: "yangnan", user: ana, createdAt: at }],
  };
}

/** The refusal as the command line words it, in English; the restore route's other languages are tested below. */
function parse(value: unknown) {
  const parsed = parseBackup(typeof value === "string" ? value : JSON.stringify(value));
  return parsed.ok ? parsed : { ok: false as const, error: backupRefusalText("en", parsed.refusal) };
}

describe("parseBackup", () => {
  it("accepts a well-formed backup, with or without a byte-order mark", () => {
    const good = backup();
    expect(parse(good)).toEqual({ ok: true, backup: good });
    expect(parse(`\uFEFF${JSON.stringify(good)}`).ok).toBe(true);
  });

  it("says plainly when the file is not JSON or not a Lapidar backup", () => {
    expect(parse("{oops")).toEqual({ ok: false, error: expect.stringContaining("not valid JSON") });
    expect(parse({ ...backup(), format: "other" })).toEqual({ ok: false, error: expect.stringContaining("not a Lapidar article backup") });
    expect(parse({ ...backup(), version: 2 })).toEqual({ ok: false, error: expect.stringContaining("reads version 1") });
  });

  it("names the field that is wrong", () => {
    const bad = backup();
    bad.paragraphs[0].annotations[0].category = "Vibes";
    bad.paragraphs[0].revisions[0].kind = "typo" as never;
    const result = parse(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain("paragraphs[0].annotations[0].category: is not an MQM category");
    expect(result.error).toContain("paragraphs[0].revisions[0].kind");
  });

  it("holds paragraph texts to the rules of an edit: length, control characters, NFC", () => {
    const bad = backup();
    bad.paragraphs[0].machineText = "Texto com \u0085 um controlo C1.";
    bad.paragraphs[0].revisions[0].text = "cafe\u0301 decomposto";
    bad.paragraphs[0].revisions[1].text = bad.paragraphs[0].currentText = `${"a".repeat(100_001)}`;
    const result = parse(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain("paragraphs[0].machineText: The text contains control characters");
    expect(result.error).toContain("paragraphs[0].revisions[0].text: The text is not in Unicode NFC (composed) form.");
    expect(result.error).toContain("paragraphs[0].currentText: A paragraph is at most 100,000 characters.");
    expect(result.error).toContain("paragraphs[0].revisions[1].text: A paragraph is at most 100,000 characters.");
  });

  it("refuses a subtype from another category, control characters and reversed spans", () => {
    const wrongSubtype = backup();
    wrongSubtype.paragraphs[0].annotations[0].subtype = "punctuation";
    expect(parse(wrongSubtype).ok).toBe(false);
    const control = backup();
    control.article.title = "Título\u0000";
    expect(parse(control).ok).toBe(false);
    const reversed = backup();
    Object.assign(reversed.paragraphs[0].annotations[0], { start: 9, end: 3 });
    expect(parse(reversed).ok).toBe(false);
  });

  it("refuses what the database could not hold: repeated positions, versions or dismissals", () => {
    const twice = backup();
    twice.paragraphs.push({ ...twice.paragraphs[0] });
    expect(parse(twice)).toEqual({ ok: false, error: expect.stringContaining("position 0 is used twice") });
    const versions = backup();
    versions.paragraphs[0].revisions[1].version = 1;
    expect(parse(versions)).toEqual({ ok: false, error: expect.stringContaining("two revisions have the same version") });
    const dismissed = backup();
    dismissed.paragraphs[0].dismissals.push({ ...dismissed.paragraphs[0].dismissals[0] });
    expect(parse(dismissed)).toEqual({ ok: false, error: expect.stringContaining("dismissed twice") });
  });

  it("reads a backup written before words could be ignored as ignoring none; refuses a word ignored twice or not a word", () => {
    const { ignoredWords: _, ...older } = backup();
    expect(parse(older)).toMatchObject({ ok: true, backup: { ignoredWords: [] } });
    const twice = backup();
    twice.ignoredWords!.push({ word: "Yangnan", user: null, createdAt: at });
    expect(parse(twice)).toEqual({ ok: false, error: expect.stringContaining("a word is ignored twice") });
    const phrase = backup();
    phrase.ignoredWords![0].word = "two words";
    expect(parse(phrase)).toEqual({ ok: false, error: expect.stringContaining("ignoredWords[0].word: A word has letters only") });
  });

  it("refuses a current text that no revision records", () => {
    const orphan = backup();
    orphan.paragraphs[0].currentText = "Outro texto.";
    expect(parse(orphan)).toEqual({ ok: false, error: expect.stringContaining("no matching latest revision") });
  });
});

describe("a refused backup's wording", () => {
  const refusalOf = (value: unknown) => {
    const parsed = parseBackup(JSON.stringify(value));
    if (parsed.ok) throw new Error("the backup was accepted");
    return parsed.refusal;
  };

  it("is in the reader's interface language", () => {
    const twice = backup();
    twice.paragraphs.push({ ...twice.paragraphs[0] });
    expect(backupRefusalText("pt-PT", refusalOf(twice))).toBe("A cópia de segurança está danificada ou incompleta; nada foi restaurado. paragraphs[1]: a posição 0 é usada duas vezes.");
    expect(backupRefusalText("pt-BR", refusalOf(twice))).toBe("O backup está danificado ou incompleto; nada foi restaurado. paragraphs[1]: a posição 0 é usada duas vezes.");
    expect(backupRefusalText("en", refusalOf(twice))).toBe("The backup is damaged or incomplete; nothing was restored. paragraphs[1]: position 0 is used twice.");
    expect(backupRefusalText("pt-PT", { key: "notJson" })).toBe("O ficheiro não é JSON válido, por isso não pode ser uma cópia de segurança do Lapidar.");
    expect(backupRefusalText("pt-PT", refusalOf({ ...backup(), version: 2 }))).toBe("A versão desta cópia de segurança não é suportada; esta instalação lê a versão 1.");
  });

  it("words the rules shared with the editor as the editor does, and names the file itself when no field is at fault", () => {
    const bad = backup();
    bad.paragraphs[0].revisions[0].text = "cafe\u0301 decomposto";
    expect(backupRefusalText("pt-PT", refusalOf(bad))).toContain("paragraphs[0].revisions[0].text: O texto não está na forma Unicode NFC (composta).");
    expect(backupRefusalText("pt-PT", refusalOf([]))).toContain("(ficheiro): ");
  });

  it("lists five problems and counts the rest", () => {
    const many = backup();
    many.paragraphs = Array.from({ length: 7 }, () => ({ ...many.paragraphs[0] }));
    expect(backupRefusalText("en", refusalOf(many))).toMatch(/ \(and 1 more\)\.$/);
    expect(backupRefusalText("pt-PT", refusalOf(many))).toMatch(/ \(e mais 1\)\.$/);
  });
});

describe("download file names", () => {
  it("folds accents and drops anything unsafe", () => {
    expect(downloadFileName("Os modelos em grande escala: “análise” / 2023", "", "md")).toBe("os-modelos-em-grande-escala-analise-2023.md");
    expect(downloadFileName("光年之外", "backup", "json")).toBe("article-backup.json");
    expect(downloadFileName("../../etc/passwd", "", "txt")).toBe("etc-passwd.txt");
  });

  it("writes a header value without quotes or line breaks from the name", () => {
    expect(attachmentDisposition('a"b\r\n.txt')).toBe(`attachment; filename="a_b__.txt"; filename*=UTF-8''a%22b%0D%0A.txt`);
  });
});
