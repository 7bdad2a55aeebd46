/** Repeats the capitalisation of `model` on `word` ("Equipe" → "Equipa", "EQUIPE" → "EQUIPA"). */
export function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model[0];
  if (first !== undefined && first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
