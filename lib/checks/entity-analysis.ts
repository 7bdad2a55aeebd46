import type { CheckContext } from "@/lib/checks/types";
import { ENGLISH_WORDS } from "@/lib/lang/pt/english-words";
import { glossOf } from "@/lib/lang/pt/name-glosses";
import { NAME_CONNECTORS } from "@/lib/lang/pt/org-words";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/lang/pt/portuguese-function-words";
import { isAcronym, tokenize } from "@/lib/text/tokens";
import type { NameSpan } from "@/lib/text/names";

/** A distinct written form of a name and what it means, as a bag of concepts. */
export interface NameForm {
  key: string;
  text: string;
  count: number;
  firstSeen: number;
  /** Words no gloss explains ("jiazi", "zhiyuan"): two forms of one entity must share exactly these. */
  strong: Set<string>;
  /** Glossed common words ("light", "year", "research"). */
  weak: Set<string>;
}

export interface EntityAnalysis {
  /** Normalised form key → the group's most used forms, for forms that are a minority (or tied) spelling. */
  preferredFor: Map<string, { forms: string[]; tied: boolean }>;
  /** Concept-bag key → the preferred form, for names made only of common words ("Light Years Away"). */
  phraseNames: Map<string, string>;
}

export function formKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ");
}

export function conceptKey(concepts: Iterable<string>): string {
  return [...concepts].sort().join(" ");
}

function describe(span: NameSpan): Pick<NameForm, "strong" | "weak"> | null {
  const strong = new Set<string>();
  const weak = new Set<string>();
  let words = 0;
  for (const token of tokenize(span.text)) {
    const lower = token.text.toLowerCase();
    if (NAME_CONNECTORS.has(lower) || lower === "com") continue;
    words++;
    const gloss = glossOf(lower);
    if (gloss) for (const g of gloss) weak.add(g);
    else if (ENGLISH_WORDS.has(lower) || PORTUGUESE_FUNCTION_WORDS.has(lower)) weak.add(lower);
    else strong.add(isAcronym(token.text) ? token.text : lower);
  }
  if (words < 2) return null;
  if (strong.size === 0 && weak.size < 2) return null;
  return { strong, weak };
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function missing(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (!b.has(x)) n++;
  return n;
}

/**
 * Two forms name one entity when they share their unexplained words and their common words are the same,
 * translated ("Research Institute" / "Instituto de Pesquisa") or with one word swapped ("Away" / "Beyond").
 */
export function sameEntity(a: NameForm, b: NameForm): boolean {
  if (!sameSet(a.strong, b.strong)) return false;
  const onlyA = missing(a.weak, b.weak);
  const onlyB = missing(b.weak, a.weak);
  if (onlyA !== onlyB || onlyA > 1) return false;
  // A swapped word only marks a translation slip in names made of common words ("Light Years Away" / "Beyond"):
  // "Bison Capital" and "Bison Bank" are a parent and its bank.
  if (onlyA === 1 && a.strong.size > 0) return false;
  const shared = a.weak.size - onlyA;
  return a.strong.size > 0 || shared >= 2;
}

/**
 * One name written with and without its spaces or hyphens ("NovaPay" / "Nova Pay", "Mini Max" / "MiniMax"):
 * the same letters, so the same entity, whatever the words mean.
 */
function spacingVariants(context: CheckContext): NameForm[][] {
  const byLetters = new Map<string, Map<string, NameForm>>();
  context.names.forEach((span, i) => {
    const letters = span.text.toLowerCase().replace(/[\s\-‑.]+/g, "");
    // Only forms that can differ by spacing: several words, or one word with an inner capital ("NovaPay").
    if (letters.length < 5 || !(/[\s\-‑]/.test(span.text) || /.\p{Lu}/u.test(span.text))) return;
    const key = formKey(span.text);
    let forms = byLetters.get(letters);
    if (!forms) byLetters.set(letters, (forms = new Map()));
    const form = forms.get(key);
    if (form) form.count++;
    else forms.set(key, { key, text: span.text, count: 1, firstSeen: i, strong: new Set(), weak: new Set() });
  });
  return [...byLetters.values()].filter((forms) => forms.size > 1).map((forms) => [...forms.values()]);
}

const cache = new WeakMap<CheckContext, EntityAnalysis>();

/** Groups the article's name spans into entities, once per article. */
export function analyseEntities(context: CheckContext): EntityAnalysis {
  const cached = cache.get(context);
  if (cached) return cached;
  const forms = new Map<string, NameForm>();
  context.names.forEach((span, i) => {
    const key = formKey(span.text);
    const form = forms.get(key);
    if (form) {
      form.count++;
      return;
    }
    const bag = describe(span);
    if (bag) forms.set(key, { key, text: span.text, count: 1, firstSeen: i, ...bag });
  });

  const list = [...forms.values()];
  const parent = new Map(list.map((f) => [f.key, f.key]));
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  // Only forms sharing a word can be the same entity: index by word to avoid comparing every pair.
  const byWord = new Map<string, NameForm[]>();
  for (const form of list) {
    for (const w of [...form.strong, ...form.weak]) {
      const bucket = byWord.get(w);
      if (bucket) {
        for (const other of bucket) if (find(other.key) !== find(form.key) && sameEntity(form, other)) parent.set(find(form.key), find(other.key));
        bucket.push(form);
      } else byWord.set(w, [form]);
    }
  }

  const groups = new Map<string, NameForm[]>();
  for (const form of list) {
    const root = find(form.key);
    const group = groups.get(root);
    if (group) group.push(form);
    else groups.set(root, [form]);
  }
  for (const group of spacingVariants(context)) groups.set(`spacing:${group[0].key}`, group);

  const preferredFor = new Map<string, { forms: string[]; tied: boolean }>();
  const phraseNames = new Map<string, string>();
  for (const group of groups.values()) {
    group.sort((a, b) => b.count - a.count || a.firstSeen - b.firstSeen);
    const top = group.filter((f) => f.count === group[0].count);
    if (group.length > 1) {
      for (const form of group) {
        const others = top.filter((t) => t !== form).map((t) => t.text);
        if (others.length > 0) preferredFor.set(form.key, { forms: others, tied: form.count === group[0].count });
      }
    }
    for (const form of group) {
      if (form.strong.size === 0 && form.weak.size >= 2) phraseNames.set(conceptKey(form.weak), group[0].text);
    }
  }
  const analysis = { preferredFor, phraseNames };
  cache.set(context, analysis);
  return analysis;
}
