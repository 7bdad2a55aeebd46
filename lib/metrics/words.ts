/**
 * A word is a run of letters, digits and marks (inner hyphens and apostrophes kept: "disse-lhe",
 * "d'água", "2,5"), or a single Han character, since Chinese is written without spaces.
 */
const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+(?:[-'’.,](?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
