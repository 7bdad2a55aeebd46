/** A place in the review list: a paragraph, and optionally one of its flags. */
export interface Cursor {
  paragraphId: number;
  flagIndex: number | null;
}

interface Navigable {
  id: number;
  /** Indexes of the flags shown for this paragraph, in text order. */
  flagIndexes: number[];
}

/** The next (or previous) shown flag after the cursor, across paragraphs; stops at the ends. */
export function stepFlag(items: readonly Navigable[], cursor: Cursor | null, direction: 1 | -1): Cursor | null {
  const order: (Cursor & { at: number })[] = items.flatMap((item, at) => item.flagIndexes.map((flagIndex) => ({ paragraphId: item.id, flagIndex, at })));
  if (order.length === 0) return cursor;
  const pick = (c: (typeof order)[number]): Cursor => ({ paragraphId: c.paragraphId, flagIndex: c.flagIndex });
  if (!cursor) return pick(direction === 1 ? order[0] : order[order.length - 1]);
  const position = order.findIndex((c) => c.paragraphId === cursor.paragraphId && c.flagIndex === cursor.flagIndex);
  if (position >= 0) return pick(order[Math.max(0, Math.min(order.length - 1, position + direction))]);
  // The cursor is on a paragraph (or on a flag no longer shown): continue from that paragraph.
  const paragraphAt = items.findIndex((item) => item.id === cursor.paragraphId);
  if (paragraphAt < 0) return pick(direction === 1 ? order[0] : order[order.length - 1]);
  const next =
    direction === 1
      ? order.find((c) => c.at > paragraphAt || (c.at === paragraphAt && cursor.flagIndex === null))
      : order.findLast((c) => c.at < paragraphAt);
  return next ? pick(next) : cursor;
}

export function stepParagraph(items: readonly Navigable[], cursor: Cursor | null, direction: 1 | -1): Cursor | null {
  if (items.length === 0) return cursor;
  const at = cursor ? items.findIndex((item) => item.id === cursor.paragraphId) : -1;
  const next = at < 0 ? (direction === 1 ? 0 : items.length - 1) : Math.max(0, Math.min(items.length - 1, at + direction));
  return { paragraphId: items[next].id, flagIndex: null };
}
