import { describe, expect, it } from "vitest";
import { conceptRenderings } from "@/lib/checks/concept-renderings";
import { exampleContext } from "@/lib/checks/context";
import { englishLeft } from "@/lib/checks/english-left";

describe("concept-renderings", () => {
  it("flags the minority word order with the flagged words reordered", () => {
    const { context, paragraph } = exampleContext("Os grandes modelos falham.", "pt-PT", ["O modelo grande.", "Um modelo grande."]);
    expect(conceptRenderings.run(paragraph, context).map((f) => [f.text, f.suggestions])).toEqual([["grandes modelos", ["modelos grandes"]]]);
  });

  it("treats 'em grande escala' as a rendering of the same concept", () => {
    const { context, paragraph } = exampleContext("Os modelos em grande escala.", "pt-PT", ["O modelo grande.", "Um modelo grande."]);
    expect(conceptRenderings.run(paragraph, context).map((f) => f.suggestions[0])).toEqual(["modelos grandes"]);
  });
});

describe("english-left", () => {
  function flagged(text: string) {
    const { context, paragraph } = exampleContext(text);
    return englishLeft.run(paragraph, context).map((f) => `${f.severity}:${f.text}`);
  }

  it.each([
    ["Do National Speech Innovation Center.", ["minor:National Speech Innovation Center"]],
    ["Para alcançar dois Wheel Drive.", ["major:dois Wheel Drive"]],
    ["Fez um straight flush.", ["major:straight flush"]],
  ])("flags %j", (text, expected) => expect(flagged(text)).toEqual(expected));

  it.each([
    "A startup de venture capital contratou um CEO.",
    "Usa big data e machine learning no site SimilarWeb.",
    "Kenneth Stanley e Joel Lehman escrevem.",
    "A Moonshot AI fechou uma ronda.",
  ])("leaves %j alone", (text) => expect(flagged(text)).toEqual([]));
});
