import { matchCase } from "@/lib/text/case";
import { agreeWith, nominalKey, numberLike, stripAccents } from "@/lib/text/inflection";
import { tokensOf, type Token } from "@/lib/text/tokens";
import lexicon from "./data/calques.json";
import { makeFlag } from "./flag";
import type { Check, Flag, Severity } from "./types";

interface CalqueEntry {
  term: string;
  zh: string;
  meaning: string;
  suggestions: string[];
  suggestionsBR?: string[];
  severity: Severity;
  context?: string[];
}

/** One position of a term: nominal keys ("amigos" ~ "amiga") or prefixes for verb forms ("atravess*"). */
interface Slot {
  keys: Set<string>;
  prefixes: string[];
}

interface Pattern {
  entry: CalqueEntry;
  slots: Slot[];
  context: Set<string> | null;
}

const prefixKeys = new Map<string, string>();

/** Lower case without accents, memoised: NFD normalisation is the costliest step per word. */
function prefixKey(word: string): string {
  let key = prefixKeys.get(word);
  if (key === undefined) {
    key = stripAccents(word.toLowerCase());
    if (prefixKeys.size > 100_000) prefixKeys.clear();
    prefixKeys.set(word, key);
  }
  return key;
}

function compileSlot(position: string): Slot {
  const slot: Slot = { keys: new Set(), prefixes: [] };
  for (const alternative of position.split("|")) {
    if (alternative.endsWith("*")) slot.prefixes.push(prefixKey(alternative.slice(0, -1)));
    else slot.keys.add(nominalKey(alternative));
  }
  return slot;
}

function slotMatches(slot: Slot, token: Token): boolean {
  if (slot.keys.has(nominalKey(token.text))) return true;
  if (slot.prefixes.length === 0) return false;
  const word = prefixKey(token.text);
  return slot.prefixes.some((prefix) => word.startsWith(prefix));
}

const PATTERNS: Pattern[] = (lexicon.entries as CalqueEntry[]).map((entry) => ({
  entry,
  slots: entry.term.split(" ").map(compileSlot),
  context: entry.context ? new Set(entry.context.map(nominalKey)) : null,
}));

/** Patterns indexed by the key of their first word, and by the first letters of their first-word prefixes. */
const BY_KEY = new Map<string, Pattern[]>();
const BY_PREFIX = new Map<string, Pattern[]>();
const PREFIX_INDEX_LENGTH = 3;
function addTo(index: Map<string, Pattern[]>, key: string, pattern: Pattern) {
  const list = index.get(key);
  if (list) list.push(pattern);
  else index.set(key, [pattern]);
}
for (const pattern of PATTERNS) {
  for (const key of pattern.slots[0].keys) addTo(BY_KEY, key, pattern);
  for (const prefix of pattern.slots[0].prefixes) addTo(BY_PREFIX, prefix.slice(0, PREFIX_INDEX_LENGTH), pattern);
}

function candidates(token: Token): Pattern[] {
  const byKey = BY_KEY.get(nominalKey(token.text)) ?? [];
  const byPrefix = BY_PREFIX.get(prefixKey(token.text).slice(0, PREFIX_INDEX_LENGTH)) ?? [];
  return byPrefix.length === 0 ? byKey : [...byKey, ...byPrefix];
}

/** Fills "{n}" with the n-th matched word, "{n:nome}" with nome in its number, "{n=adjetivo}" agreeing in number and gender. */
function fillSuggestion(template: string, matched: Token[]): string {
  return template.replace(/\{(\d)(?:([:=])([^}]+))?\}/g, (_, n: string, mode?: string, word?: string) => {
    const model = matched[Number(n) - 1]?.text ?? "";
    if (word === undefined) return model;
    return mode === "=" ? agreeWith(word, model) : numberLike(word, model);
  });
}

/** Words of one term may be separated by spaces, quotes and commas, never by a sentence or clause end. */
const CLAUSE_BREAK = /[.!?;:()]/;

function matchAt(pattern: Pattern, tokens: Token[], first: number, text: string): number | null {
  const { slots } = pattern;
  if (first + slots.length > tokens.length) return null;
  for (let i = 1; i < slots.length; i++) {
    const previous = tokens[first + i - 1];
    const token = tokens[first + i];
    if (CLAUSE_BREAK.test(text.slice(previous.end, token.start)) || !slotMatches(slots[i], token)) return null;
  }
  return first + slots.length - 1;
}

export const calque: Check = {
  id: "calque",
  title: "Calque from Chinese",
  description:
    "Chinese expressions translated word for word (刚需 \"necessidade justa\", 朋友圈 \"círculo de amigos\", 赛道 \"pista de corrida\", 落地 \"desembarque\"), from a lexicon shipped in lib/checks/data/calques.json and matched whatever the inflection.",
  category: "Accuracy",
  defaultSeverity: "major",
  examples: {
    bad: [
      { text: "Para algumas empresas, o modelo em grande escala é uma necessidade justa." },
      { text: "Os dois investidores discutiram no círculo de amigos sobre isso." },
      { text: "A plataforma quer empoderar a indústria com dados." },
      { text: "Essa instabilidade é fatal no estágio de desembarque de produtos." },
    ],
    good: [
      { text: "Para algumas empresas, o modelo em grande escala é uma necessidade essencial." },
      { text: "A pista de corrida do Estoril recebeu o Grande Prémio e os jogadores do Benfica treinaram." },
      { text: "A divulgação científica é uma decisão justa." },
    ],
  },
  run(paragraph, context) {
    if (paragraph.kind === "boilerplate") return [];
    const text = paragraph.text;
    const tokens = tokensOf(paragraph);
    let paragraphKeys: Set<string> | null = null;
    const flags: Flag[] = [];
    let coveredUntil = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].start < coveredUntil) continue;
      for (const pattern of candidates(tokens[i])) {
        if (!slotMatches(pattern.slots[0], tokens[i])) continue;
        const last = matchAt(pattern, tokens, i, text);
        if (last === null) continue;
        if (pattern.context) {
          paragraphKeys ??= new Set(tokens.map((token) => nominalKey(token.text)));
          if (![...pattern.context].some((key) => paragraphKeys!.has(key))) continue;
        }
        const { entry } = pattern;
        const suggestions = (context.locale === "pt-BR" && entry.suggestionsBR) || entry.suggestions;
        const start = tokens[i].start;
        const end = tokens[last].end;
        flags.push(
          makeFlag(
            calque,
            text,
            start,
            end,
            `Decalque do chinês ${entry.zh}: ${entry.meaning}.`,
            suggestions.map((s) => matchCase(tokens[i].text, fillSuggestion(s, tokens.slice(i, last + 1)))),
            entry.severity,
          ),
        );
        coveredUntil = end;
        break;
      }
    }
    return flags;
  },
};
