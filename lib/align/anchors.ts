import { portugueseFigures } from "./pt-numbers";
import { chineseFigures } from "./zh-numbers";

/**
 * What a paragraph and its translation share whatever the language: figures (万 and 亿 converted), Latin names
 * written alike on both sides, and question or exclamation marks. Each anchor is a string key; a bead whose
 * sides hold the same keys is likely a true pair.
 */
export type Anchors = Map<string, number>;

const LATIN_NAME = /(?<![\p{L}\d])[A-Za-z][A-Za-z0-9.+&-]*[A-Za-z0-9+]|(?<![\p{L}\d])[A-Z](?![\p{L}\d])/gu;
const QUESTION = /[?？]/g;
const EXCLAMATION = /[!！]/g;

function add(anchors: Anchors, key: string) {
  anchors.set(key, (anchors.get(key) ?? 0) + 1);
}

function figureKey(value: number, percent: boolean): string {
  return `${percent ? "%" : "#"}${Number(value.toPrecision(4))}`;
}

function punctuation(anchors: Anchors, text: string) {
  for (const _ of text.matchAll(QUESTION)) add(anchors, "?");
  for (const _ of text.matchAll(EXCLAMATION)) add(anchors, "!");
}

export function sourceAnchors(text: string): Anchors {
  const anchors: Anchors = new Map();
  for (const figure of chineseFigures(text)) if (!figure.month) add(anchors, figureKey(figure.value, figure.percent));
  for (const match of text.matchAll(LATIN_NAME)) add(anchors, `@${match[0].toLowerCase()}`);
  punctuation(anchors, text);
  return anchors;
}

/** The target's anchors, keeping only Latin words the source side could hold (the source's Latin names). */
export function targetAnchors(text: string, brazilian: boolean, latinNames: ReadonlySet<string>): Anchors {
  const anchors: Anchors = new Map();
  for (const figure of portugueseFigures(text, brazilian)) if (!figure.spelled) add(anchors, figureKey(figure.value, figure.percent));
  for (const match of text.matchAll(LATIN_NAME)) {
    const key = `@${match[0].toLowerCase()}`;
    if (latinNames.has(key)) add(anchors, key);
  }
  punctuation(anchors, text);
  return anchors;
}

export function mergeAnchors(list: Anchors[]): Anchors {
  const merged: Anchors = new Map();
  for (const anchors of list) for (const [key, count] of anchors) merged.set(key, (merged.get(key) ?? 0) + count);
  return merged;
}

/** Anchors found on both sides, and those found on one side only. */
export function compareAnchors(a: Anchors, b: Anchors): { shared: number; unmatched: number } {
  let shared = 0;
  let unmatched = 0;
  for (const [key, count] of a) {
    const other = b.get(key) ?? 0;
    shared += Math.min(count, other);
    unmatched += Math.abs(count - other);
  }
  for (const [key, count] of b) if (!a.has(key)) unmatched += count;
  return { shared, unmatched };
}
