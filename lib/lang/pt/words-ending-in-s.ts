/**
 * Singular words and invariable adverbs that end in -s, folded (lower case, no accents): the plural rules must not
 * strip their "s", or "país" would match "pai", "mês" "me", "mais" "mal" and "pois" "pol".
 */
export const NOT_PLURALS: ReadonlySet<string> = new Set(
  `pais mes deus lapis virus bonus onibus tenis atlas cais gas as atraves mais menos pois depois antes apos jamais
  demais ademais atras simples pires oasis biquinis campus corpus status cosmos caos`
    .split(/\s+/)
    .filter(Boolean),
);
