import { wordDiff, type DiffOp } from "@/lib/diff/word-diff";
import type { Correction } from "./corrected-as";
import type { Occurrence } from "./phrase";

/** One hit as the excerpt needs it. */
export interface ExcerptSource {
  machineText: string;
  currentText: string;
  inMachine: Occurrence[];
  inCurrent: Occurrence[];
  correction: Correction | null;
}

/** Characters of context on each side of the phrase: a sentence or so, as a translation memory shows. */
const CONTEXT = 160;

export interface MarkedSegment {
  text: string;
  op: DiffOp;
  /** Inside the looked-up phrase (machine side) or what stands in its place (current side). */
  marked: boolean;
}

export interface ExcerptPair {
  machine: MarkedSegment[];
  current: MarkedSegment[];
  /** Text was cut before or after the excerpt. */
  cutBefore: boolean;
  cutAfter: boolean;
}

interface Window {
  from: number;
  to: number;
}

function around(text: string, start: number, end: number): Window {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  // Cut at a space, not inside a word.
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = Math.max(end, text.lastIndexOf(" ", to));
  return { from, to };
}

function split(text: string, op: DiffOp, offset: number, mark: Window | null, into: MarkedSegment[]) {
  const cuts = mark ? [mark.from - offset, mark.to - offset].filter((c) => c > 0 && c < text.length) : [];
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(at, cut);
    if (piece) into.push({ text: piece, op, marked: mark !== null && offset + at >= mark.from && offset + at < mark.to });
    at = cut;
  }
}

/** The phrase's surroundings in both texts, word-diffed, with the phrase and its correction marked. */
export function excerptPair(hit: ExcerptSource): ExcerptPair {
  const occurrence = hit.inMachine[0] ?? null;
  const currentMark = hit.correction ? { from: hit.correction.currentStart, to: hit.correction.currentEnd } : hit.inCurrent[0] ? { from: hit.inCurrent[0].start, to: hit.inCurrent[0].end } : null;
  const machineMark = occurrence ? { from: occurrence.start, to: occurrence.end } : null;
  const anchorMachine = machineMark ?? { from: Math.min(currentMark?.from ?? 0, hit.machineText.length), to: Math.min(currentMark?.to ?? 0, hit.machineText.length) };
  const anchorCurrent = currentMark ?? anchorMachine;
  const m = around(hit.machineText, anchorMachine.from, anchorMachine.to);
  const c = around(hit.currentText, anchorCurrent.from, anchorCurrent.to);
  const parts = wordDiff(hit.machineText.slice(m.from, m.to), hit.currentText.slice(c.from, c.to));
  const machine: MarkedSegment[] = [];
  const current: MarkedSegment[] = [];
  for (const p of parts) {
    if (p.op !== "insert") split(p.text, p.op, m.from + p.beforeStart, machineMark, machine);
    if (p.op !== "delete") split(p.text, p.op, c.from + p.afterStart, currentMark, current);
  }
  return { machine, current, cutBefore: m.from > 0 || c.from > 0, cutAfter: m.to < hit.machineText.length || c.to < hit.currentText.length };
}
