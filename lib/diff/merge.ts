import { diff3Merge } from "node-diff3";

/** A run both sides agree on (changed by one of them or by neither), or a span both changed differently. */
export type MergePart = { kind: "same"; text: string } | { kind: "conflict"; base: string; mine: string; theirs: string };

/** How a reviewer settles one conflicting span. */
export type MergeChoice = "mine" | "theirs" | "both";

export interface MergeOutcome {
  parts: MergePart[];
  /** The merged text when no span conflicts, else null. */
  text: string | null;
}

// A word or a punctuation mark, each with the whitespace after it; joined back they rebuild the text. The
// whitespace rides with its word so that edits to two neighbouring words (the two halves of one name) touch,
// and touching edits are a conflict: only edits with an unchanged word between them merge.
const TOKEN = /[\p{L}\p{M}\p{N}]+\s*|[^\s\p{L}\p{M}\p{N}]\s*|\s+/gu;

// Beyond this many tokens a side, the longest-common-subsequence work grows too slow for a save request;
// such texts are offered to the reviewer whole, as one conflict.
const MAX_TOKENS = 3000;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Three-way merge at word level: `base` is the text both edits started from, `mine` the one being saved,
 * `theirs` the one saved meanwhile. Spans changed by only one side take that side's words; spans both
 * changed identically take those words; spans both changed differently are conflicts.
 */
export function mergeWords(base: string, mine: string, theirs: string): MergeOutcome {
  if (mine === theirs || theirs === base) return { parts: [{ kind: "same", text: mine }], text: mine };
  if (mine === base) return { parts: [{ kind: "same", text: theirs }], text: theirs };
  const [a, o, b] = [tokens(mine), tokens(base), tokens(theirs)];
  if (Math.max(a.length, o.length, b.length) > MAX_TOKENS) {
    return { parts: [{ kind: "conflict", base, mine, theirs }], text: null };
  }
  const parts: MergePart[] = [];
  for (const region of diff3Merge(a, o, b, { excludeFalseConflicts: true })) {
    if (region.ok) {
      const text = region.ok.join("");
      const last = parts.at(-1);
      if (last?.kind === "same") last.text += text;
      else if (text !== "") parts.push({ kind: "same", text });
    } else if (region.conflict) {
      parts.push({ kind: "conflict", base: region.conflict.o.join(""), mine: region.conflict.a.join(""), theirs: region.conflict.b.join("") });
    }
  }
  const clean = parts.every((p) => p.kind === "same");
  return { parts, text: clean ? parts.map((p) => (p.kind === "same" ? p.text : "")).join("") : null };
}

function chosen(part: Extract<MergePart, { kind: "conflict" }>, choice: MergeChoice): string {
  if (choice === "mine") return part.mine;
  if (choice === "theirs") return part.theirs;
  // Both: their words first (they were saved first), then the reviewer's, with a space where neither has one.
  const gap = /\s$/.test(part.theirs) || /^\s/.test(part.mine) || part.theirs === "" || part.mine === "" ? "" : " ";
  return part.theirs + gap + part.mine;
}

/**
 * The text once every conflict has a choice (one per conflict, in order), or null while one is still open:
 * there is no default that would drop either side's words.
 */
export function resolveMerge(parts: MergePart[], choices: readonly (MergeChoice | null | undefined)[]): string | null {
  let out = "";
  let conflict = 0;
  for (const part of parts) {
    if (part.kind === "same") {
      out += part.text;
      continue;
    }
    const choice = choices[conflict++];
    if (!choice) return null;
    out += chosen(part, choice);
  }
  return out;
}

export function conflictCount(parts: MergePart[]): number {
  return parts.filter((p) => p.kind === "conflict").length;
}
