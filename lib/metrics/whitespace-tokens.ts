/** Whitespace tokens, as sacrebleu's WER and TER see them (no punctuation splitting). */
export function whitespaceTokens(text: string, caseSensitive: boolean): string[] {
  const source = caseSensitive ? text : text.toLowerCase();
  return source.split(/\s+/).filter(Boolean);
}
