import { describe, expect, it } from "vitest";
import { chrf, corpusChrf } from "@/lib/metrics/chrf";

// Inputs and expected figures from sacrebleu's published tests (test/test_chrf.py).
describe("chrf (sacrebleu test vectors)", () => {
  it.each([
    [
      "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.",
      "Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.",
      39.14078509,
    ],
    [
      "Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.",
      "A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.",
      31.22557079,
    ],
    [
      "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.",
      "Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.",
      57.15704367,
    ],
  ])("sentence chrF2 of %j", (hyp, ref, expected) => {
    expect(Math.abs(chrf(hyp, ref) - expected)).toBeLessThan(1e-4);
  });

  it.each([
    ["abcdefg", "hijklmnop", 0],
    ["a", "b", 0],
    ["", "b", 0],
    ["", "ref", 0],
    ["", "reference", 0],
    ["aa", "ab", 8.3333],
    ["a", "a", 16.6667],
    ["a b c", "a b c", 50],
    ["a b c", "abc", 50],
    [
      " risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
      "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .",
      63.36173,
    ],
    [
      " Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. ",
      "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.",
      64.1302698,
    ],
    ["Niemand hat die Absicht, eine Mauer zu errichten", "Niemand hat die Absicht, eine Mauer zu errichten", 100],
  ])("chrF3 with eps smoothing: %j vs %j = %d", (hyp, ref, expected) => {
    expect(Math.abs(chrf(hyp, ref, { beta: 3 }) - expected)).toBeLessThan(1e-4);
  });

  it("pools statistics over a corpus (a b / a c = 8.3333)", () => {
    const score = corpusChrf([{ hyp: "a", ref: "a" }, { hyp: "b", ref: "c" }], { beta: 3 });
    expect(Math.abs(score - 8.3333)).toBeLessThan(1e-4);
  });

  it.each([
    ["a", "a", 100],
    ["", "reference", 0],
    ["a b c", "a b c", 100],
    ["a b c", "abc", 100],
    ["", "c", 0],
    ["aa", "ab", 25],
  ])("effective-order mode (sacrebleu < 2): %j vs %j = %d", (hyp, ref, expected) => {
    expect(Math.abs(chrf(hyp, ref, { beta: 3, epsSmoothing: false }) - expected)).toBeLessThan(1e-4);
  });

  it("effective-order corpus: a b / a c = 50", () => {
    const score = corpusChrf([{ hyp: "a", ref: "a" }, { hyp: "b", ref: "c" }], { beta: 3, epsSmoothing: false });
    expect(Math.abs(score - 50)).toBeLessThan(1e-4);
  });

  it.each([
    [
      "Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.",
      "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.",
      67.3481606,
    ],
    [
      "risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
      "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .",
      65.2414427,
    ],
  ])("keeping whitespace: %j", (hyp, ref, expected) => {
    expect(Math.abs(chrf(hyp, ref, { beta: 3, epsSmoothing: false, keepWhitespace: true }) - expected)).toBeLessThan(1e-4);
  });
});

describe("chrF++ and Portuguese text", () => {
  // Computed with sacrebleu 2.6.0: CHRF(word_order=2, eps_smoothing=True).sentence_score(hyp, [ref]).
  const CHRF_PP_EXAMPLE = 63.010433602198134;

  it("adds word unigrams and bigrams with edge punctuation split off", () => {
    const hyp = "A aquisição da Meituan a anos-luz de distância é apenas uma aquisição comum.";
    const ref = "A aquisição da Light Years Beyond pela Meituan é apenas uma aquisição comum.";
    expect(Math.abs(chrf(hyp, ref, { wordOrder: 2 }) - CHRF_PP_EXAMPLE)).toBeLessThan(1e-6);
    expect(chrf(hyp, ref, { wordOrder: 2 })).not.toBeCloseTo(chrf(hyp, ref), 3);
  });

  it("counts an emoji or a CJK character as one character", () => {
    expect(chrf("😀", "😀")).toBeCloseTo(100 / 6, 6);
    expect(chrf("光年", "光年")).toBeCloseTo(200 / 6, 6);
  });
});
