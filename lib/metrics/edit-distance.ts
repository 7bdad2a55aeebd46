import { distance } from "fastest-levenshtein";

/**
 * Levenshtein distance between two token sequences (characters or words). Each distinct token is
 * encoded as one UTF-16 code unit so fastest-levenshtein can do the work; past 65,536 distinct
 * tokens that encoding runs out and a plain dynamic programme takes over.
 */
export function tokenDistance(a: readonly string[], b: readonly string[]): number {
  const codes = new Map<string, string>();
  const encode = (tokens: readonly string[]) =>
    tokens
      .map((token) => {
        let code = codes.get(token);
        if (code === undefined) {
          code = String.fromCharCode(codes.size);
          codes.set(token, code);
        }
        return code;
      })
      .join("");
  const encodedA = encode(a);
  const encodedB = encode(b);
  if (codes.size <= 0x10000) return distance(encodedA, encodedB);
  return plainDistance(a, b);
}

function plainDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    previous = current;
  }
  return previous[b.length];
}

/** Characters as code points, so an emoji or a rare CJK character counts once, not twice. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}
