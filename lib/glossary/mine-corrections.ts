import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/checks/data/portuguese-function-words";
import { replacedPhrases } from "@/lib/diff/replaced-phrases";
import { hasInnerCapital, isAcronym, isCapitalised, tokenize } from "@/lib/text/tokens";
import { suggestionKey } from "./identity";
import { excerpt, MAX_EVIDENCE_PARAGRAPHS, type MinedSuggestion } from "./suggestion";
import { cleanForm } from "./validate";

/** A paragraph as imported and as a reviewer left it. */
export interface CorrectedParagraph {
  articleId: number;
  position: number;
  machineText: string;
  currentText: string;
}

/** Longer replacements are rewrites of a sentence, not a term. */
const MAX_PHRASE_WORDS = 5;
/** A replacement made this many times is a habit worth a glossary entry even when it is not a name. */
const REPEATED = 2;

interface Replacement {
  from: string;
  to: string;
  nameLike: boolean;
  articleId: number;
  position: number;
  before: string;
  after: string;
  beforeStart: number;
  beforeEnd: number;
  afterStart: number;
  afterEnd: number;
}

/** How far a replacement may grow over shared neighbouring words ("Guangnian" → "Jiazi Guangnian"). */
const MAX_EXTENSION_WORDS = 3;

const SENTENCE_END = /[.!?…:;"“”«»]\s*$/;

/** A capital that is not just the start of a sentence, an acronym, or brand casing ("iFlytek"). */
function isNameLike(phrase: string, textBefore: string): boolean {
  const sentenceStart = textBefore.trim() === "" || SENTENCE_END.test(textBefore);
  return tokenize(phrase).some((t, i) => isAcronym(t.text) || hasInnerCapital(t.text) || (isCapitalised(t.text) && (i > 0 || !sentenceStart)));
}

function contentWords(phrase: string): string[] {
  return tokenize(phrase)
    .map((t) => t.text)
    .filter((w) => !PORTUGUESE_FUNCTION_WORDS.has(w.toLowerCase()) && !/^\p{N}+$/u.test(w));
}

/** Is this replacement the kind a glossary remembers (a term or a name), not a typo or grammar fix? */
function isTermReplacement(from: string, to: string): boolean {
  const fromWords = tokenize(from).length;
  const toWords = tokenize(to).length;
  if (fromWords === 0 || toWords === 0 || fromWords > MAX_PHRASE_WORDS || toWords > MAX_PHRASE_WORDS) return false;
  if (from.toLowerCase() === to.toLowerCase()) return false;
  return contentWords(from).length > 0 && contentWords(to).length > 0;
}

function replacementsOf(p: CorrectedParagraph): Replacement[] {
  if (p.machineText === p.currentText) return [];
  return replacedPhrases(p.machineText, p.currentText).map((r) => ({
    from: r.from,
    to: r.to,
    nameLike: isNameLike(r.from, p.machineText.slice(0, r.beforeStart)) || isNameLike(r.to, p.currentText.slice(0, r.afterStart)),
    articleId: p.articleId,
    position: p.position,
    before: p.machineText,
    after: p.currentText,
    beforeStart: r.beforeStart,
    beforeEnd: r.beforeEnd,
    afterStart: r.afterStart,
    afterEnd: r.afterEnd,
  }));
}

/** The word right before (or after) a replacement when both versions share it, joined by one space. */
function neighbour(r: Replacement, side: "left" | "right"): string | null {
  if (side === "left") {
    const m = /(?<![\p{L}\p{M}\p{N}-])([\p{L}\p{N}][\p{L}\p{M}\p{N}-]*) $/u.exec(r.before.slice(0, r.beforeStart));
    return m && r.after.slice(0, r.afterStart).endsWith(m[0]) ? m[1] : null;
  }
  const m = /^ ([\p{L}\p{N}][\p{L}\p{M}\p{N}-]*)(?![\p{L}\p{M}\p{N}-])/u.exec(r.before.slice(r.beforeEnd));
  return m && r.after.slice(r.afterEnd).startsWith(m[0]) ? m[1] : null;
}

function grow(r: Replacement, side: "left" | "right", word: string): Replacement {
  const n = word.length + 1;
  const grown =
    side === "left"
      ? { ...r, beforeStart: r.beforeStart - n, afterStart: r.afterStart - n }
      : { ...r, beforeEnd: r.beforeEnd + n, afterEnd: r.afterEnd + n };
  return { ...grown, from: grown.before.slice(grown.beforeStart, grown.beforeEnd), to: grown.after.slice(grown.afterStart, grown.afterEnd) };
}

/**
 * A reviewer who writes "necessidade essencial" over "necessidade justa" changes one word, but the term is
 * the pair. Occurrences of one replacement grow over a neighbouring word they all share: a capitalised word
 * for names, any content word when the replacement was made more than once (one occurrence cannot tell a
 * term's word from a sentence's).
 */
function extend(group: Replacement[]): Replacement[] {
  const nameLike = group.some((r) => r.nameLike);
  for (const side of ["left", "right"] as const) {
    for (let step = 0; step < MAX_EXTENSION_WORDS; step++) {
      const words = group.map((r) => neighbour(r, side));
      const word = words[0];
      if (!word || words.some((w) => w?.toLowerCase() !== word.toLowerCase())) break;
      const contentWord = !PORTUGUESE_FUNCTION_WORDS.has(word.toLowerCase());
      const fits = contentWord && (nameLike ? isCapitalised(word) || isAcronym(word) || hasInnerCapital(word) : group.length >= REPEATED);
      if (!fits) break;
      group = group.map((r, i) => grow(r, side, words[i]!));
    }
  }
  return group;
}

function pairKey(r: Replacement): string {
  return `${r.from.toLowerCase()}\u0000${r.to.toLowerCase()}`;
}

/** Same replacement, grouped, grown over shared neighbours, and kept when it looks like a term or a name. */
function termReplacements(paragraphs: CorrectedParagraph[]): Replacement[] {
  const pairs = new Map<string, Replacement[]>();
  for (const p of paragraphs) {
    for (const r of replacementsOf(p)) {
      const list = pairs.get(pairKey(r));
      if (list) list.push(r);
      else pairs.set(pairKey(r), [r]);
    }
  }
  return [...pairs.values()].flatMap((group) =>
    extend(group)
      .map((r) => ({ ...r, from: cleanForm(r.from), to: cleanForm(r.to) }))
      .filter((r) => isTermReplacement(r.from, r.to)),
  );
}

/**
 * Replacements reviewers made, offered as entries: a name-like replacement at once, any other when made
 * at least twice. Replacements with the same result are one suggestion whose variants are what was replaced.
 */
export function mineCorrections(paragraphs: CorrectedParagraph[]): MinedSuggestion[] {
  const byTarget = new Map<string, Replacement[]>();
  for (const r of termReplacements(paragraphs)) {
    const target = r.to.toLowerCase();
    const list = byTarget.get(target);
    if (list) list.push(r);
    else byTarget.set(target, [r]);
  }
  const suggestions: MinedSuggestion[] = [];
  for (const list of byTarget.values()) {
    const nameLike = list.some((r) => r.nameLike);
    const counts = new Map<string, number>();
    for (const r of list) counts.set(r.from, (counts.get(r.from) ?? 0) + 1);
    const variants = [...counts.entries()].filter(([, n]) => nameLike || n >= REPEATED).map(([from]) => from);
    if (variants.length === 0) continue;
    const kept = list.filter((r) => variants.includes(r.from));
    const preferred = mostFrequent(kept.map((r) => r.to));
    suggestions.push({
      key: suggestionKey(preferred, variants),
      preferred,
      variants,
      type: nameLike ? "entity" : "term",
      origin: "corrections",
      evidence: {
        count: kept.length,
        forms: Object.fromEntries(variants.map((v) => [v, counts.get(v)!])),
        paragraphs: kept.slice(0, MAX_EVIDENCE_PARAGRAPHS).map((r) => ({ articleId: r.articleId, position: r.position, excerpt: excerpt(r.after, r.afterStart, r.afterEnd) })),
      },
    });
  }
  return suggestions.sort((a, b) => b.evidence.count - a.evidence.count || a.preferred.localeCompare(b.preferred));
}

function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
