import { describe, expect, it } from "vitest";
import { corpusTer, ter } from "@/lib/metrics/ter";

// Inputs and expected figures from sacrebleu's published tests (test/test_ter.py).
describe("ter (sacrebleu test vectors)", () => {
  it.each([
    ["aaaa bbbb cccc dddd", "aaaa bbbb cccc dddd", 0],
    ["dddd eeee ffff", "aaaa bbbb cccc", 1],
    ["", "a", 1],
    ["d e f g h a b c", "a b c d e f g h", 1 / 8],
  ])("%j against %j scores %d", (hyp, ref, expected) => {
    expect(ter(hyp, ref).score).toBeCloseTo(expected, 6);
  });

  it("counts the single block shift", () => {
    expect(ter("d e f g h a b c", "a b c d e f g h")).toEqual({ score: 1 / 8, edits: 1, refWords: 8, shifts: 1, limited: false });
  });

  it("matches the WMT 2019 corpus example (0.136)", () => {
    const hyps = [
      'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit das Bild ungefähr dieselbe Größe aufweist wie die andere Größe .',
      'wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
      'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie Werte für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " ein .',
      "Sie können beispielsweise ein Dokument erstellen , das ein Auto über die Bühne enthält .",
      'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
    ];
    const refs = [
      'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit die Darstellung des Bildes in einer anderen Größe beibehalten wird .',
      'wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
      'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " niedrigere Werte ein .',
      "Sie können beispielsweise ein Dokument erstellen , das ein Auto enthalt , das sich über die Bühne bewegt .",
      'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
    ];
    const result = corpusTer(hyps.map((hyp, i) => ({ hyp, ref: refs[i] })));
    expect(Math.abs(result.score - 0.136)).toBeLessThan(1e-5);
  });
});

describe("ter on post-edits", () => {
  it("ignores case by default, as sacrebleu does, and counts it when asked", () => {
    expect(ter("O Modelo Grande", "o modelo grande").score).toBe(0);
    expect(ter("O Modelo Grande", "o modelo grande", { caseSensitive: true }).edits).toBe(3);
  });

  it("treats punctuation glued to a word as part of the word (no tercom normalisation)", () => {
    expect(ter("tecnologia , mas", "tecnologia, mas")).toMatchObject({ edits: 2, refWords: 2 });
  });

  it("scores a moved phrase as one shift rather than many edits", () => {
    const result = ter(
      "a Meituan anunciou ontem na bolsa de Hong Kong a compra",
      "ontem a Meituan anunciou na bolsa de Hong Kong a compra",
    );
    expect(result.shifts).toBe(1);
    expect(result.edits).toBe(1);
  });

  it("gives 0 for two empty texts and 1 for text against an empty reference", () => {
    expect(ter("", "").score).toBe(0);
    expect(ter("sobra", "")).toEqual({ score: 1, edits: 1, refWords: 0, shifts: 0, limited: false });
  });

  it("scores a scrambled 143-word paragraph within a second", () => {
    const words = Array.from({ length: 143 }, (_, i) => `palavra${i % 37}`);
    const started = performance.now();
    const result = ter([...words].reverse().join(" "), words.join(" "));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });
});

describe("ter on paragraphs of any length", () => {
  const words = (n: number, pattern: string[]) => Array.from({ length: n }, (_, i) => pattern[i % pattern.length]);

  it("scores a 1,000-word paragraph with one moved phrase exactly", () => {
    const reference = Array.from({ length: 1_000 }, (_, i) => `w${i}`);
    const hypothesis = [...reference.slice(0, 100), ...reference.slice(105, 120), ...reference.slice(100, 105), ...reference.slice(120)];
    expect(ter(hypothesis.join(" "), reference.join(" "))).toEqual({ score: 1 / 1_000, edits: 1, refWords: 1_000, shifts: 1, limited: false });
  });

  it("stops the shift search on repetitive text of 20,000 words and says the score is an upper bound", () => {
    // 20,000 × 20,000 cells of a full matrix would be gigabytes; the shift search alone would take minutes.
    const result = ter(words(20_000, ["a", "b", "c", "d"]).join(" "), words(20_000, ["a", "b", "d", "c"]).join(" "));
    expect(result.limited).toBe(true);
    expect(result.refWords).toBe(20_000);
    // Without shifts every fourth pair costs two substitutions: the limited score never exceeds that.
    expect(result.edits).toBeLessThanOrEqual(10_000);
    expect(result.edits).toBeGreaterThan(0);
  });

  it("keeps the corpus score's limit when one paragraph reached it", () => {
    const long = { hyp: words(8_000, ["a", "b", "c", "d"]).join(" "), ref: words(8_000, ["a", "b", "d", "c"]).join(" ") };
    expect(corpusTer([{ hyp: "um dois", ref: "um dois" }, long]).limited).toBe(true);
    expect(corpusTer([{ hyp: "um dois", ref: "um três" }]).limited).toBe(false);
  });
});
