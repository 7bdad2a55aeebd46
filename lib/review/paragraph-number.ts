/**
 * Positions are stored from 0; every page, message and file counts paragraphs from 1, as the article
 * page does, so that "¶ 3" on the glossary page is "#3" on the article page.
 */
export function paragraphNumber(position: number): number {
  return position + 1;
}

export function paragraphLabel(position: number | null): string {
  return position === null ? "¶ ?" : `¶ ${paragraphNumber(position)}`;
}
