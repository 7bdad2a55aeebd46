import type { Link } from "@/lib/align/links";
import { UNIT_PARAGRAPH_BREAK } from "@/lib/import/xliff";

/** An article as a bilingual file carries it: one unit per link, in reading order. */
export interface BilingualParagraph {
  position: number;
  kind: "body" | "heading" | "metadata" | "boilerplate";
  machineText: string;
  currentText: string;
  approved: boolean;
  unitId: string | null;
}

export interface BilingualSource {
  language: string;
  fileId: string | null;
  paragraphs: string[];
  links: Link[];
}

export interface BilingualUnit {
  id: string;
  /** Empty for a target paragraph the original does not have. */
  source: string;
  /** Null for a source paragraph nobody translated. */
  target: string | null;
  /** Every target paragraph of the unit is approved. */
  approved: boolean;
}

export interface BilingualDocument {
  fileId: string;
  sourceLanguage: string;
  targetLanguage: string;
  /** True when there is no Chinese original and the machine translation stands as the source. */
  machineSource: boolean;
  units: BilingualUnit[];
}

function unitId(paragraphs: BilingualParagraph[], fallback: string): string {
  return paragraphs[0]?.unitId ?? fallback;
}

/**
 * The units of an article: with an original, one per link (source paragraphs against the final texts); without
 * one, one per paragraph with the machine text as the source, in the target's own language. Site text
 * (boilerplate) is left out, as the clean export leaves it out.
 */
export function bilingualDocument(article: { id: number; locale: string }, paragraphs: BilingualParagraph[], source: BilingualSource | null): BilingualDocument {
  const byPosition = new Map(paragraphs.map((p) => [p.position, p]));
  const fileId = source?.fileId ?? `lapidar-article-${article.id}`;
  if (!source) {
    const units = paragraphs
      .filter((p) => p.kind !== "boilerplate")
      .map((p) => ({ id: unitId([p], `p${p.position + 1}`), source: p.machineText, target: p.currentText, approved: p.approved }));
    return { fileId, sourceLanguage: article.locale, targetLanguage: article.locale, machineSource: true, units };
  }
  const units: BilingualUnit[] = [];
  for (const link of source.links) {
    const targets = link.target.map((t) => byPosition.get(t)).filter((p): p is BilingualParagraph => p !== undefined && p.kind !== "boilerplate");
    // A link whose only targets are site text has nothing to exchange.
    if (targets.length === 0 && (link.source.length === 0 || link.target.length > 0)) continue;
    units.push({
      id: unitId(targets, targets.length > 0 ? `p${targets[0].position + 1}` : `s${link.source[0] + 1}`),
      source: link.source.map((s) => source.paragraphs[s]).join(UNIT_PARAGRAPH_BREAK),
      target: targets.length > 0 ? targets.map((p) => p.currentText).join(UNIT_PARAGRAPH_BREAK) : null,
      approved: targets.length > 0 && targets.every((p) => p.approved),
    });
  }
  return { fileId, sourceLanguage: source.language, targetLanguage: article.locale, machineSource: false, units };
}
