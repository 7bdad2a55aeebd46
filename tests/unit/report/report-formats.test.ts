import { toText } from "hast-util-to-text";
import type { Element, Root } from "hast";
import Papa from "papaparse";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build-report";
import { REPORT_CSV_COLUMNS, reportToCsv } from "@/lib/report/report-csv";
import { reportToHtml } from "@/lib/report/report-html";
import { reportInput } from "./report-fixture";

function find(tree: Root | Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of tree.children) {
    if (child.type !== "element") continue;
    if (test(child)) found.push(child);
    found.push(...find(child, test));
  }
  return found;
}

describe("reportToCsv", () => {
  it("writes every figure as a section, item, measure, value row that parses back", () => {
    const report = buildReport(reportInput());
    const csv = reportToCsv(report);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { data, meta, errors } = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...REPORT_CSV_COLUMNS]);
    const value = (section: string, item: string, measure: string) => data.find((r) => r.section === section && r.item === item && r.measure === measure)?.value;
    expect(value("article", report.article.title, "paragraphs")).toBe("3");
    expect(Number(value("mqm", "default", "score"))).toBeCloseTo(report.mqm.score, 3);
    expect(value("mqm", "default", "passed")).toBe("false");
    expect(value("flags by check", "calque", "fixed")).toBe("2");
    expect(value("flags by check", "calque", "category")).toBe("Accuracy");
    expect(Number(value("paragraph", "3", "hter"))).toBeCloseTo(1 / 7, 4);
    expect(value("paragraph", "2", "reviewer")).toBe("Rui");
    expect(value("reviewer", "Ana", "approvals")).toBe("5");
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const input = reportInput();
    input.reviewers[0].name = "=HYPERLINK(\"http://x\")";
    const { data } = Papa.parse<Record<string, string>>(reportToCsv(buildReport(input)).slice(1), { header: true, skipEmptyLines: true });
    expect(data.filter((r) => r.section === "reviewer").map((r) => r.item)).toContain("'=HYPERLINK(\"http://x\")");
  });
});

describe("reportToHtml", () => {
  it("is a standalone page whose tables carry the report's figures", () => {
    const report = buildReport(reportInput());
    const html = reportToHtml(report, { locale: "en", generatedAt: new Date("2026-11-29T10:00:00Z") });
    const tree = unified().use(rehypeParse).parse(html);
    expect(find(tree, (e) => e.tagName === "script" || e.tagName === "link" || e.tagName === "img")).toEqual([]);
    expect(toText(find(tree, (e) => e.tagName === "h1")[0])).toBe(report.article.title);
    const tables = find(tree, (e) => e.tagName === "table");
    expect(tables).toHaveLength(5);
    const rows = (table: Element) => find(table, (e) => e.tagName === "tr").slice(1).map((tr) => find(tr, (e) => e.tagName === "td").map((td) => toText(td).trim()));
    expect(rows(tables[1])[0]).toEqual(["Accuracy", "3", "2", "0", "1", "1", ""]);
    expect(rows(tables[3]).map((r) => r[0])).toEqual(["1", "2", "3"]);
    // Most active first: Ana has 6 edits and approvals, Rui 3.
    expect(rows(tables[4]).map((r) => r[0])).toEqual(["Ana", "Rui"]);
    expect(toText(tree)).toContain("2026-11-29 10:00 UTC");
  });

  it("says \"not scored yet\" without annotations, with the open major flags beside the verdict, in the reader's language", () => {
    const pt = toText(unified().use(rehypeParse).parse(reportToHtml(buildReport({ ...reportInput(), annotations: [] }), { locale: "pt-PT" })));
    expect(pt).toContain("ainda sem pontuação");
    expect(pt).toContain("2 sinalizações maiores ainda por resolver");
    expect(pt).toContain("Exatidão");
    const html = reportToHtml(buildReport({ ...reportInput(), annotations: [] }), { locale: "en" });
    const cards = find(unified().use(rehypeParse).parse(html), (e) => (e.properties.className as string[] | undefined)?.includes("cards") ?? false)[0];
    const text = toText(cards);
    expect(text).toContain("not scored yet");
    expect(text).toContain("2 major flags still open");
    expect(text).not.toMatch(/100\.0|\bpass\b/i);
    const { data } = Papa.parse<Record<string, string>>(reportToCsv(buildReport({ ...reportInput(), annotations: [] })).slice(1), { header: true, skipEmptyLines: true });
    const mqm = Object.fromEntries(data.filter((r) => r.section === "mqm").map((r) => [r.measure, r.value]));
    expect(mqm).toMatchObject({ scored: "false", score: "", passed: "" });
    expect(data.find((r) => r.section === "flags" && r.measure === "open_major")?.value).toBe("2");
  });

  it("escapes every text it did not write", () => {
    const input = reportInput();
    input.reviewers[0].name = `<script>alert(1)</script>`;
    input.paragraphs[1].reviewer = `<td><img src=x onerror=alert(1)>`;
    const html = reportToHtml(buildReport(input), { locale: "pt-PT" });
    expect(html).not.toMatch(/<script|<img|<b>"x"/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Relatório &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; 🙂");
  });
});
