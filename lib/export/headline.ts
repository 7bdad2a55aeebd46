import type { ParagraphKind } from "@/lib/domain";

export interface HeadlineCandidate {
  kind: ParagraphKind;
  machineText: string;
  /** The current text. */
  text: string;
  excluded?: boolean;
}

/**
 * The paragraph that is the article's headline: the first published paragraph whose machine text is
 * the title stored at import. Its current text also counts, so a caller holding the title as it reads
 * now finds the same paragraph. A title typed at import matches no paragraph, and stays as typed.
 */
export function findHeadline<P extends HeadlineCandidate>(title: string, paragraphs: readonly P[]): P | null {
  const wanted = title.trim();
  if (!wanted) return null;
  return (
    paragraphs.find(
      (p) => p.kind !== "boilerplate" && !p.excluded && (p.machineText.trim() === wanted || p.text.trim() === wanted),
    ) ?? null
  );
}

/** The title as it reads now: the headline's corrected text, or the stored title when there is no headline or it was emptied. */
export function currentTitle(title: string, paragraphs: readonly HeadlineCandidate[]): string {
  return findHeadline(title, paragraphs)?.text.trim() || title.trim();
}

/** The same for paragraphs as the database stores them (current text as `currentText`). */
export function currentTitleOfStored(title: string, paragraphs: readonly { kind: ParagraphKind; machineText: string; currentText: string }[]): string {
  return currentTitle(title, paragraphs.map((p) => ({ kind: p.kind, machineText: p.machineText, text: p.currentText })));
}
