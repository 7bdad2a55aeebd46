import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { CHECKS, loadFlagger, type Flagger } from "@/lib/checks";
import { mergeConfigs, parseFlaggerConfig } from "@/lib/checks/config";
import { flagCommand } from "@/scripts/commands/flag";
import { SHARED_FIXTURES } from "../../shared-fixtures";

let flagger: Flagger;
beforeAll(async () => {
  flagger = await loadFlagger({ locales: ["pt-PT"] });
});

const paragraphs = [{ kind: "body" as const, text: "Segundo o Xinghe Zhineng, as ações da XKD Lianhe caíram." }];

describe("flagArticle", () => {
  it("returns one sorted array per paragraph, offsets into the text", () => {
    const [flags] = flagger.flagArticle({ locale: "pt-PT", paragraphs });
    expect(flags.map((f) => f.check)).toEqual(["pinyin-name", "hybrid-name"]);
    for (const f of flags) expect(paragraphs[0].text.slice(f.start, f.end)).toBe(f.text);
  });

  it("applies per-article configuration over the installation's", () => {
    const config = parseFlaggerConfig({ checks: { "pinyin-name": { enabled: false }, "hybrid-name": { severity: "critical" } } }, CHECKS);
    const [flags] = flagger.flagArticle({ locale: "pt-PT", paragraphs, config });
    expect(flags.map((f) => `${f.check}:${f.severity}`)).toEqual(["hybrid-name:critical"]);
  });

  it("gives a paragraph already marked as boilerplate no language flags", () => {
    const [flags] = flagger.flagArticle({ locale: "pt-PT", paragraphs: [{ kind: "boilerplate", text: paragraphs[0].text }] });
    expect(flags.filter((f) => f.check !== "site-boilerplate")).toEqual([]);
  });

  it("rejects unknown checks and bad severities in configuration", () => {
    expect(() => parseFlaggerConfig({ checks: { "no-such-check": { enabled: false } } }, CHECKS)).toThrow(/unknown check/);
    expect(() => parseFlaggerConfig({ checks: { "pinyin-name": { severity: "fatal" } } }, CHECKS)).toThrow(/Invalid/);
  });

  const spaced = [{ kind: "body" as const, text: "O mercado  abrandou , disse a agência." }];

  it("sets severities per message id, over the check's severity", () => {
    const config = parseFlaggerConfig({ checks: { "typo-spacing": { severity: "major", messages: { "double-space": "critical" } } } }, CHECKS);
    const [flags] = flagger.flagArticle({ locale: "pt-PT", paragraphs: spaced, config });
    expect(flags.map((f) => `${f.messageId}:${f.severity}`)).toEqual(["double-space:critical", "space-before:major"]);
  });

  it("layers message severities and options setting by setting", () => {
    const merged = mergeConfigs(
      { checks: { "typo-spacing": { messages: { "double-space": "critical" } }, "english-left": { options: { minSentenceWords: 8 } } } },
      { checks: { "typo-spacing": { messages: { "space-before": "info" } } } },
    );
    expect(merged.checks["typo-spacing"].messages).toEqual({ "double-space": "critical", "space-before": "info" });
    expect(merged.checks["english-left"].options).toEqual({ minSentenceWords: 8 });
  });

  it("passes a check its configured options", () => {
    const english = [{ kind: "body" as const, text: "O analista disse: The company expects the market to recover strongly next year." }];
    const ids = (config?: ReturnType<typeof parseFlaggerConfig>) =>
      flagger.flagArticle({ locale: "pt-PT", paragraphs: english, config })[0].filter((f) => f.check === "english-left").map((f) => f.messageId);
    expect(ids()).toEqual(["sentence"]);
    expect(ids(parseFlaggerConfig({ checks: { "english-left": { options: { minSentenceWords: 30 } } } }, CHECKS))).not.toContain("sentence");
  });

  it("rejects message ids a check does not declare and options its schema refuses, naming them", () => {
    expect(() => parseFlaggerConfig({ checks: { "typo-spacing": { messages: { "no-such": "minor" } } } }, CHECKS)).toThrow(
      /checks\.typo-spacing\.messages: unknown message "no-such" \(typo-spacing has "space-before", "double-space", "space-inside-brackets"\)/,
    );
    expect(() => parseFlaggerConfig({ checks: { "english-left": { options: { minSentenceWords: 0 } } } }, CHECKS)).toThrow(
      /checks\.english-left\.options\.minSentenceWords: /,
    );
    expect(() => parseFlaggerConfig({ checks: { "typo-spacing": { options: { strict: true } } } }, CHECKS)).toThrow(/checks\.typo-spacing\.options: .*"strict"/);
  });

  it("gives a paragraph an exclusive check flags that check's flags only", () => {
    const [flags] = flagger.flagArticle({ locale: "pt-PT", paragraphs: [{ kind: "body", text: "Ver  original" }] });
    expect(flags.map((f) => f.check)).toEqual(["site-boilerplate"]);
  });
});

describe("flag command", () => {
  async function run(argv: string[], stdin: string | Buffer = "") {
    const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
    io.stdin.end(stdin);
    const code = await flagCommand(argv, io);
    io.stdout.end();
    io.stderr.end();
    return { code, out: io.stdout.read()?.toString() ?? "", err: io.stderr.read()?.toString() ?? "" };
  }

  it("prints the JSON shape for standard input", async () => {
    const { code, out } = await run(["--json", "-"], "As ações da HKUST Xunfei caíram.\n");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].file).toBe("(stdin)");
    expect(Object.keys(json.files[0].paragraphs[0])).toEqual(["index", "kind", "text", "flags"]);
    expect(Object.keys(json.files[0].paragraphs[0].flags[0])).toEqual(["check", "category", "severity", "start", "end", "text", "messageId", "args", "message", "suggestions"]);
  });

  it("flags several files and a folder in one JSON document that names each file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lapidar-flag-"));
    writeFileSync(path.join(dir, "a.txt"), "As ações da HKUST Xunfei caíram.\n");
    writeFileSync(path.join(dir, "b.md"), "# Título\n\nO modelo é uma necessidade justa.\n");
    writeFileSync(path.join(dir, "ignored.png"), "not an article");
    const { code, out } = await run(["--json", dir, `${SHARED_FIXTURES}/clean-pt-article.txt`]);
    expect(code).toBe(0);
    const files = JSON.parse(out).files.map((f: { file: string }) => path.basename(f.file));
    expect(files).toEqual(["a.txt", "b.md", "clean-pt-article.txt"]);
  });

  it("splits HTML exactly as the importer does: no flags on markup, menus are boilerplate", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lapidar-flag-"));
    const html = "<html><body><nav><ul><li><a href='/x'>Início</a></li><li><a href='/y'>Partilhar</a></li></ul></nav><article><h1>Mercados</h1><p>A bolsa de Xangai subiu 2 % ontem, disse a agência.</p></article></body></html>";
    writeFileSync(path.join(dir, "page.html"), html);
    const { out } = await run(["--json", path.join(dir, "page.html")]);
    const [file] = JSON.parse(out).files;
    const texts = file.paragraphs.map((p: { text: string }) => p.text).join("\n");
    expect(texts).not.toMatch(/<li>|href=/);
    expect(file.paragraphs.flatMap((p: { flags: { text: string }[] }) => p.flags).filter((f: { text: string }) => /href|<a/.test(f.text))).toEqual([]);
  });

  it("detects the locale of each file and shows the evidence", async () => {
    const { out } = await run(["--json", "-"], "Os utilizadores estão a comprar mais telemóveis este ano.\n");
    const [file] = JSON.parse(out).files;
    expect(file.locale).toBe("pt-PT");
    expect(file.localeSource).toBe("detected");
    expect(file.localeEvidence.map((e: { form: string }) => e.form)).toContain("utilizadores");
  });

  it("prints a readable report for a file and exits 0", async () => {
    const { code, out } = await run([`${SHARED_FIXTURES}/clean-pt-article.txt`]);
    expect(code).toBe(0);
    expect(out).toMatch(/paragraphs, \d+ flags/);
  });

  it("exits 2 with a message on bad input", async () => {
    expect((await run(["missing-file.txt"])).code).toBe(2);
    expect((await run(["--locale", "en", "-"])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    const notUtf8 = await run(["-"], Buffer.from([0x41, 0xe7, 0xe3, 0x6f]));
    expect(notUtf8.code).toBe(2);
    expect(notUtf8.err).toMatch(/not UTF-8/);
  });
});
