import { loadModule, type HunspellFactory } from "hunspell-asm";
import type { Locale, Speller } from "@/lib/checks/types";

/**
 * Hunspell compiled to WASM: nspell never finishes expanding the Portuguese affix files.
 * dictionary-pt is VERO (pt-BR only); dictionary-pt-pt follows the 1990 agreement for pt-PT.
 */
let factory: Promise<HunspellFactory> | null = null;
const spellers = new Map<Locale, Promise<Speller>>();

async function loadDictionary(locale: Locale): Promise<{ aff: Uint8Array; dic: Uint8Array }> {
  const module = locale === "pt-PT" ? await import("dictionary-pt-pt") : await import("dictionary-pt");
  return module.default;
}

async function createSpeller(locale: Locale): Promise<Speller> {
  factory ??= loadModule();
  const [hunspellFactory, dictionary] = await Promise.all([factory, loadDictionary(locale)]);
  const name = locale.replace("-", "_");
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
        verdicts.set(word, verdict);
      }
      return verdict;
    },
    suggest(word) {
      let list = suggestions.get(word);
      if (list === undefined) {
        list = hunspell.suggest(word);
        suggestions.set(word, list);
      }
      return list;
    },
  };
}

/** One speller per locale per process; concurrent callers share the same promise. */
export function loadSpeller(locale: Locale): Promise<Speller> {
  let speller = spellers.get(locale);
  if (!speller) {
    speller = createSpeller(locale);
    spellers.set(locale, speller);
  }
  return speller;
}
