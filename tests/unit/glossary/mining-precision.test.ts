import { describe, expect, it } from "vitest";
import { mineCorrections } from "@/lib/glossary/mine-corrections";
import { correctedParagraphs, correctionSets, type CorrectionSet } from "./correction-sets";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Precision: of the suggestions offered (one per variant), the share a glossary editor would accept as they
 * are, forms and type. Recall: of the entries the sets call for, the share offered.
 */
function measure(sets: CorrectionSet[]) {
  const expected = sets.flatMap((set) => set.expected);
  const suggestions = mineCorrections(sets.flatMap((set, i) => correctedParagraphs(set, i + 1)));
  const offered = suggestions.flatMap((s) => s.variants.map((variant) => ({ preferred: s.preferred, variant, type: s.type })));
  const wrong = offered.filter((o) => !expected.some((e) => same(e.preferred, o.preferred) && same(e.variant, o.variant) && e.type === o.type));
  const found = expected.filter((e) => offered.some((o) => same(e.preferred, o.preferred) && same(e.variant, o.variant)));
  const precision = (offered.length - wrong.length) / Math.max(1, offered.length);
  const recall = found.length / Math.max(1, expected.length);
  console.info(`mining: ${offered.length - wrong.length}/${offered.length} offered are right (precision ${(100 * precision).toFixed(1)} %), ${found.length}/${expected.length} expected offered (recall ${(100 * recall).toFixed(1)} %)`);
  return { wrong, precision, recall };
}

describe("suggestions mined from corrections, measured on correction sets", () => {
  it.each([
    ["the sets written with the rules", correctionSets("with-the-rules")],
    ["the first held-out sets", correctionSets("held-out-1")],
    ["the second held-out sets", correctionSets("held-out-2")],
  ])("are term-like or name-like, typed right, never figures, units, fragments or typos: %s", (_, sets) => {
    const { wrong, precision, recall } = measure(sets);
    expect(wrong).toEqual([]);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
