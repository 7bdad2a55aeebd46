import { describe, expect, it } from "vitest";
import { countWords } from "@/lib/metrics/words";
import { buildReport } from "@/lib/report/build-report";
import { summariseFlags } from "@/lib/report/flag-counts";
import { toExportArticle } from "@/lib/report/export-article";
import { reportInput } from "./report-fixture";

describe("summariseFlags", () => {
  it("splits the machine text's flags into fixed, dismissed and open, and counts the flags edits introduced apart", () => {
    const summary = summariseFlags(reportInput().paragraphs.slice(0, 3));
    expect(summary.total).toEqual({ found: 6, fixed: 4, dismissed: 1, open: 1, introduced: 1, introducedOpen: 1 });
    expect(summary.byParagraph.get(2)).toEqual({ found: 4, fixed: 3, dismissed: 1, open: 0, introduced: 0, introducedOpen: 0 });
    // Two identical garbles, one fixed: the one still raised is open, not fixed. The English phrase came with the edit.
    expect(summary.byParagraph.get(3)).toEqual({ found: 2, fixed: 1, dismissed: 0, open: 1, introduced: 1, introducedOpen: 1 });
    expect(summary.byCheck.find((r) => r.key === "calque")).toEqual({ key: "calque", category: "Accuracy", found: 3, fixed: 2, dismissed: 0, open: 1, introduced: 0, introducedOpen: 0 });
    expect(summary.byCheck.find((r) => r.key === "english-left")).toMatchObject({ found: 0, introduced: 1, introducedOpen: 1 });
    expect(summary.byCategory.map((r) => [r.key, r.found, r.fixed, r.dismissed, r.open, r.introduced])).toEqual([
      ["Accuracy", 3, 2, 0, 1, 1],
      ["Terminology", 2, 1, 1, 0, 0],
      ["Linguistic conventions", 1, 1, 0, 0, 0],
    ]);
  });

  it("adds up: every flag found on the machine text is fixed, dismissed or open, in every row", () => {
    const summary = summariseFlags(reportInput().paragraphs);
    const rows = [summary.total, ...summary.byCategory, ...summary.byCheck, ...summary.byParagraph.values()];
    for (const row of rows) {
      expect(row.fixed + row.dismissed + row.open).toBe(row.found);
      expect(row.introducedOpen).toBeLessThanOrEqual(row.introduced);
    }
  });

  it("counts the open major and critical flags, old and new, that a pass must not hide", () => {
    const summary = summariseFlags(reportInput().paragraphs.slice(0, 3));
    // The calque left in paragraph 3 and the English phrase introduced there; the dismissed name is not open.
    expect(summary.openSerious).toEqual({ major: 2, critical: 0 });
  });
});

describe("buildReport", () => {
  it("scores MQM over the words of the published final text, leaving site text out", () => {
    const input = reportInput();
    const words = input.paragraphs.slice(0, 3).reduce((n, p) => n + countWords(p.currentText), 0);
    expect(words).toBe(3 + 9 + 7);
    const report = buildReport(input);
    expect(report.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(report.excludedParagraphs).toBe(1);
    expect(report.approved).toBe(1);
    // major 5 + minor 1 + neutral 0 over 19 words.
    expect(report.mqm).toMatchObject({ penalty: 6, wordCount: 19, threshold: 95, passed: false, bySeverity: { neutral: 1, minor: 1, major: 1, critical: 0 } });
    expect(report.mqm.score).toBeCloseTo(100 * (1 - 6 / 19), 10);
    expect(report.mqm.byCategory).toEqual([
      { category: "Accuracy", errors: 1, penalty: 5 },
      { category: "Linguistic conventions", errors: 1, penalty: 1 },
      { category: "Style", errors: 1, penalty: 0 },
    ]);
    expect(report.paragraphs[1]).toMatchObject({ annotations: 2, penalty: 6, reviewer: "Rui" });
  });

  it("reads \"not scored\" while no error is annotated, instead of a perfect pass", () => {
    const report = buildReport({ ...reportInput(), annotations: [] });
    expect(report.mqm.scored).toBe(false);
    expect(buildReport(reportInput()).mqm.scored).toBe(true);
    // Annotations on site text only: nothing published was scored either.
    const onSiteText = reportInput().annotations.filter((a) => a.paragraphId === 4);
    expect(buildReport({ ...reportInput(), annotations: onSiteText }).mqm.scored).toBe(false);
  });

  it("applies a preset's overrides and a chosen pass mark", () => {
    const report = buildReport(reportInput(), { preset: "wmt", threshold: 60 });
    expect(report.mqm.penalty).toBeCloseTo(5.1, 10);
    expect(report.mqm.passed).toBe(true);
    expect(report.mqm.preset.id).toBe("wmt");
  });

  it("measures edit effort per paragraph and pools it for the article", () => {
    const report = buildReport(reportInput());
    expect(report.paragraphs[0].effort).toMatchObject({ changed: false, charEditRate: 0, ter: 0, chrf: 100 });
    expect(report.paragraphs[1].effort.changed).toBe(true);
    // "grande modelo" against "modelo grande": one block shift over 7 reference words.
    expect(report.paragraphs[2].effort.ter).toBeCloseTo(1 / 7, 10);
    expect(report.effort).toMatchObject({ paragraphs: 3, changedParagraphs: 2 });
    expect(report.effort.charEditRate).toBeGreaterThan(0);
  });
});

describe("toExportArticle", () => {
  it("carries the final texts and each paragraph's open and dismissed flags, introduced ones included", () => {
    const article = toExportArticle(reportInput());
    expect(article.paragraphs.map((p) => [p.position, p.flagsOpen, p.flagsDismissed, p.reviewer])).toEqual([
      [0, 0, 0, "Ana"],
      [1, 0, 1, "Rui"],
      [2, 2, 0, null],
      [3, 0, 0, null],
    ]);
    expect(article.paragraphs[1].text).toBe("A iFlytek é uma necessidade essencial, disse Jiazi Guangnian.");
  });
});
