import { describe, expect, it } from "vitest";
import {
  MQM_CATEGORIES,
  MQM_PRESETS,
  MQM_TYPOLOGY,
  isMqmCategory,
  isSubtypeOf,
  mqmScore,
  mqmSeverityFromFlag,
  type MqmError,
} from "@/lib/metrics/mqm";

const minorPunctuation: MqmError = { category: "Linguistic conventions", subtype: "punctuation", severity: "minor" };
const majorMistranslation: MqmError = { category: "Accuracy", subtype: "mistranslation", severity: "major" };
const criticalUntranslated: MqmError = { category: "Accuracy", subtype: "untranslated", severity: "critical" };

describe("MQM typology", () => {
  it("has the seven MQM dimensions with their usual subtypes", () => {
    expect(MQM_CATEGORIES).toEqual([
      "Terminology",
      "Accuracy",
      "Linguistic conventions",
      "Style",
      "Locale conventions",
      "Audience appropriateness",
      "Design and markup",
    ]);
    expect(isSubtypeOf("Accuracy", "untranslated")).toBe(true);
    expect(isSubtypeOf("Accuracy", "grammar")).toBe(false);
    expect(isMqmCategory("Style")).toBe(true);
    expect(isMqmCategory("toString")).toBe(false);
    const all = Object.values(MQM_TYPOLOGY).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it("maps a flag's severity onto MQM", () => {
    expect(mqmSeverityFromFlag("info")).toBe("neutral");
    expect(mqmSeverityFromFlag("critical")).toBe("critical");
  });
});

describe("mqmScore", () => {
  it("is 100 × (1 − penalty ÷ words) with 0/1/5/25 by default", () => {
    const result = mqmScore([minorPunctuation, majorMistranslation, criticalUntranslated], 100);
    expect(result.penalty).toBe(31);
    expect(result.score).toBeCloseTo(69, 10);
    expect(result.passed).toBe(false);
    expect(result.bySeverity).toEqual({ neutral: 0, minor: 1, major: 1, critical: 1 });
  });

  it("weighs minor punctuation at 0.1 in the WMT preset, and nothing else differently", () => {
    const result = mqmScore([minorPunctuation, minorPunctuation, majorMistranslation], 100, MQM_PRESETS.wmt);
    expect(result.penalty).toBeCloseTo(5.2, 10);
    const majorPunctuation: MqmError = { ...minorPunctuation, severity: "major" };
    expect(mqmScore([majorPunctuation], 100, MQM_PRESETS.wmt).penalty).toBe(5);
  });

  it("caps critical at 10 in the MQM-DQF preset", () => {
    expect(mqmScore([criticalUntranslated], 200, MQM_PRESETS.dqf).score).toBeCloseTo(95, 10);
  });

  it("passes against a configurable threshold", () => {
    const errors = [majorMistranslation];
    expect(mqmScore(errors, 100).passed).toBe(true);
    expect(mqmScore(errors, 100, MQM_PRESETS.default, 96)).toMatchObject({ passed: false, threshold: 96 });
  });

  it("scores a clean text 100, neutral notes included, and an empty text without dividing by zero", () => {
    expect(mqmScore([{ category: "Style", severity: "neutral" }], 50).score).toBe(100);
    expect(mqmScore([], 0).score).toBe(100);
    expect(mqmScore([majorMistranslation], 0).score).toBe(-400);
  });
});
