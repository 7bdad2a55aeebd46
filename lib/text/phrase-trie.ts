import { foldKey, nominalKey } from "@/lib/text/inflection";
import type { Token } from "@/lib/text/tokens";
import { canonical, lowerKey, wordEpoch, wordsOf, type WordForms } from "@/lib/text/words";

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
  /** Whether any edge leaves this node: a walk that reaches a leaf stops without touching its (empty) map. */
  branching: boolean;
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

const newNode = <T>(): Node<T> => ({ children: new Map(), prefixed: [], values: [], branching: false });

const keyCache = new WeakMap<readonly Token[], Map<(word: string) => string, string[]>>();

/** The key of every token, once per token list and key function: several tries walk the same paragraph. */
export function keysOf(tokens: readonly Token[], keyOf: (word: string) => string): string[] {
  let byFunction = keyCache.get(tokens);
  if (!byFunction) keyCache.set(tokens, (byFunction = new Map()));
  let keys = byFunction.get(keyOf);
  if (!keys) byFunction.set(keyOf, (keys = computeKeys(tokens, keyOf)));
  return keys;
}

/** The shared word profile already holds the lemma and folded keys: read them there, one lookup per word for both. */
function computeKeys(tokens: readonly Token[], keyOf: (word: string) => string): string[] {
  const field = keyOf === nominalKey ? "nominal" : keyOf === foldKey ? "folded" : keyOf === lowerKey ? "lower" : null;
  if (field === null) return tokens.map((t) => keyOf(t.text));
  const words = wordsOf(tokens);
  const keys = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) keys[i] = words[i][field];
  return keys;
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = newNode();
  /** Prefix edges of the root, indexed by their first letters: every token is looked up at the root. */
  private readonly rootPrefixes = new Map<string, { prefix: string; node: Node<T> }[]>();
  /** Root prefixes shorter than the index key ("us*"): too short to bucket, few, tried on every distinct word. */
  private readonly shortRootPrefixes: { prefix: string; node: Node<T> }[] = [];
  private static readonly PREFIX_INDEX = 3;
  size = 0;
  private hasPrefixes = false;
  /**
   * Per word (by its id in the shared word profile), the nodes a phrase starting with it enters: the exact edge and
   * the prefix edges it fits, in that order. Most words start nothing; each then costs one array read per paragraph
   * instead of a string-keyed lookup, a slice and a second lookup.
   */
  private startsById: (readonly Node<T>[] | undefined)[] = [];
  private startsEpoch = -1;
  /** The keys of every edge below the root: a word not among them continues no phrase (most words, after a start). */
  private readonly continuations = new Set<string>();
  /** Per word id, whether its key is among `continuations`; emptied with `startsById`. */
  private continuesById: (boolean | undefined)[] = [];

  constructor(private readonly options: PhraseTrieOptions) {}

  /** Adds one phrase; every combination of its words' alternatives leads to `value`. */
  add(words: readonly PhraseWord[], value: T) {
    if (words.length === 0) return;
    this.startsById = [];
    this.continuesById = [];
    let frontier: Node<T>[] = [this.root];
    words.forEach((word, depth) => {
      const next: Node<T>[] = [];
      for (const node of frontier) {
        for (const alternative of word.keys) {
          const key = canonical(alternative);
          if (depth > 0) this.continuations.add(key);
          let child = node.children.get(key);
          if (!child) node.children.set(key, (child = newNode()));
          node.branching = true;
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
    if (!atRoot) node.branching = true;
    const edges = atRoot ? this.rootEdges(prefix) : node.prefixed;
    let edge = edges.find((e) => e.prefix === prefix);
    if (!edge) {
      edge = { prefix, node: newNode() };
      edges.push(edge);
    }
    return edge.node;
  }

  private rootEdges(prefix: string) {
    if (prefix.length < PhraseTrie.PREFIX_INDEX) return this.shortRootPrefixes;
    const bucket = prefix.slice(0, PhraseTrie.PREFIX_INDEX);
    let edges = this.rootPrefixes.get(bucket);
    if (!edges) this.rootPrefixes.set(bucket, (edges = []));
    return edges;
  }

  /** Every phrase that starts at each token, longest first per start; overlapping matches are all reported. */
  findAll(text: string, tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    if (this.size === 0) return matches;
    const keys = keysOf(tokens, this.options.keyOf);
    const folded = this.hasPrefixes ? keysOf(tokens, this.options.prefixOf) : null;
    const words = wordsOf(tokens);
    const walk: Walk<T> = { trie: this, text, tokens, words, keys, folded, joins: this.options.joins, matches, first: 0 };
    if (this.startsEpoch !== wordEpoch()) {
      this.startsById = [];
      this.continuesById = [];
      this.startsEpoch = wordEpoch();
    }
    const startsById = this.startsById;
    // Most tokens start no phrase: they cost one array read and allocate nothing.
    for (let first = 0; first < tokens.length; first++) {
      const id = words[first].id;
      let starts = startsById[id];
      if (starts === undefined) starts = startsById[id] = this.startsFor(keys[first], folded?.[first] ?? "");
      if (starts.length === 0) continue;
      const from = matches.length;
      walk.first = first;
      // Depth first, exact edges before prefix edges: the same matches, in the same order once sorted below, as a
      // walk level by level, without the two frontier arrays per walk that made that walk the costliest part of matching.
      for (let s = 0; s < starts.length; s++) descend(walk, starts[s], first);
      if (matches.length - from > 1) longestFirst(matches, from);
    }
    return matches;
  }

  /** Whether the word at token `i` of a walk is the key of some edge below the root. */
  continues(walk: Walk<T>, i: number): boolean {
    const id = walk.words[i].id;
    let continues = this.continuesById[id];
    if (continues === undefined) continues = this.continuesById[id] = this.continuations.has(walk.keys[i]);
    return continues;
  }

  private startsFor(key: string, folded: string): readonly Node<T>[] {
    const exact = this.root.children.get(key);
    // A short slice of a folded word, the bucket's key: computed once per word, not per occurrence.
    const bucket = this.rootPrefixes.size > 0 ? this.rootPrefixes.get(folded.slice(0, PhraseTrie.PREFIX_INDEX)) : undefined;
    const short = this.shortRootPrefixes;
    if (exact === undefined && bucket === undefined && short.length === 0) return NO_NODES;
    const starts: Node<T>[] = exact === undefined ? [] : [exact];
    if (bucket !== undefined) for (const edge of bucket) if (folded.startsWith(edge.prefix)) starts.push(edge.node);
    for (const edge of short) if (folded.startsWith(edge.prefix)) starts.push(edge.node);
    return starts.length === 0 ? NO_NODES : starts;
  }
}

const NO_NODES: readonly never[] = [];

interface Walk<T> {
  trie: PhraseTrie<T>;
  text: string;
  tokens: readonly Token[];
  words: readonly WordForms[];
  keys: readonly string[];
  folded: readonly string[] | null;
  joins: PhraseTrieOptions["joins"];
  matches: PhraseMatch<T>[];
  first: number;
}

/** Records the phrases ending at token `i` in `node`, then follows the next token's edges. */
function descend<T>(walk: Walk<T>, node: Node<T>, i: number) {
  const { values } = node;
  for (let v = 0; v < values.length; v++) walk.matches.push({ first: walk.first, last: i, value: values[v] });
  const next = i + 1;
  const { tokens } = walk;
  if (next >= tokens.length) return;
  if (!node.branching) return;
  const { prefixed } = node;
  const child = walk.trie.continues(walk, next) ? node.children.get(walk.keys[next]) : undefined;
  if (child === undefined && prefixed.length === 0) return;
  if (!walk.joins(walk.text, tokens[i].end, tokens[next].start)) return;
  if (child !== undefined) descend(walk, child, next);
  if (prefixed.length > 0) {
    const word = walk.folded![next];
    for (let e = 0; e < prefixed.length; e++) if (word.startsWith(prefixed[e].prefix)) descend(walk, prefixed[e].node, next);
  }
}

/** Sorts matches[from…] by decreasing end, keeping the order of equal ends (they were pushed shortest first). */
function longestFirst<T>(matches: PhraseMatch<T>[], from: number) {
  const tail = matches.slice(from).sort((a, b) => b.last - a.last);
  for (let i = 0; i < tail.length; i++) matches[from + i] = tail[i];
}
