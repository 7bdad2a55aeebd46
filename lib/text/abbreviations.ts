/**
 * Portuguese abbreviations that end in a full stop which does not end the sentence.
 * Lower-case keys, without the final dot.
 */
const ABBREVIATIONS = new Set([
  "sr", "sra", "srs", "sras", "dr", "dra", "drs", "prof", "profa", "profª", "eng", "enga", "arq", "exmo", "exma",
  "etc", "ex", "p", "pp", "pág", "págs", "cf", "vs", "v", "vol", "cap", "art", "arts", "n", "nº", "n.º", "núm",
  "séc", "sec", "aprox", "tel", "fig", "figs", "obs", "ed", "eds", "org", "orgs", "coord", "lda", "ltda", "ltd", "corp",
  "inc", "co", "cia", "plc", "llc", "pte", "pty", "bhd", "jr", "av", "r", "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez",
  "a.c", "d.c", "i.e", "e.g", "p.ex", "s.a", "u.s", "e.u.a", "min", "máx", "mín", "seg", "h", "km", "kg", "cm", "mm",
]);

/** True when `word` (the letters before a dot) is an abbreviation or an initial ("J. Lehman"). */
export function isAbbreviation(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The abbreviation-like token that ends right before `dotIndex` ("n.º", "S.A", "Sr"). */
export function tokenBeforeDot(text: string, dotIndex: number): string {
  let i = dotIndex;
  while (i > 0 && /[\p{L}\p{M}.ºª]/u.test(text[i - 1])) i--;
  return text.slice(i, dotIndex);
}
