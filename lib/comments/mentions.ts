/** Someone a comment can name with @. */
export interface Mentionable {
  id: number;
  name: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function fold(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("pt");
}

/**
 * The people a comment names: "@Ana Lima" names Ana Lima, the longest name that matches wins (so "@Ana Lima"
 * is not also Ana), and a name must end at a word boundary ("@Anabela" does not name Ana).
 */
export function findMentions(body: string, people: readonly Mentionable[]): number[] {
  const folded = fold(body);
  const byLength = [...people].sort((a, b) => b.name.length - a.name.length);
  const found = new Set<number>();
  for (let at = folded.indexOf("@"); at !== -1; at = folded.indexOf("@", at + 1)) {
    if (at > 0 && WORD_CHAR.test(folded[at - 1])) continue;
    const rest = folded.slice(at + 1);
    const match = byLength.find((person) => {
      const name = fold(person.name);
      return name.length > 0 && rest.startsWith(name) && !WORD_CHAR.test(rest.charAt(name.length));
    });
    if (match) found.add(match.id);
  }
  return [...found];
}

/** The @word being typed at the caret, for autocomplete: where it starts and what follows the @. */
export function mentionAtCaret(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at === -1 || (at > 0 && WORD_CHAR.test(before[at - 1]))) return null;
  const query = before.slice(at + 1);
  // A name has at most a few words; a line break or a long run means the @ was not a mention.
  if (query.includes("\n") || query.length > 40 || query.split(" ").length > 3) return null;
  return { start: at, query };
}

/** Candidates for the typed query: names starting with it first, then names containing it. */
export function mentionCandidates(query: string, people: readonly Mentionable[], limit = 6): Mentionable[] {
  const q = fold(query.trim());
  const starts = people.filter((p) => fold(p.name).startsWith(q));
  const contains = people.filter((p) => !fold(p.name).startsWith(q) && fold(p.name).includes(q));
  return [...starts, ...contains].slice(0, limit);
}
