import { diffWordsWithSpace, type Change } from "diff";

export type DiffOp = "equal" | "insert" | "delete";

/** One run of the diff. Offsets are UTF-16 code units; an insert is empty on the before side, a delete on the after side. */
export interface DiffPart {
  op: DiffOp;
  text: string;
  beforeStart: number;
  beforeEnd: number;
  afterStart: number;
  afterEnd: number;
}

export interface WordDiffOptions {
  /** Beyond this many token edits the texts are shown as one whole replacement. */
  maxEditLength?: number;
  /** Milliseconds before giving up on an optimal diff and falling back to one whole replacement. */
  timeoutMs?: number;
}

const DEFAULT_MAX_EDIT_LENGTH = 4000;
const DEFAULT_TIMEOUT_MS = 500;

/**
 * Word-level diff in which whitespace and every punctuation mark are tokens of their own, so
 * "tecnologia , mas" → "tecnologia, mas" shows only the removed space.
 */
export function wordDiff(before: string, after: string, options: WordDiffOptions = {}): DiffPart[] {
  if (before === after) return before === "" ? [] : [part("equal", before, 0, 0)];
  const changes = diffWordsWithSpace(before, after, {
    maxEditLength: options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const runs = changes ? mergeChangeRuns(absorbLoneSpaces(changes)) : wholeReplacement(before, after);
  return withOffsets(mergeChangeRuns(releaseSharedSpaces(runs)));
}

type Run = { op: DiffOp; text: string };

function opOf(change: Change): DiffOp {
  return change.added ? "insert" : change.removed ? "delete" : "equal";
}

/**
 * A space kept "equal" between two changes splits one phrase replacement into word-by-word noise
 * ("aprendizado imediato" → "aprendizagem por prompts"); treat it as part of the replacement.
 */
function absorbLoneSpaces(changes: Change[]): Run[] {
  const runs: Run[] = [];
  changes.forEach((change, i) => {
    const op = opOf(change);
    const between = i > 0 && i < changes.length - 1 && opOf(changes[i - 1]) !== "equal" && opOf(changes[i + 1]) !== "equal";
    if (op === "equal" && between && /^[^\S\r\n]+$/.test(change.value)) {
      runs.push({ op: "delete", text: change.value }, { op: "insert", text: change.value });
    } else {
      runs.push({ op, text: change.value });
    }
  });
  return runs;
}

/** Every stretch between two equal runs becomes at most one delete followed by one insert. */
function mergeChangeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted) merged.push({ op: "delete", text: deleted });
    if (inserted) merged.push({ op: "insert", text: inserted });
    deleted = inserted = "";
  };
  for (const run of runs) {
    if (run.op === "delete") deleted += run.text;
    else if (run.op === "insert") inserted += run.text;
    else {
      flush();
      const last = merged[merged.length - 1];
      if (last?.op === "equal") last.text += run.text;
      else merged.push({ ...run });
    }
  }
  flush();
  return merged;
}

/** Whitespace that opens or closes both sides of a replacement did not change: give it back to the equal text. */
function releaseSharedSpaces(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const deleted = runs[i];
    const inserted = runs[i + 1];
    if (deleted.op !== "delete" || inserted?.op !== "insert") {
      out.push(deleted);
      continue;
    }
    const lead = sharedSpace(deleted.text, inserted.text, "lead");
    const tail = sharedSpace(deleted.text.slice(lead.length), inserted.text.slice(lead.length), "tail");
    const cut = (text: string) => text.slice(lead.length, text.length - tail.length);
    if (lead) out.push({ op: "equal", text: lead });
    if (cut(deleted.text)) out.push({ op: "delete", text: cut(deleted.text) });
    if (cut(inserted.text)) out.push({ op: "insert", text: cut(inserted.text) });
    if (tail) out.push({ op: "equal", text: tail });
    i++;
  }
  return out;
}

function sharedSpace(a: string, b: string, edge: "lead" | "tail"): string {
  const pattern = edge === "lead" ? /^[^\S\r\n]+/ : /[^\S\r\n]+$/;
  const fromA = a.match(pattern)?.[0] ?? "";
  const fromB = b.match(pattern)?.[0] ?? "";
  // Keep at least one visible character on each side, or the replacement would vanish.
  if (fromA !== fromB || fromA.length === a.length || fromB.length === b.length) return "";
  return fromA;
}

function wholeReplacement(before: string, after: string): Run[] {
  const runs: Run[] = [];
  if (before) runs.push({ op: "delete", text: before });
  if (after) runs.push({ op: "insert", text: after });
  return runs;
}

function part(op: DiffOp, text: string, beforeStart: number, afterStart: number): DiffPart {
  const beforeEnd = op === "insert" ? beforeStart : beforeStart + text.length;
  const afterEnd = op === "delete" ? afterStart : afterStart + text.length;
  return { op, text, beforeStart, beforeEnd, afterStart, afterEnd };
}

function withOffsets(runs: Run[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let beforeAt = 0;
  let afterAt = 0;
  for (const run of runs) {
    const p = part(run.op, run.text, beforeAt, afterAt);
    parts.push(p);
    beforeAt = p.beforeEnd;
    afterAt = p.afterEnd;
  }
  return parts;
}
