import { readFileSync } from "node:fs";
import path from "node:path";
import type { CorrectedParagraph } from "@/lib/glossary/mine-corrections";
import type { GlossaryType } from "@/lib/glossary/types";

/**
 * Correction sets written for measuring the miner (tests/fixtures/correction-sets): paragraphs as machine
 * translation left them and as a reviewer corrected them, in the ways reviewers really correct (names put
 * right, calques undone, whole headlines rewritten, figures and units converted, grammar and punctuation
 * fixed), with the entries a glossary editor would accept from them. Everything else the miner offers counts
 * against its precision. Each file says when it was written against the rules.
 */
export interface CorrectionSet {
  name: string;
  paragraphs: [machine: string, corrected: string][];
  expected: { preferred: string; variant: string; type: GlossaryType }[];
}

const FOLDER = path.resolve(import.meta.dirname, "..", "..", "fixtures", "correction-sets");

export function correctionSets(file: "with-the-rules" | "held-out-1" | "held-out-2"): CorrectionSet[] {
  return (JSON.parse(readFileSync(path.join(FOLDER, `${file}.json`), "utf8")) as { sets: CorrectionSet[] }).sets;
}

/** One article per set, one position per paragraph, as the database would hand them to the miner. */
export function correctedParagraphs(set: CorrectionSet, articleId: number): CorrectedParagraph[] {
  return set.paragraphs.map(([machineText, currentText], position) => ({ articleId, position, machineText, currentText }));
}
