import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alignParagraphs } from "@/lib/align/gale-church";
import { bilingualDocument, type BilingualParagraph } from "@/lib/export/bilingual-units";
import { toTmx } from "@/lib/export/to-tmx";
import { toXliff12, toXliff2 } from "@/lib/export/to-xliff";
import { parseXliff, XliffError } from "@/lib/import/xliff";
import { sourceRefusalText } from "@/lib/import/wording";
import { readCatalogue } from "@/lib/i18n/load-messages";

const OASIS_SCHEMAS = path.resolve("../shared/xliff-schemas");
const read = (name: string) => readFileSync(`tests/fixtures/bilingual/${name}`, "utf8").trim().split(/\n\s*\n/);
const sources = read("source.zh.txt");
const targets = read("target.pt.txt");
const paragraphs: BilingualParagraph[] = targets.map((text, position) => ({
  position,
  kind: position === 0 ? "heading" : "body",
  machineText: text,
  currentText: position === 1 ? text.replace("Baidu", "iFlytek") : text,
  approved: position <= 1,
  unitId: null,
}));
const withSource = bilingualDocument({ id: 7, locale: "pt-PT" }, paragraphs, { language: "zh-Hans", fileId: null, paragraphs: sources, links: alignParagraphs(sources, targets) });
const withoutSource = bilingualDocument({ id: 7, locale: "pt-PT" }, paragraphs, null);

/** xmllint's verdict on a file; it exits non-zero and names the line when the file breaks the schema. */
function validate(xml: string, flag: "--schema" | "--relaxng", schema: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lapidar-xliff-"));
  const file = path.join(dir, "file.xml");
  writeFileSync(file, xml);
  return execFileSync("xmllint", ["--nonet", "--noout", flag, schema, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

describe("XLIFF export", () => {
  it.each([
    ["2.0", toXliff2, "tests/fixtures/bilingual/xliff-2.0-core.rng"],
    ["1.2", toXliff12, "tests/fixtures/bilingual/xliff-1.2-core.rng"],
  ] as const)("XLIFF %s is valid against the core structure, with and without an original", async (_, render, schema) => {
    for (const document of [withSource, withoutSource]) {
      const xml = await render(document);
      expect(() => validate(xml, "--relaxng", schema)).not.toThrow();
    }
  });

  it.each([
    ["no srcLang", '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>', "xliff-2.0-core.rng"],
    ["a unit without a segment", '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="f"><unit id="u"/></file></xliff>', "xliff-2.0-core.rng"],
    ["an unknown state", '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="f"><unit id="u"><segment state="done"><source>a</source></segment></unit></file></xliff>', "xliff-2.0-core.rng"],
    ["a file without datatype", '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="zh"><body/></file></xliff>', "xliff-1.2-core.rng"],
    ["approved=\"true\"", '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" datatype="plaintext" source-language="zh"><body><trans-unit id="1" approved="true"><source>a</source></trans-unit></body></file></xliff>', "xliff-1.2-core.rng"],
  ])("the core structure refuses %s (the schema is not a formality)", (_, xml, schema) => {
    expect(() => validate(xml, "--relaxng", `tests/fixtures/bilingual/${schema}`)).toThrow();
  });

  // The OASIS schemas are third-party files, so they are never in this repository; a machine that keeps them in
  // ../shared/xliff-schemas checks the exports against them too.
  it.runIf(existsSync(path.join(OASIS_SCHEMAS, "xliff_core_2.0.xsd")) && existsSync(path.join(OASIS_SCHEMAS, "xliff-core-1.2-strict.xsd"))).each([
    ["2.0", toXliff2, "xliff_core_2.0.xsd"],
    ["1.2", toXliff12, "xliff-core-1.2-strict.xsd"],
  ] as const)("XLIFF %s is valid against the OASIS schema", async (_, render, schema) => {
    for (const document of [withSource, withoutSource]) {
      const xml = await render(document);
      expect(() => validate(xml, "--schema", path.join(OASIS_SCHEMAS, schema))).not.toThrow();
    }
  });

  it("says honestly which language the source is in", async () => {
    expect(await toXliff2(withSource)).toContain('srcLang="zh-Hans" trgLang="pt-PT"');
    const machine = await toXliff2(withoutSource);
    expect(machine).toContain('srcLang="pt-PT" trgLang="pt-PT"');
    expect(machine).toContain("machine translation as imported");
    expect(await toXliff12(withoutSource)).toContain('source-language="pt-PT" target-language="pt-PT"');
  });

  it("puts the final text in the target and the Chinese in the source, the split paragraph in one unit", async () => {
    const file = await parseXliff(await toXliff2(withSource));
    expect(file.units[1]).toEqual({ id: "p2", source: sources[1], targets: [paragraphs[1].currentText] });
    expect(file.units[4]).toEqual({ id: "p5", source: sources[4], targets: [targets[4], targets[5]] });
  });

  it("marks approved units in XLIFF 1.2", async () => {
    const xml = await toXliff12(withSource);
    expect(xml.match(/approved="yes"/g)).toHaveLength(2);
  });
});

describe("XLIFF round trip", () => {
  it.each([["2.0", toXliff2], ["1.2", toXliff12]] as const)("XLIFF %s: export, import, export gives the same file", async (_, render) => {
    const first = await render(withSource);
    const imported = await parseXliff(first);
    expect(imported.fileId).toBe("lapidar-article-7");
    expect(imported.sourceLanguage).toBe("zh-Hans");
    // The imported file as an article again: ids, sources and targets as they came.
    const again = bilingualDocument(
      { id: 99, locale: "pt-PT" },
      imported.units.flatMap((u) => u.targets).map((text, position) => ({ position, kind: "body", machineText: text, currentText: text, approved: position <= 1, unitId: null })),
      { language: imported.sourceLanguage, fileId: imported.fileId, paragraphs: imported.units.map((u) => u.source), links: linksOf(imported.units) },
    );
    const ids = imported.units.map((u) => u.id);
    expect(again.units.map((u) => u.id)).toEqual(ids);
    expect(await render(again)).toBe(first);
  });

  it("keeps a CAT tool's ids and order, integers included, and reads inline codes as text", async () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="pt-PT"><file id="news"><unit id="10"><segment><source>第二</source><target>Segundo</target></segment></unit><unit id="9"><segment><source>你<pc id="1">好</pc></source><target>Olá <ph id="2"/>mundo</target></segment></unit></file></xliff>`;
    const file = await parseXliff(xml);
    expect(file.units).toEqual([
      { id: "10", source: "第二", targets: ["Segundo"] },
      { id: "9", source: "你好", targets: ["Olá mundo"] },
    ]);
  });

  it.each([
    ["<html></html>", "not_xliff"],
    ['<xliff version="3.0"></xliff>', "unsupported_version"],
    ['<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="a"><unit id="u"><segment><source>只有原文</source></segment></unit></file></xliff>', "no_targets"],
    ['<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="a"><unit id="u"><segment><source>一</source><target>Um</target></segment></unit></file><file id="b"><unit id="v"><segment><source>二</source><target>Dois</target></segment></unit></file></xliff>', "several_files"],
    ['<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="a"><unit', "no_units"],
  ])("refuses %s with its code, worded from the catalogue", async (xml, code) => {
    await expect(parseXliff(xml)).rejects.toThrow(XliffError);
    await expect(parseXliff(xml)).rejects.toMatchObject({ code, message: expect.stringContaining(sourceRefusalText("en", code)) });
  });

  it("words a refusal in the request's language", () => {
    expect(sourceRefusalText("pt-PT", "several_files")).toBe((readCatalogue("pt-PT").bilingual as { refusal: Record<string, string> }).refusal.several_files);
    expect(sourceRefusalText("pt-BR", "xliff_nothing")).toBe("Escolha um arquivo XLIFF (.xlf ou .xliff).");
    expect(sourceRefusalText("en", "a_newer_code")).toBe("The server refused the request: a_newer_code");
  });
});

describe("TMX export", () => {
  it("holds the approved units only, and is valid TMX 1.4b", () => {
    const tmx = toTmx(withSource, new Date("2026-12-02T03:00:00Z"));
    expect(tmx.match(/<tu /g)).toHaveLength(2);
    expect(tmx).toContain(`<seg>${sources[0]}</seg>`);
    expect(tmx).toContain("a iFlytek lançou em Hefei");
    expect(tmx).toContain('creationdate="20261202T030000Z"');
    expect(() => validate(tmx, "--relaxng", "tests/fixtures/bilingual/tmx-1.4b.rng")).not.toThrow();
  });

  it("is refused without an original", () => {
    expect(() => toTmx(withoutSource, new Date())).toThrow("needs the Chinese original");
  });

  it("fails validation when the structure is wrong (the schema is not a formality)", () => {
    expect(() => validate('<tmx version="1.4"><body/></tmx>', "--relaxng", "tests/fixtures/bilingual/tmx-1.4b.rng")).toThrow();
  });
});

function linksOf(units: { source: string; targets: string[] }[]) {
  let next = 0;
  return units.map((u, i) => {
    const target = u.targets.map(() => next++);
    return { source: [i], target };
  });
}

