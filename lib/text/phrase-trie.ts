import type { Token } from "@/lib/text/tokens";

/**
 * A trie over the words of many phrases, so that finding every phrase of a lexicon or a glossary in a paragraph
 * costs one walk per token whatever the number of phrases. Words are compared by a key (an inflection-tolerant
 * lemma, or lower case without accents); a word may also be given as a prefix ("empoder*") for verb forms.
 */

export interface PhraseWord {
  keys: readonly string[];
  prefixes: readonly string[];
}

interface Node<T> {
  children: Map<string, Node<T>>;
  prefixed: { prefix: string; node: Node<T> }[];
  values: T[];
}

export interface PhraseMatch<T> {
  /** Token index of the first and last word. */
  first: number;
  last: number;
  value: T;
}

export interface PhraseTrieOptions {
  /** The key a token is looked up by; it must agree with the keys patterns were added with. */
  keyOf(word: string): string;
  /** What prefixes are compared against (lower case, no accents). */
  prefixOf(word: string): string;
  /** Whether the text between two tokens, text[from, to), may lie inside a phrase (a space, a quote; not a full stop). */
  joins(text: string, from: number, to: number): boolean;
}

const newNode = <T>(): Node<T> => ({ children: new Map(), prefixed: [], values: [] });

const keyCache = new WeakMap<readonly Token[], Map<(word: string) => string, string[]>>();

/** The key of every token, once per token list and key function: several tries walk the same paragraph. */
export function keysOf(tokens: readonly Token[], keyOf: (word: string) => string): string[] {
  let byFunction = keyCache.get(tokens);
  if (!byFunction) keyCache.set(tokens, (byFunction = new Map()));
  let keys = byFunction.get(keyOf);
  if (!keys) byFunction.set(keyOf, (keys = tokens.map((t) => keyOf(t.text))));
  return keys;
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = newNode();
  /** Prefix edges of the root, indexed by their first letters: every token is looked up at the root. */
  private readonly rootPrefixes = new Map<string, { prefix: string; node: Node<T> }[]>();
  private static readonly PREFIX_INDEX = 3;
  size = 0;
  private hasPrefixes = false;

  constructor(private readonly options: PhraseTrieOptions) {}

  /** Adds one phrase; every combination of its words' alternatives leads to `value`. */
  add(words: readonly PhraseWord[], value: T) {
    if (words.length === 0) return;
    let frontier: Node<T>[] = [this.root];
    words.forEach((word, depth) => {
      const next: Node<T>[] = [];
      for (const node of frontier) {
        for (const key of word.keys) {
          let child = node.children.get(key);
          if (!child) node.children.set(key, (child = newNode()));
          next.push(child);
        }
        for (const prefix of word.prefixes) next.push(this.prefixChild(node, prefix, depth === 0));
        if (word.prefixes.length > 0) this.hasPrefixes = true;
      }
      frontier = [...new Set(next)];
    });
    for (const node of frontier) node.values.push(value);
    this.size++;
  }

  private prefixChild(node: Node<T>, prefix: string, atRoot: boolean): Node<T> {
    const edges = atRoot ? this.rootEdges(prefix) : node.prefixed;
    let edge = edges.find((e) => e.prefix === prefix);
    if (!edge) {
      edge = { prefix, node: newNode() };
      edges.push(edge);
    }
    return edge.node;
  }

  private rootEdges(prefix: string) {
    const bucket = prefix.slice(0, PhraseTrie.PREFIX_INDEX);
    let edges = this.rootPrefixes.get(bucket);
    if (!edges) this.rootPrefixes.set(bucket, (edges = []));
    return edges;
  }

  /** Every phrase that starts at each token, longest first per start; overlapping matches are all reported. */
  findAll(text: string, tokens: readonly Token[]): PhraseMatch<T>[] {
    if (this.size === 0) return [];
    const keys = keysOf(tokens, this.options.keyOf);
    // Most tokens start no phrase: they cost two map lookups and allocate nothing.
    const folded = this.hasPrefixes ? keysOf(tokens, this.options.prefixOf) : null;
    const bucketed = this.rootPrefixes.size > 0;
    const matches: PhraseMatch<T>[] = [];
    // Two arrays for the whole paragraph, swapped per step: most tokens start a walk of a step or two, and
    // fresh arrays per walk made the garbage collector the costliest part of matching.
    let frontier: Node<T>[] = [];
    let next: Node<T>[] = [];
    for (let first = 0; first < tokens.length; first++) {
      const exact = this.root.children.get(keys[first]);
      // A short slice of a folded word costs less than a third memo lookup per token.
      const bucket = bucketed ? this.rootPrefixes.get(folded![first].slice(0, PhraseTrie.PREFIX_INDEX)) : undefined;
      if (!exact && !bucket) continue;
      frontier.length = 0;
      if (exact) frontier.push(exact);
      if (bucket) for (const edge of bucket) if (folded![first].startsWith(edge.prefix)) frontier.push(edge.node);
      const from = matches.length;
      for (let i = first; frontier.length > 0; ) {
        for (const node of frontier) for (const value of node.values) matches.push({ first, last: i, value });
        i++;
        if (i >= tokens.length || !this.options.joins(text, tokens[i - 1].end, tokens[i].start)) break;
        next.length = 0;
        for (const node of frontier) {
          const child = node.children.get(keys[i]);
          if (child) next.push(child);
          for (const edge of node.prefixed) if (folded![i].startsWith(edge.prefix)) next.push(edge.node);
        }
        const swap = frontier;
        frontier = next;
        next = swap;
      }
      if (matches.length - from > 1) longestFirst(matches, from);
    }
    return matches;
  }
}

/** Sorts matches[from…] by decreasing end, keeping the order of equal ends (they were pushed shortest first). */
function longestFirst<T>(matches: PhraseMatch<T>[], from: number) {
  const tail = matches.slice(from).sort((a, b) => b.last - a.last);
  for (let i = 0; i < tail.length; i++) matches[from + i] = tail[i];
}
