import type { Link } from "./links";

/**
 * A reviewer's corrections of an alignment, each taking links to links. They keep the reading order, so the result
 * of any of them is again an alignment of the same paragraphs.
 */
export type LinkEdit =
  | { op: "merge"; link: number }
  | { op: "split"; link: number }
  | { op: "shift"; link: number; side: "source" | "target"; direction: "up" | "down" };

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Joins link `i` with the one after it. */
function merge(links: Link[], i: number): Link[] {
  if (i < 0 || i + 1 >= links.length) return links;
  const joined = { source: [...links[i].source, ...links[i + 1].source], target: [...links[i].target, ...links[i + 1].target] };
  return [...links.slice(0, i), joined, ...links.slice(i + 2)];
}

/**
 * Splits link `i` after its first paragraph on each side: "A B ↔ a b" becomes "A ↔ a" and "B ↔ b"; a side of one
 * paragraph stays with the first part, so "A ↔ a b" becomes "A ↔ a" and "∅ ↔ b".
 */
function split(links: Link[], i: number): Link[] {
  const link = links[i];
  if (!link || link.source.length + link.target.length < 2) return links;
  const first = { source: link.source.slice(0, 1), target: link.target.slice(0, 1) };
  const rest = { source: link.source.slice(1), target: link.target.slice(1) };
  if (first.source.length + first.target.length === 0 || rest.source.length + rest.target.length === 0) return links;
  return [...links.slice(0, i), first, rest, ...links.slice(i + 1)];
}

/**
 * Moves the boundary between link `i` and its neighbour on one side: "down" gives link i's last paragraph of that
 * side to the next link, "up" takes the next link's first paragraph into link i. A link left empty disappears.
 */
function shift(links: Link[], i: number, side: "source" | "target", direction: "up" | "down"): Link[] {
  const current = links[i];
  const next = links[i + 1];
  if (!current || !next) return links;
  const mine = current[side];
  const theirs = next[side];
  let moved: { mine: number[]; theirs: number[] };
  if (direction === "down") {
    if (mine.length === 0) return links;
    moved = { mine: mine.slice(0, -1), theirs: [mine[mine.length - 1], ...theirs] };
  } else {
    if (theirs.length === 0) return links;
    moved = { mine: [...mine, theirs[0]], theirs: theirs.slice(1) };
  }
  const updated = [
    { ...current, [side]: moved.mine },
    { ...next, [side]: moved.theirs },
  ].filter((l) => l.source.length + l.target.length > 0);
  return [...links.slice(0, i), ...updated, ...links.slice(i + 2)];
}

export function applyLinkEdit(links: readonly Link[], edit: LinkEdit): Link[] {
  const copy = links.map((l) => ({ source: [...l.source], target: [...l.target] }));
  switch (edit.op) {
    case "merge":
      return merge(copy, edit.link);
    case "split":
      return split(copy, edit.link);
    case "shift":
      return shift(copy, edit.link, edit.side, edit.direction);
  }
}

/** The trivial alignment of a file whose units pair paragraphs one to one (an XLIFF file). */
export function oneToOne(count: number): Link[] {
  return range(0, count).map((i) => ({ source: [i], target: [i] }));
}
