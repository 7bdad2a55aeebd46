import { describe, expect, it } from "vitest";
import type { RevisionStamp } from "@/lib/data/paragraphs";
import { mergeNotices } from "@/lib/review/merge-notices";

const stamp = (version: number, kind: RevisionStamp["kind"], authorId: number, authorName: string): RevisionStamp => ({ paragraphId: 5, version, kind, authorId, authorName });

describe("mergeNotices", () => {
  const positions = new Map([[5, 2]]);

  it("tells the reviewer whose version someone's edit was merged into", () => {
    const revisions = [stamp(2, "edit", 1, "Rita"), stamp(3, "merge", 2, "Rui")];
    expect(mergeNotices(revisions, positions, 1)).toEqual([{ name: "Rui", number: 3, version: 3 }]);
  });

  it("says nothing to the one who merged, nor about merges into someone else's text", () => {
    const revisions = [stamp(2, "edit", 1, "Rita"), stamp(3, "merge", 2, "Rui")];
    expect(mergeNotices(revisions, positions, 2)).toEqual([]);
    expect(mergeNotices(revisions, positions, 9)).toEqual([]);
    expect(mergeNotices([stamp(2, "edit", 1, "Rita"), stamp(3, "edit", 2, "Rui")], positions, 1)).toEqual([]);
  });
});
