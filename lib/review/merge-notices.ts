/** Who wrote which version of a paragraph, as the page polls it. */
export interface RevisionStamp {
  paragraphId: number;
  version: number;
  kind: string;
  authorId: number | null;
  authorName: string | null;
}

/**
 * What to tell a reviewer about merges they did not make: a merge revision whose previous version is theirs
 * means someone's older-based edit was merged into their text.
 */
export function mergeNotices(revisions: readonly RevisionStamp[], positions: ReadonlyMap<number, number>, me: number): string[] {
  const byKey = new Map(revisions.map((r) => [`${r.paragraphId}:${r.version}`, r]));
  return revisions.flatMap((r) => {
    if (r.kind !== "merge" || r.authorId === me) return [];
    if (byKey.get(`${r.paragraphId}:${r.version - 1}`)?.authorId !== me) return [];
    const position = positions.get(r.paragraphId);
    const where = position === undefined ? "a paragraph" : `paragraph ${position + 1}`;
    return [`${r.authorName ?? "Someone"} edited ${where} at the same time as you; the two edits were merged (version ${r.version}).`];
  });
}
