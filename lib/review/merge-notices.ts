/** Who wrote which version of a paragraph, as the page polls it. */
export interface RevisionStamp {
  paragraphId: number;
  version: number;
  kind: string;
  authorId: number | null;
  authorName: string | null;
}

/** Someone's edit merged into the reviewer's text: who, where (paragraph number, null when unknown) and the version made. */
export interface MergeNotice {
  name: string | null;
  number: number | null;
  version: number;
}

/**
 * What to tell a reviewer about merges they did not make: a merge revision whose previous version is theirs
 * means someone's older-based edit was merged into their text. The page words it in the reader's language.
 */
export function mergeNotices(revisions: readonly RevisionStamp[], positions: ReadonlyMap<number, number>, me: number): MergeNotice[] {
  const byKey = new Map(revisions.map((r) => [`${r.paragraphId}:${r.version}`, r]));
  return revisions.flatMap((r) => {
    if (r.kind !== "merge" || r.authorId === me) return [];
    if (byKey.get(`${r.paragraphId}:${r.version - 1}`)?.authorId !== me) return [];
    const position = positions.get(r.paragraphId);
    return [{ name: r.authorName, number: position === undefined ? null : position + 1, version: r.version }];
  });
}
