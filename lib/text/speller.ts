import { loadModule, type HunspellFactory } from "hunspell-asm";
import type { Locale } from "@/lib/domain";

/** Loaded once per process (hunspell); checks call it synchronously. */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/**
 * Hunspell compiled to WASM: nspell never finishes expanding the Portuguese affix files.
 * dictionary-pt is VERO (pt-BR only); dictionary-pt-pt follows the 1990 agreement for pt-PT.
 */
let factory: Promise<HunspellFactory> | null = null;
const MAX_CACHED = 200_000;
const spellers = new Map<DictionaryName, Promise<Speller>>();

/** "en" is the English dictionary, used to recognise English left in Portuguese text. */
type DictionaryName = Locale | "en";

async function loadDictionary(name: DictionaryName): Promise<{ aff: Uint8Array; dic: Uint8Array }> {
  const loaded = name === "pt-PT" ? await import("dictionary-pt-pt") : name === "pt-BR" ? await import("dictionary-pt") : await import("dictionary-en");
  return loaded.default;
}

async function createSpeller(dictionaryName: DictionaryName): Promise<Speller> {
  factory ??= loadModule();
  const [hunspellFactory, dictionary] = await Promise.all([factory, loadDictionary(dictionaryName)]);
  const name = dictionaryName.replace("-", "_");
  const hunspell = hunspellFactory.create(
    hunspellFactory.mountBuffer(dictionary.aff, `${name}.aff`),
    hunspellFactory.mountBuffer(dictionary.dic, `${name}.dic`),
  );
  // A long text repeats few distinct words: each is sent to WASM once.
  const verdicts = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  return {
    correct(word) {
      let verdict = verdicts.get(word);
      if (verdict === undefined) {
        verdict = hunspell.spell(word);
        // Bounded: a hostile text of distinct nonsense words must not grow the process without end.
        if (verdicts.size >= MAX_CACHED) verdicts.clear();
        verdicts.set(word, verdict);
      }
      return verdict;
    },
    suggest(word) {
      let list = suggestions.get(word);
      if (list === undefined) {
        list = hunspell.suggest(word);
        if (suggestions.size >= MAX_CACHED / 100) suggestions.clear();
        suggestions.set(word, list);
      }
      return list;
    },
  };
}

/** One speller per locale per process; concurrent callers share the same promise. */
export function loadSpeller(locale: DictionaryName): Promise<Speller> {
  let speller = spellers.get(locale);
  if (!speller) {
    speller = createSpeller(locale);
    spellers.set(locale, speller);
  }
  return speller;
}
