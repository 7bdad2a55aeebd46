import { replacedPhrases } from "@/lib/diff/replaced-phrases";
import { hasInnerCapital, isAcronym, isCapitalised, tokenize } from "@/lib/text/tokens";
import { suggestionKey } from "./identity";
import { excerpt, MAX_EVIDENCE_PARAGRAPHS, type MinedSuggestion } from "./suggestion";
import { isFunctionWord, isNameLike, isProperForm, isTermShaped, isWholeWordSpan } from "./term-shape";
import { cleanForm } from "./validate";

/** A paragraph as imported and as a reviewer left it. */
export interface CorrectedParagraph {
  articleId: number;
  position: number;
  machineText: string;
  currentText: string;
}

/** A replacement made this many times is a habit worth a glossary entry even when it is not a name. */
const REPEATED = 2;
/** How far a replacement may grow over shared neighbouring words ("Guangnian" → "Jiazi Guangnian"). */
const MAX_EXTENSION_WORDS = 3;

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

/**
 * Narrows [start, end) of text past leading and trailing function words ("O poder" → "poder"). A capitalised
 * one inside a sentence belongs to a name ("Ali Baba") and stays.
 */
function withoutEdgeFunctionWords(text: string, start: number, end: number): [number, number] | null {
  const tokens = tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  const dropped = (i: number) => isFunctionWord(tokens[i].text) && !isNameLike(tokens[i].text, text.slice(0, tokens[i].start));
  let first = 0;
  let last = tokens.length - 1;
  while (first <= last && dropped(first)) first++;
  while (last >= first && dropped(last)) last--;
  return first > last ? null : [tokens[first].start, tokens[last].end];
}

/** Narrows a replacement past the function words at its edges, on each side; null when nothing else is left. */
function trimmed(r: Replacement): Replacement | null {
  const before = withoutEdgeFunctionWords(r.before, r.beforeStart, r.beforeEnd);
  const after = withoutEdgeFunctionWords(r.after, r.afterStart, r.afterEnd);
  if (!before || !after) return null;
  const [beforeStart, beforeEnd] = before;
  const [afterStart, afterEnd] = after;
  return { ...r, beforeStart, beforeEnd, afterStart, afterEnd, from: r.before.slice(beforeStart, beforeEnd), to: r.after.slice(afterStart, afterEnd) };
}

/**
 * A reviewer who writes "A capacidade" over "O poder" changes the article because the noun changed gender:
 * the nouns are the replacement, and it is grouped by them. The articles stay in the span until the
 * replacement has grown over its shared neighbours ("de nova energia" → "elétricos" grows to "veículos de
 * nova energia" → "veículos elétricos"), and are trimmed after.
 */
function replacementsOf(p: CorrectedParagraph): (Replacement & { key: string })[] {
  if (p.machineText === p.currentText) return [];
  return replacedPhrases(p.machineText, p.currentText).flatMap((phrase) => {
    const raw = { ...phrase, nameLike: false, articleId: p.articleId, position: p.position, before: p.machineText, after: p.currentText };
    const core = trimmed(raw);
    if (!core) return [];
    const fromName = isNameLike(core.from, p.machineText.slice(0, core.beforeStart));
    const toName = isNameLike(core.to, p.currentText.slice(0, core.afterStart));
    // What the reviewer wrote decides: a name put right is an entity, a name turned into common words is not.
    const nameLike = toName || (fromName && isProperForm(core.to));
    return [{ ...raw, nameLike, key: pairKey(core) }];
  });
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

/** The same neighbour in every occurrence, or null. */
function sharedNeighbour(group: Replacement[], side: "left" | "right"): string[] | null {
  const found = group.map((r) => neighbour(r, side));
  const first = found[0];
  return first && found.every((w) => w?.toLowerCase() === first.toLowerCase()) ? (found as string[]) : null;
}

/**
 * A reviewer who writes "necessidade essencial" over "necessidade justa" changes one word, but the term is
 * the pair. Occurrences of one replacement grow over neighbouring words they all share: a capitalised word
 * for names, any content word when the replacement was made more than once (one occurrence cannot tell a
 * term's word from a sentence's). A term crosses a function word only on the way to such a word ("poder" →
 * "poder de computação").
 */
function extend(group: Replacement[]): Replacement[] {
  const nameLike = group.some((r) => r.nameLike);
  const fits = (word: string) =>
    !isFunctionWord(word) && (nameLike ? isCapitalised(word) || isAcronym(word) || hasInnerCapital(word) : group.length >= REPEATED);
  for (const side of ["left", "right"] as const) {
    for (let step = 0; step < MAX_EXTENSION_WORDS; step++) {
      const words = sharedNeighbour(group, side);
      if (!words) break;
      if (fits(words[0])) {
        group = group.map((r, i) => grow(r, side, words[i]));
        continue;
      }
      // "Ernie Bot da Baidu" is a name and its owner, not a longer name.
      if (nameLike || !isFunctionWord(words[0]) || step + 1 >= MAX_EXTENSION_WORDS) break;
      const bridged = group.map((r, i) => grow(r, side, words[i]));
      const next = sharedNeighbour(bridged, side);
      if (!next || !fits(next[0])) break;
      group = bridged.map((r, i) => grow(r, side, next[i]));
      step++;
    }
  }
  return group;
}

function pairKey(r: Replacement): string {
  return `${r.from.toLowerCase()}\u0000${r.to.toLowerCase()}`;
}

/** Same replacement, grouped, grown over shared neighbours, and kept when it has the shape of a term or a name. */
function termReplacements(paragraphs: CorrectedParagraph[]): Replacement[] {
  const pairs = new Map<string, Replacement[]>();
  for (const p of paragraphs) {
    for (const { key, ...r } of replacementsOf(p)) {
      const list = pairs.get(key);
      if (list) list.push(r);
      else pairs.set(key, [r]);
    }
  }
  return [...pairs.values()].flatMap((group) =>
    extend(group)
      .flatMap((r) => trimmed(r) ?? [])
      .filter((r) => isWholeWordSpan(r.before, r.beforeStart, r.beforeEnd) && isWholeWordSpan(r.after, r.afterStart, r.afterEnd))
      .map((r) => ({ ...r, from: cleanForm(r.from), to: cleanForm(r.to) }))
      .filter((r) => isTermShaped(r.from, r.to, { nameLike: r.nameLike })),
  );
}

/**
 * Replacements reviewers made, offered as entries: a name-like replacement at once, typed entity; any other
 * when made at least twice, typed term. Replacements with the same result are one suggestion whose variants
 * are what was replaced.
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
