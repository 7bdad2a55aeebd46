import { describe, expect, it } from "vitest";
import { stepFlag, stepParagraph } from "@/lib/review/navigation";

const items = [
  { id: 10, flagIndexes: [0, 1] },
  { id: 11, flagIndexes: [] },
  { id: 12, flagIndexes: [2] },
];

describe("stepFlag", () => {
  it("walks flags across paragraphs and stops at the ends", () => {
    let cursor = stepFlag(items, null, 1);
    expect(cursor).toEqual({ paragraphId: 10, flagIndex: 0 });
    cursor = stepFlag(items, cursor, 1);
    expect(cursor).toEqual({ paragraphId: 10, flagIndex: 1 });
    cursor = stepFlag(items, cursor, 1);
    expect(cursor).toEqual({ paragraphId: 12, flagIndex: 2 });
    expect(stepFlag(items, cursor, 1)).toEqual({ paragraphId: 12, flagIndex: 2 });
    expect(stepFlag(items, cursor, -1)).toEqual({ paragraphId: 10, flagIndex: 1 });
  });

  it("continues from a paragraph cursor", () => {
    expect(stepFlag(items, { paragraphId: 11, flagIndex: null }, 1)).toEqual({ paragraphId: 12, flagIndex: 2 });
    expect(stepFlag(items, { paragraphId: 11, flagIndex: null }, -1)).toEqual({ paragraphId: 10, flagIndex: 1 });
    expect(stepFlag(items, { paragraphId: 10, flagIndex: null }, 1)).toEqual({ paragraphId: 10, flagIndex: 0 });
  });

  it("keeps the cursor when there is nothing to move to", () => {
    expect(stepFlag([{ id: 1, flagIndexes: [] }], null, 1)).toBeNull();
  });
});

describe("stepParagraph", () => {
  it("moves one paragraph at a time within bounds", () => {
    expect(stepParagraph(items, null, 1)).toEqual({ paragraphId: 10, flagIndex: null });
    expect(stepParagraph(items, { paragraphId: 10, flagIndex: 1 }, 1)).toEqual({ paragraphId: 11, flagIndex: null });
    expect(stepParagraph(items, { paragraphId: 12, flagIndex: null }, 1)).toEqual({ paragraphId: 12, flagIndex: null });
    expect(stepParagraph(items, { paragraphId: 10, flagIndex: null }, -1)).toEqual({ paragraphId: 10, flagIndex: null });
  });
});
