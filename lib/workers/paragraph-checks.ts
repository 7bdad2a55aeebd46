/**
 * Checks whose flags on a paragraph depend on nothing but that paragraph (its kind and text, its own name
 * spans) and the article's settings (locale, glossary, accepted words, options). Their flags are kept per
 * paragraph text and reused while the text is unchanged. Every other check reads article-wide facts (all
 * paragraphs, their positions, the Chinese original) and runs again over the whole article: a check added
 * without being listed here is correct, only not incremental. tests/unit/workers/paragraph-checks.test.ts
 * proves each one listed local on the seed article and on every check's examples.
 */
export const PARAGRAPH_LOCAL_CHECKS: ReadonlySet<string> = new Set([
  "calque",
  "cjk-residue",
  "english-left",
  "foreign-left",
  "glossary",
  "grammar-article-order",
  "grammar-connective",
  "grammar-gender",
  "hybrid-name",
  "known-entity",
  "literal-name",
  "locale-variant",
  "markup-residue",
  "numbers-currency",
  "spelling",
  "typo-function-word-case",
  "typo-glued-words",
  "typo-mojibake",
  "typo-punctuation",
  "typo-quotes",
  "typo-repeated-word",
  "typo-sentence-case",
  "typo-spacing",
]);
