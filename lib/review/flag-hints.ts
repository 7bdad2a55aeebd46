/** What a reviewer should check, and where, for a flag that comes without a suggested fix. */
export interface FlagHint {
  check: string;
  /** Where to look, when Lapidar has a page for it. */
  glossary: boolean;
}

const NAME = "No suggestion: check the entity's official name on its own website (the About or press page) or in the glossary, then edit the text.";

const HINTS: Record<string, FlagHint> = {
  "pinyin-name": { check: `${NAME} Chinese companies and people usually have an established Latin-script name; keep the pinyin only if that is the official one.`, glossary: true },
  "hybrid-name": { check: NAME, glossary: true },
  "literal-name": { check: `${NAME} A name translated word by word is rarely the one the entity uses.`, glossary: true },
  "known-entity": { check: NAME, glossary: true },
  "entity-spellings": { check: "No suggestion: find the entity's official spelling on its own website or in the glossary, and use it everywhere in the article.", glossary: true },
  "concept-renderings": { check: "No suggestion: pick one rendering of the concept (the glossary may already have one) and use it throughout.", glossary: true },
  "english-left": {
    check: "No suggestion: look for the Portuguese term in the glossary or in Portuguese reporting on the subject. Keep the English only if it is a name, a brand or an accepted loanword (then consider italics).",
    glossary: true,
  },
  "foreign-left": { check: "No suggestion: translate the passage from the source article, or remove it if it is not part of the text.", glossary: false },
  "quoted-jargon": { check: "No suggestion: check what the quoted term means in the source article and use the usual Portuguese term; the glossary may have it.", glossary: true },
  calque: { check: "No suggestion: compare with the source sentence and rephrase as a Portuguese writer would; the glossary lists known calques.", glossary: true },
  glossary: { check: "No suggestion: open the glossary entry for the preferred form.", glossary: true },
  "cjk-residue": { check: "No suggestion: translate the Chinese text from the source article, or replace full-width punctuation with the Portuguese mark.", glossary: false },
  "numbers-currency": { check: "No suggestion: check the figure and its unit against the source article (10 000 = 1 万; 1 亿 = 100 milhões).", glossary: false },
  "site-boilerplate": { check: "No suggestion: if this is the website's menu or footer, set the paragraph's kind to boilerplate; it is then left out of the export.", glossary: false },
  "markup-residue": { check: "No suggestion: remove the leftover markup, keeping the words it wrapped.", glossary: false },
  "typo-mojibake": { check: "No suggestion: copy the passage again from the source article; the characters were decoded with the wrong encoding.", glossary: false },
};

const FALLBACK: FlagHint = { check: "No suggestion: read the sentence against the source article and edit the text if it is wrong; otherwise mark it as not an error.", glossary: false };

export function flagHint(check: string): FlagHint {
  return HINTS[check] ?? FALLBACK;
}
