import { describe, expect, it } from "vitest";
import { parseGlossaryCsv, serializeGlossaryCsv } from "@/lib/glossary/csv";
import { planImport } from "@/lib/glossary/file-format";
import { parseGlossaryTbx, serializeGlossaryTbx } from "@/lib/glossary/tbx";
import type { GlossaryEntryData } from "@/lib/glossary/types";
import { describeRowErrors, rowErrorText } from "@/lib/glossary/wording";

const entries: GlossaryEntryData[] = [
  { preferred: "iFlytek", variants: ["HKUST Xunfei", "Keda Xunfei"], sourceTerm: "科大讯飞", type: "entity", caseSensitive: true, locale: "both", note: 'Lê-se "科大", não HKUST; com vírgulas, & <sinais>\ne duas linhas' },
  { preferred: "alucinação", variants: ["ilusão"], sourceTerm: null, type: "term", caseSensitive: false, locale: "pt-PT", note: null },
  { preferred: "necessidade essencial", variants: ["necessidade justa"], sourceTerm: "刚需", type: "calque", caseSensitive: false, locale: "pt-BR", note: "😀 emoji" },
];

describe("CSV", () => {
  it("round-trips every field, with a BOM for spreadsheets", () => {
    const csv = serializeGlossaryCsv(entries);
    expect(csv.startsWith("\uFEFFpreferred,variants,source_term,type,case_sensitive,locale,note\r\n")).toBe(true);
    const parsed = parseGlossaryCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toEqual(entries);
    // The first note spans two lines, so the second entry starts on line 4.
    expect(parsed.lines).toEqual([2, 4, 5]);
  });

  it("reports each bad row with its line and keeps the good ones apart", () => {
    const csv = [
      "preferred,type,variants,case_sensitive",
      "iFlytek,entity,HKUST Xunfei,yes",
      "",
      ",term,x,",
      "bom,weird,,",
      "\"dois",
      "linhas\",term,a|b,talvez",
      "alucinação,term,alucinação,",
      "iFlytek,entity,Xunfei,",
      "ok,term,a | b | a,no",
    ].join("\n");
    const parsed = parseGlossaryCsv(csv);
    expect(parsed.errors).toEqual([
      { line: 4, problems: [{ key: "emptyForm", values: { field: "preferred" } }] },
      { line: 5, problems: [{ key: "badType", values: { field: "type" } }] },
      { line: 6, problems: [{ key: "badBoolean", values: { column: "case_sensitive", value: "talvez" } }] },
      { line: 8, problems: [{ key: "variantIsPreferred", values: { variant: "alucinação" } }] },
      { line: 9, problems: [{ key: "duplicateRow", values: { first: 2 } }] },
    ]);
    expect(parsed.errors.map((error) => rowErrorText("pt-PT", error).message)).toEqual([
      "preferred: uma forma não pode ficar vazia.",
      "type: tem de ser entity, term ou calque.",
      "case_sensitive tem de ser yes ou no (ou sim/não), não «talvez».",
      "«alucinação» é a forma preferida; não pode ser também uma variante.",
      "Mesma forma preferida, tipo e variante que a linha 2.",
    ]);
    expect(describeRowErrors("en", parsed.errors.slice(2, 4))).toBe('line 6: case_sensitive must be yes or no, not "talvez".\nline 8: "alucinação" is the preferred form; it cannot also be a variant.');
    expect(rowErrorText("pt-BR", parsed.errors[4])).toEqual({ line: 9, message: "Mesma forma preferida, tipo e variante que a linha 2." });
    expect(parsed.entries.map((e) => [e.preferred, e.variants])).toEqual([
      ["iFlytek", ["HKUST Xunfei"]],
      ["ok", ["a", "b"]],
    ]);
    expect(planImport(parsed, false)).toEqual({ ok: false, errors: parsed.errors });
    expect(planImport(parsed, true)).toMatchObject({ ok: true, entries: parsed.entries, skipped: parsed.errors });
  });

  it("escapes cells a spreadsheet would run as formulas, and the import takes the escape off", () => {
    const hostile: GlossaryEntryData[] = [
      { preferred: "=HYPERLINK(\"http://evil.example\",\"clique\")", variants: ["+1", "a"], sourceTerm: "-2", type: "term", caseSensitive: false, locale: "both", note: "@SUM(A1)" },
      { preferred: "tab", variants: ["'=já escapado"], sourceTerm: null, type: "term", caseSensitive: false, locale: "both", note: "\tcom tabulação" },
      { preferred: "cr", variants: ["'sem fórmula"], sourceTerm: null, type: "term", caseSensitive: false, locale: "both", note: "\rcom CR" },
    ];
    const csv = serializeGlossaryCsv(hostile);
    const rows = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(rows[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""clique"")","'+1|a","'-2",term,no,both,"'@SUM(A1)"`);
    expect(rows[2]).toBe(`tab,"''=já escapado",,term,no,both,"'\tcom tabulação"`);
    expect(rows[3]).toBe(`cr,'sem fórmula,,term,no,both,"'\rcom CR"`);
    const parsed = parseGlossaryCsv(csv);
    expect(parsed.errors).toEqual([]);
    // Notes are trimmed on import like any other; what matters is that no quote is left behind.
    expect(parsed.entries).toEqual(hostile.map((e) => ({ ...e, note: e.note!.trim() })));
  });

  it("refuses a header without the required columns or with unknown ones", () => {
    const [header] = parseGlossaryCsv("term,variants\nx,y\n").errors;
    expect(header.problems).toEqual([{ key: "badHeader", values: { missing: "preferred, type", unknown: "term", columns: "preferred, variants, source_term, type, case_sensitive, locale, note" } }]);
    expect(rowErrorText("en", header).message).toBe("Bad header: missing column(s) preferred, type; unknown column(s) term. Columns are preferred, variants, source_term, type, case_sensitive, locale, note.");
    expect(rowErrorText("pt-PT", parseGlossaryCsv("preferred,variants\nx,y\n").errors[0]).message).toBe(
      "Cabeçalho inválido: coluna(s) em falta: type. As colunas são preferred, variants, source_term, type, case_sensitive, locale, note.",
    );
    expect(parseGlossaryCsv("").errors).toEqual([{ line: 1, problems: [{ key: "emptyFile" }] }]);
    expect(rowErrorText("pt-BR", parseGlossaryCsv("").errors[0]).message).toBe("O arquivo está vazio: a primeira linha deve indicar as colunas.");
  });
});

describe("TBX", () => {
  it("round-trips every field through TBX-Basic", () => {
    const tbx = serializeGlossaryTbx(entries);
    expect(tbx).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="pt" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(tbx).toContain('<langSec xml:lang="zh">');
    const parsed = parseGlossaryTbx(tbx);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toEqual(entries);
  });

  it("reads an older TBX-Basic file: admitted terms are not variants, the first non-deprecated term is preferred", () => {
    const xml = `<?xml version="1.0"?>
<martif type="TBX-Basic" xml:lang="en"><martifHeader/><text><body>
<termEntry id="t1">
  <langSet xml:lang="en"><tig><term>large model</term></tig></langSet>
  <langSet xml:lang="pt-PT">
    <tig><term>grande modelo</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
    <tig><term>modelo de grande escala</term></tig>
    <tig><term>LLM</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
  </langSet>
</termEntry>
</body></text></martif>`;
    const parsed = parseGlossaryTbx(xml);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toEqual([
      { preferred: "modelo de grande escala", variants: ["grande modelo"], sourceTerm: null, type: "term", caseSensitive: false, locale: "pt-PT", note: null },
    ]);
  });

  it("reports a bad concept at its line and malformed XML at the line of the fault", () => {
    const xml = `<tbx><text><body>
<conceptEntry id="a"><langSec xml:lang="pt"><termSec><term>bom</term></termSec></langSec></conceptEntry>
<conceptEntry id="b">
  <admin type="projectSubset">bogus</admin>
  <langSec xml:lang="pt"><termSec><term>mau</term></termSec></langSec>
</conceptEntry>
<conceptEntry id="c"><langSec xml:lang="en"><termSec><term>english only</term></termSec></langSec></conceptEntry>
</body></text></tbx>`;
    const parsed = parseGlossaryTbx(xml);
    expect(parsed.entries.map((e) => e.preferred)).toEqual(["bom"]);
    expect(parsed.errors).toEqual([
      { line: 3, problems: [{ key: "unknownSubset", values: { subset: "bogus" } }] },
      { line: 7, problems: [{ key: "noPortuguese" }] },
    ]);
    expect(parsed.errors.map((error) => rowErrorText("en", error).message)).toEqual([
      'Unknown projectSubset "bogus": use entity, term or calque.',
      "No Portuguese (pt, pt-PT or pt-BR) term in this concept.",
    ]);
    const [malformed] = parseGlossaryTbx("<tbx><text><body>\n<conceptEntry>\n</body></text></tbx>").errors;
    expect(malformed).toMatchObject({ line: 3, problems: [{ key: "malformedXml", values: { code: "InvalidTag" } }] });
    expect(rowErrorText("pt-PT", malformed).message).toMatch(/^XML mal formado \(coluna \d+\): uma etiqueta está mal formada ou não foi fechada\.$/);
  });
});
