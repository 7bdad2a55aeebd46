/** What a reviewer should check, and where, for a flag that comes without a suggested fix. */
export interface FlagHint {
  /** The sentences to read, in order: keys of `workspace.hint` in the interface catalogue. */
  parts: HintPart[];
  /** Where to look, when Lapidar has a page for it. */
  glossary: boolean;
}

export type HintPart =
  | "name"
  | "pinyin"
  | "literal"
  | "entitySpellings"
  | "conceptRenderings"
  | "englishLeft"
  | "foreignLeft"
  | "quotedJargon"
  | "calque"
  | "glossary"
  | "cjkResidue"
  | "numbersCurrency"
  | "siteBoilerplate"
  | "markupResidue"
  | "typoMojibake"
  | "fallback";

const HINTS: Record<string, FlagHint> = {
  "pinyin-name": { parts: ["name", "pinyin"], glossary: true },
  "hybrid-name": { parts: ["name"], glossary: true },
  "literal-name": { parts: ["name", "literal"], glossary: true },
  "known-entity": { parts: ["name"], glossary: true },
  "entity-spellings": { parts: ["entitySpellings"], glossary: true },
  "concept-renderings": { parts: ["conceptRenderings"], glossary: true },
  "english-left": { parts: ["englishLeft"], glossary: true },
  "foreign-left": { parts: ["foreignLeft"], glossary: false },
  "quoted-jargon": { parts: ["quotedJargon"], glossary: true },
  calque: { parts: ["calque"], glossary: true },
  glossary: { parts: ["glossary"], glossary: true },
  "cjk-residue": { parts: ["cjkResidue"], glossary: false },
  "numbers-currency": { parts: ["numbersCurrency"], glossary: false },
  "site-boilerplate": { parts: ["siteBoilerplate"], glossary: false },
  "markup-residue": { parts: ["markupResidue"], glossary: false },
  "typo-mojibake": { parts: ["typoMojibake"], glossary: false },
};

const FALLBACK: FlagHint = { parts: ["fallback"], glossary: false };

export function flagHint(check: string): FlagHint {
  return HINTS[check] ?? FALLBACK;
}
